"""Extraction results: a document's mentions (replaced whole on each extraction), its places and accusations."""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from vigil.records import Accusation, Extraction, Mention
from vigil.records.document import utcnow
from vigil.store.codec import mention_from_row, mention_row
from vigil.store.schema import event_mentions, extractions, mentions
from vigil.store.sql import chunks, upsert


def mention_id(document_id: str, n: int) -> str:
    return f"{document_id[:16]}-{n}"


def prepare(extraction: Extraction) -> list[Mention]:
    """Give each mention its id and document id (done before any write, so a bad record writes nothing); the
    accusations name their events by the new ids."""
    renamed: dict[str, str] = {}
    for n, mention in enumerate(extraction.mentions):
        mention.document_id = extraction.document_id
        new = mention_id(extraction.document_id, n)
        renamed[mention.id] = new
        mention.id = new
    for accusation in extraction.accusations:
        accusation.events = [renamed.get(e, e) for e in accusation.events]
    return list(extraction.mentions)


def save_extraction(conn: sa.Connection, extraction: Extraction, prepared: list[Mention]) -> None:
    rows = [mention_row(m, position=n) for n, m in enumerate(prepared)]
    places = [p.to_dict() for p in extraction.places]
    earlier = sa.select(mentions.c.id).where(mentions.c.document_id == extraction.document_id)
    conn.execute(sa.delete(event_mentions).where(event_mentions.c.mention_id.in_(earlier)))
    conn.execute(sa.delete(mentions).where(mentions.c.document_id == extraction.document_id))
    if rows:
        conn.execute(sa.insert(mentions), rows)
    record = {
        "document_id": extraction.document_id,
        "source_id": extraction.source_id,
        "places": places,
        "extracted": utcnow(),
        "accusations": [a.to_dict() for a in extraction.accusations],
    }
    upsert(conn, extractions, record, keys=["document_id"])


def has_extraction(conn: sa.Connection, document_id: str) -> bool:
    stmt = sa.select(extractions.c.document_id).where(extractions.c.document_id == document_id)
    return conn.execute(stmt).first() is not None


def load_mentions(
    conn: sa.Connection, *, document_id: str | None = None, ids: Iterable[str] | None = None
) -> list[Mention]:
    """Mentions of one document, or with the given ids (in the order given), or all; each by document order."""
    order = (mentions.c.document_id, mentions.c.position)
    if ids is not None:
        wanted = list(dict.fromkeys(ids))
        found: dict[str, Mention] = {}
        for batch in chunks(wanted):
            stmt = sa.select(mentions).where(mentions.c.id.in_(batch))
            if document_id is not None:
                stmt = stmt.where(mentions.c.document_id == document_id)
            found.update((r["id"], mention_from_row(r)) for r in conn.execute(stmt).mappings())
        return [found[i] for i in wanted if i in found]
    stmt = sa.select(mentions).order_by(*order)
    if document_id is not None:
        stmt = stmt.where(mentions.c.document_id == document_id)
    return [mention_from_row(r) for r in conn.execute(stmt).mappings()]


def load_accusations(conn: sa.Connection, *, document_id: str | None = None) -> list[tuple[str, Accusation]]:
    """The accusations stored with each document's extraction, as (document id, accusation), by document."""
    stmt = sa.select(extractions.c.document_id, extractions.c.accusations).order_by(extractions.c.document_id)
    if document_id is not None:
        stmt = stmt.where(extractions.c.document_id == document_id)
    return [(row[0], Accusation.from_dict(a)) for row in conn.execute(stmt) for a in row[1] or []]
