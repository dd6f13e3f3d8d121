"""Reading events back: filters shared by the CLI, the exports and the API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vigil.records import Accusation, Document, Event
from vigil.store import Store


@dataclass(slots=True, kw_only=True, frozen=True)
class EventQuery:
    types: tuple[str, ...] = ()
    country: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    min_sources: int = 1
    limit: int | None = None


def list_events(store: Store, query: EventQuery) -> list[Event]:
    return store.events(
        types=list(query.types) or None,
        country=query.country.upper() if query.country else None,
        date_from=query.date_from,
        date_to=query.date_to,
        min_sources=query.min_sources,
        limit=query.limit,
    )


def documents_for(store: Store, events: list[Event]) -> dict[str, Document]:
    """The documents the events' mentions cite, by content hash."""
    ids = {m.document_id for e in events for m in e.mentions}
    return {d.id: d for d in store.documents(ids=ids)} if ids else {}


@dataclass(slots=True, frozen=True)
class AccusationRow:
    """An accusation with the document that reports it (its input id and publisher)."""

    document_id: str
    source_id: str
    source: str | None
    accusation: Accusation

    def to_dict(self) -> dict[str, object]:
        return {"document": self.source_id, "source": self.source, **self.accusation.to_dict()}


def list_accusations(store: Store, *, document_id: str | None = None) -> list[AccusationRow]:
    """Every stored accusation, by document."""
    found = store.accusations(document_id=document_id)
    documents = {d.id: d for d in store.documents(ids={doc for doc, _ in found})} if found else {}
    return [
        AccusationRow(
            document_id=doc,
            source_id=documents[doc].source_id if doc in documents else doc,
            source=documents[doc].source if doc in documents else None,
            accusation=a,
        )
        for doc, a in found
    ]
