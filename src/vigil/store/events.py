"""Events: upserted whole, their mention links replaced, their history only ever appended to."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime

import sqlalchemy as sa

from vigil.records import Event, EventChange, Mention
from vigil.records.document import utcnow
from vigil.store.codec import change_from_row, change_row, event_from_row, event_row, mention_from_row
from vigil.store.schema import event_history, event_mentions, events, mentions
from vigil.store.sql import chunks, upsert

ChangeKey = tuple[datetime, str, str, str | None]


class MissingMentionsError(LookupError):
    """An event links mentions that are not in the store."""

    def __init__(self, event_id: str, missing: list[str]) -> None:
        self.missing = missing
        super().__init__(f"event {event_id} links mentions that are not stored: {', '.join(missing)}")


def _key(change: EventChange) -> ChangeKey:
    at = change.at.replace(tzinfo=UTC) if change.at.tzinfo is None else change.at.astimezone(UTC)
    return (at, change.action, change.reason, change.mention_id)


def save_event(conn: sa.Connection, event: Event) -> None:
    upsert(conn, events, event_row(event, now=utcnow()), keys=["id"], keep=["created"])
    ids = list(dict.fromkeys(m.id for m in event.mentions))
    conn.execute(sa.delete(event_mentions).where(event_mentions.c.event_id == event.id))
    stored: set[str] = set()
    for batch in chunks(ids):
        conn.execute(sa.delete(event_mentions).where(event_mentions.c.mention_id.in_(batch)))
        stored.update(conn.execute(sa.select(mentions.c.id).where(mentions.c.id.in_(batch))).scalars())
    missing = [i for i in ids if i not in stored]
    if missing:
        raise MissingMentionsError(event.id, missing)
    if ids:
        links = [{"event_id": event.id, "mention_id": m, "position": n} for n, m in enumerate(ids)]
        conn.execute(sa.insert(event_mentions), links)
    _append_history(conn, event)


def _append_history(conn: sa.Connection, event: Event) -> None:
    rows = conn.execute(sa.select(event_history).where(event_history.c.event_id == event.id)).mappings()
    have = Counter(_key(change_from_row(r)) for r in rows)
    new = []
    for change in event.history:
        key = _key(change)
        if have[key] > 0:
            have[key] -= 1
        else:
            new.append(change_row(change, event_id=event.id))
    if new:
        conn.execute(sa.insert(event_history), new)


def _attach(conn: sa.Connection, found: list[Event]) -> list[Event]:
    """Load the mentions and history of ``found`` in a few queries (not one per event)."""
    by_id = {e.id: e for e in found}
    linked: dict[str, list[tuple[int, Mention]]] = {}
    for batch in chunks(by_id):
        stmt = (
            sa.select(event_mentions.c.event_id, event_mentions.c.position.label("link_position"), mentions)
            .join(mentions, mentions.c.id == event_mentions.c.mention_id)
            .where(event_mentions.c.event_id.in_(batch))
        )
        for row in conn.execute(stmt).mappings():
            linked.setdefault(row["event_id"], []).append((row["link_position"], mention_from_row(row)))
        history = sa.select(event_history).where(event_history.c.event_id.in_(batch)).order_by(event_history.c.seq)
        for row in conn.execute(history).mappings():
            by_id[row["event_id"]].history.append(change_from_row(row))
    for event_id, pairs in linked.items():
        by_id[event_id].mentions = [m for _, m in sorted(pairs, key=lambda p: p[0])]
    return found


def get_event(conn: sa.Connection, event_id: str) -> Event | None:
    row = conn.execute(sa.select(events).where(events.c.id == event_id)).mappings().first()
    if row is None:
        return None
    return _attach(conn, [event_from_row(row)])[0]


def find_events(
    conn: sa.Connection,
    *,
    types: Sequence[str] | None = None,
    country: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    min_sources: int = 1,
    limit: int | None = None,
) -> list[Event]:
    """Events that match every filter given; dates match when ``[date_start, date_end]`` overlaps the range."""
    stmt = sa.select(events).where(events.c.n_sources >= min_sources)
    if types is not None:
        stmt = stmt.where(events.c.type.in_(list(types)))
    if country is not None:
        stmt = stmt.where(events.c.country == country)
    if date_to is not None:
        stmt = stmt.where(events.c.date_start <= date_to)
    if date_from is not None:
        stmt = stmt.where(sa.func.coalesce(events.c.date_end, events.c.date_start) >= date_from)
    stmt = stmt.order_by(events.c.date_start.is_(None), events.c.date_start, events.c.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return _attach(conn, [event_from_row(r) for r in conn.execute(stmt).mappings()])


def event_id_for_mention(conn: sa.Connection, mention_id: str) -> str | None:
    stmt = sa.select(event_mentions.c.event_id).where(event_mentions.c.mention_id == mention_id)
    result = conn.execute(stmt).scalar()
    return str(result) if result is not None else None


def delete_event(conn: sa.Connection, event_id: str) -> None:
    conn.execute(sa.delete(event_mentions).where(event_mentions.c.event_id == event_id))
    conn.execute(sa.delete(event_history).where(event_history.c.event_id == event_id))
    conn.execute(sa.delete(events).where(events.c.id == event_id))
