"""Raw sources and documents: stored once, every id they were given kept."""

from __future__ import annotations

from collections.abc import Iterator

import sqlalchemy as sa

from vigil.records import Document, RawSource
from vigil.records.document import utcnow
from vigil.store.codec import document_from_row, document_row, raw_from_row, raw_row
from vigil.store.schema import document_sources, documents, raw_sources
from vigil.store.sql import chunks, insert_ignore

MIN_PREFIX = 8


def add_raw(conn: sa.Connection, raw: RawSource) -> bool:
    return insert_ignore(conn, raw_sources, raw_row(raw), keys=["sha256"])


def get_raw(conn: sa.Connection, sha256: str) -> RawSource | None:
    row = conn.execute(sa.select(raw_sources).where(raw_sources.c.sha256 == sha256)).mappings().first()
    return raw_from_row(row) if row else None


def add_document(conn: sa.Connection, doc: Document) -> bool:
    new = insert_ignore(conn, documents, document_row(doc), keys=["id"])
    alias = {"document_id": doc.id, "source_id": doc.source_id, "raw_sha256": doc.raw_sha256 or "", "added": utcnow()}
    insert_ignore(conn, document_sources, alias, keys=["document_id", "source_id", "raw_sha256"])
    return new


def _one(conn: sa.Connection, where: sa.ColumnElement[bool]) -> Document | None:
    row = conn.execute(sa.select(documents).where(where)).mappings().first()
    return document_from_row(row) if row else None


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def get_document(conn: sa.Connection, key: str) -> Document | None:
    """By content hash, then by an id it was given, then by a unique hash prefix (8 characters or more)."""
    doc = _one(conn, documents.c.id == key)
    if doc is not None:
        return doc
    alias = (
        sa.select(document_sources.c.document_id)
        .where(document_sources.c.source_id == key)
        .order_by(document_sources.c.seq)
        .limit(1)
    )
    document_id = conn.execute(alias).scalar()
    if document_id is not None:
        return _one(conn, documents.c.id == document_id)
    if len(key) < MIN_PREFIX:
        return None
    prefix = documents.c.id.like(_escape_like(key.lower()) + "%", escape="\\")
    ids = conn.execute(sa.select(documents.c.id).where(prefix).limit(2)).scalars().all()
    if len(ids) != 1:
        return None
    return _one(conn, documents.c.id == ids[0])


def iter_documents(engine: sa.Engine, *, ids: list[str] | None, page: int = 500) -> Iterator[Document]:
    """Documents in insertion order, read a page at a time (no connection held between pages)."""
    if ids is not None:
        seqs: list[int] = []
        with engine.connect() as conn:
            for batch in chunks(dict.fromkeys(ids)):
                seqs += conn.execute(sa.select(documents.c.seq).where(documents.c.id.in_(batch))).scalars()
        for batch_seqs in chunks(sorted(seqs), size=page):
            stmt = sa.select(documents).where(documents.c.seq.in_(batch_seqs)).order_by(documents.c.seq)
            with engine.connect() as conn:
                rows = conn.execute(stmt).mappings().all()
            yield from (document_from_row(r) for r in rows)
        return
    last = 0
    while True:
        stmt = sa.select(documents).where(documents.c.seq > last).order_by(documents.c.seq).limit(page)
        with engine.connect() as conn:
            rows = conn.execute(stmt).mappings().all()
        if not rows:
            return
        yield from (document_from_row(r) for r in rows)
        last = rows[-1]["seq"]


def count_documents(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one())


def source_ids(conn: sa.Connection, document_id: str) -> list[str]:
    stmt = (
        sa.select(document_sources.c.source_id)
        .where(document_sources.c.document_id == document_id)
        .order_by(document_sources.c.seq)
    )
    return list(dict.fromkeys(conn.execute(stmt).scalars()))
