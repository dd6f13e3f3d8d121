"""Small SQL helpers that work on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

T = TypeVar("T")

CHUNK = 500
"""Most values bound in one ``IN (...)`` list."""


def chunks(values: Iterable[T], *, size: int = CHUNK) -> Iterator[list[T]]:
    batch: list[T] = []
    for value in values:
        batch.append(value)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _dialect_insert(conn: sa.Connection, table: sa.Table) -> Any:
    name = conn.dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"the store supports SQLite and PostgreSQL, not {name}")


def insert_ignore(conn: sa.Connection, table: sa.Table, row: dict[str, Any], *, keys: Sequence[str]) -> bool:
    """Insert ``row`` unless a row with the same ``keys`` (a unique constraint) exists; True when inserted."""
    stmt = _dialect_insert(conn, table).values(**row).on_conflict_do_nothing(index_elements=list(keys))
    if conn.dialect.insert_returning:
        return conn.execute(stmt.returning(table.c[keys[0]])).first() is not None
    return bool(conn.execute(stmt).rowcount == 1)


def upsert(
    conn: sa.Connection, table: sa.Table, row: dict[str, Any], *, keys: Sequence[str], keep: Sequence[str] = ()
) -> None:
    """Insert ``row`` or, when its ``keys`` exist, update every column but the keys and ``keep``."""
    stmt = _dialect_insert(conn, table).values(**row)
    update = {c: stmt.excluded[c] for c in row if c not in keys and c not in keep}
    conn.execute(stmt.on_conflict_do_update(index_elements=list(keys), set_=update))
