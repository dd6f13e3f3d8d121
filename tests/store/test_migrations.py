"""The migration creates exactly the schema of schema.py, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from vigil.store import Store, current_revision, upgrade
from vigil.store.schema import metadata


def _head() -> str:
    from alembic.script import ScriptDirectory

    from vigil.store.migrate import alembic_config

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def test_upgrade_sets_head_revision_and_is_idempotent(store_url: str) -> None:
    assert current_revision(store_url) is None
    upgrade(store_url)
    assert current_revision(store_url) == _head()
    upgrade(store_url)
    assert current_revision(store_url) == _head()


def test_migrated_database_matches_schema(store_url: str) -> None:
    upgrade(store_url)
    engine = sa.create_engine(store_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": False})
            diff = compare_metadata(context, metadata)
            tables = set(sa.inspect(conn).get_table_names())
    finally:
        engine.dispose()
    assert diff == []
    assert set(metadata.tables) <= tables


def test_indexes_exist(store_url: str) -> None:
    upgrade(store_url)
    engine = sa.create_engine(store_url)
    try:
        inspector = sa.inspect(engine)
        indexed = {
            (table, tuple(ix["column_names"])) for table in metadata.tables for ix in inspector.get_indexes(table)
        }
    finally:
        engine.dispose()
    for wanted in [
        ("mentions", ("document_id",)),
        ("events", ("type",)),
        ("events", ("date_start",)),
        ("events", ("country",)),
        ("document_sources", ("source_id",)),
    ]:
        assert wanted in indexed


def test_open_without_migrate_leaves_schema_alone(store_url: str) -> None:
    with Store.open(store_url, migrate=False):
        pass
    assert current_revision(store_url) is None
    with Store.open(store_url):
        pass
    assert current_revision(store_url) == _head()
