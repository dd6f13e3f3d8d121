"""vigil.store: raw sources, documents, mentions and events in SQLite (default) or PostgreSQL.

SQLAlchemy Core with Alembic migrations. This package imports only vigil.records.
"""

from vigil.store.errors import StoreError
from vigil.store.migrate import current_revision, upgrade
from vigil.store.store import Store
from vigil.store.url import resolve_url

__all__ = ["Store", "StoreError", "current_revision", "resolve_url", "upgrade"]
