"""Engines for a URL: SQLite with WAL and foreign keys, PostgreSQL through psycopg 3."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from vigil.store.errors import StoreError, reason_of


def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
    finally:
        cursor.close()


def create_engine(url: str) -> sa.Engine:
    """An engine for ``url`` (already resolved); raises StoreError when the URL is unusable."""
    try:
        parsed = sa.make_url(url)
        kwargs: dict[str, Any] = {}
        if parsed.get_backend_name() == "sqlite":
            kwargs["connect_args"] = {"check_same_thread": False}
            if parsed.database in (None, "", ":memory:"):
                kwargs["poolclass"] = StaticPool
        engine = sa.create_engine(parsed, **kwargs)
    except (SQLAlchemyError, ValueError, ImportError) as exc:
        raise StoreError(url, f"bad database URL ({reason_of(exc)})") from exc
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def check_connection(engine: sa.Engine, url: str) -> None:
    """Connect once, so that a wrong host, password or path fails here, with the URL named."""
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(url, f"cannot connect ({reason_of(exc)})") from exc
