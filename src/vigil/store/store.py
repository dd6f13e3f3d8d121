"""The Store: one object in front of the database, for every stage's records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from types import TracebackType
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from vigil.records import Accusation, Alert, Delivery, Document, Event, Extraction, Mention, RawSource, Situation
from vigil.records.document import utcnow
from vigil.store import alerts as alrt
from vigil.store import documents as docs
from vigil.store import events as evs
from vigil.store import mentions as ments
from vigil.store import situations as sits
from vigil.store.engine import check_connection, create_engine
from vigil.store.errors import StoreError, reason_of
from vigil.store.migrate import upgrade_engine
from vigil.store.url import resolve_url

T = TypeVar("T")


class Store:
    """Raw sources, documents, mentions and events in SQLite or PostgreSQL.

    Open one with :meth:`Store.open`; every write method runs in a single transaction, so a
    failure leaves what was stored before it untouched. Database errors raise :class:`StoreError`.
    """

    def __init__(self, engine: sa.Engine, *, url: str) -> None:
        self._engine = engine
        self._url = url

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Store:
        """Connect to ``url`` (see :func:`resolve_url`) and, when ``migrate``, bring its schema up to date."""
        resolved = resolve_url(url)
        engine = create_engine(resolved)
        check_connection(engine, resolved)
        if migrate:
            try:
                upgrade_engine(engine, resolved)
            except StoreError:
                engine.dispose()
                raise
        return cls(engine, url=resolved)

    @property
    def url(self) -> str:
        return self._url

    @property
    def engine(self) -> sa.Engine:
        return self._engine

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    # -- plumbing ---------------------------------------------------------------------------

    @contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        try:
            yield
        except SQLAlchemyError as exc:
            raise StoreError(self._url, f"{what} failed ({reason_of(exc)})") from exc
        except evs.MissingMentionsError as exc:
            raise StoreError(self._url, f"{what} failed ({exc})") from exc

    def _write(self, what: str, work: Callable[[sa.Connection], T]) -> T:
        with self._errors(what), self._engine.begin() as conn:
            return work(conn)

    def _read(self, what: str, work: Callable[[sa.Connection], T]) -> T:
        with self._errors(what), self._engine.connect() as conn:
            return work(conn)

    # -- raw sources and documents ----------------------------------------------------------

    def add_raw(self, raw: RawSource) -> bool:
        """Store the bytes ``raw`` holds; True when they were not stored yet (keyed by SHA-256)."""
        return self._write("add_raw", lambda c: docs.add_raw(c, raw))

    def get_raw(self, sha256: str) -> RawSource | None:
        return self._read("get_raw", lambda c: docs.get_raw(c, sha256))

    def add_document(self, doc: Document) -> bool:
        """Store ``doc`` once by content hash; True when new. The id it was given is recorded either way."""
        return self._write("add_document", lambda c: docs.add_document(c, doc))

    def get_document(self, key: str) -> Document | None:
        """By content hash, by an id it was given, or by a unique hash prefix of 8 characters or more."""
        return self._read("get_document", lambda c: docs.get_document(c, key))

    def documents(self, *, ids: Iterable[str] | None = None) -> Iterator[Document]:
        """Documents in the order they were first stored, all or those with the given content hashes."""
        wanted = list(ids) if ids is not None else None
        with self._errors("documents"):
            yield from docs.iter_documents(self._engine, ids=wanted)

    def count_documents(self) -> int:
        return self._read("count_documents", docs.count_documents)

    def source_ids(self, document_id: str) -> list[str]:
        """Every id the document was given, the first first."""
        return self._read("source_ids", lambda c: docs.source_ids(c, document_id))

    # -- extraction results -----------------------------------------------------------------

    def save_extraction(self, extraction: Extraction) -> list[Mention]:
        """Replace the document's mentions (and their event links) with ``extraction``'s; ids set on return."""
        prepared = ments.prepare(extraction)
        self._write("save_extraction", lambda c: ments.save_extraction(c, extraction, prepared))
        return prepared

    def has_extraction(self, document_id: str) -> bool:
        return self._read("has_extraction", lambda c: ments.has_extraction(c, document_id))

    def mentions(self, *, document_id: str | None = None, ids: Iterable[str] | None = None) -> list[Mention]:
        return self._read("mentions", lambda c: ments.load_mentions(c, document_id=document_id, ids=ids))

    def accusations(self, *, document_id: str | None = None) -> list[tuple[str, Accusation]]:
        """(document id, accusation) for every accusation stored with an extraction."""
        return self._read("accusations", lambda c: ments.load_accusations(c, document_id=document_id))

    # -- events -----------------------------------------------------------------------------

    def save_event(self, event: Event) -> None:
        """Upsert ``event``: its row, its mention links (taken from other events), new history entries."""
        self._write("save_event", lambda c: evs.save_event(c, event))

    def get_event(self, event_id: str) -> Event | None:
        return self._read("get_event", lambda c: evs.get_event(c, event_id))

    def events(
        self,
        *,
        types: Sequence[str] | None = None,
        country: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        min_sources: int = 1,
        limit: int | None = None,
    ) -> list[Event]:
        """Events matching every filter, by start date then id, with their mentions and history."""
        return self._read(
            "events",
            lambda c: evs.find_events(
                c,
                types=types,
                country=country,
                date_from=date_from,
                date_to=date_to,
                min_sources=min_sources,
                limit=limit,
            ),
        )

    def event_id_for_mention(self, mention_id: str) -> str | None:
        return self._read("event_id_for_mention", lambda c: evs.event_id_for_mention(c, mention_id))

    def delete_event(self, event_id: str) -> None:
        self._write("delete_event", lambda c: evs.delete_event(c, event_id))

    # -- situations and alerts --------------------------------------------------------------

    def save_situation(self, situation: Situation) -> None:
        """Upsert ``situation`` (whole, by id); its ``updated`` is set to now."""
        self._write("save_situation", lambda c: sits.save_situation(c, situation, now=utcnow()))

    def get_situation(self, key: str) -> Situation | None:
        """By id or by a unique id prefix."""
        return self._read("get_situation", lambda c: sits.get_situation(c, key))

    def situations(self, *, country: str | None = None) -> list[Situation]:
        return self._read("situations", lambda c: sits.find_situations(c, country=country))

    def add_alert(self, alert: Alert) -> bool:
        """Store ``alert`` once by id; True when it was new."""
        return self._write("add_alert", lambda c: alrt.add_alert(c, alert))

    def alerts(
        self,
        *,
        situation_id: str | None = None,
        rule: str | None = None,
        severity: str | None = None,
        since: date | None = None,
    ) -> list[Alert]:
        """Alerts in the order they were raised, filtered."""
        return self._read(
            "alerts",
            lambda c: alrt.find_alerts(c, situation_id=situation_id, rule=rule, severity=severity, since=since),
        )

    def log_deliveries(self, log: list[Delivery]) -> None:
        self._write("log_deliveries", lambda c: alrt.log_deliveries(c, log))

    def deliveries(self, *, alert_id: str | None = None) -> list[Delivery]:
        return self._read("deliveries", lambda c: alrt.find_deliveries(c, alert_id=alert_id))

    def delivered(self) -> set[tuple[str, str]]:
        """(alert id, channel) pairs sent successfully; every other pair of a channel is pending."""
        return self._read("delivered", alrt.delivered_pairs)
