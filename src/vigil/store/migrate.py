"""Schema migrations with Alembic, configured in code (no alembic.ini on disk)."""

from __future__ import annotations

from importlib.resources import files

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import SQLAlchemyError

from vigil.store.engine import check_connection, create_engine
from vigil.store.errors import StoreError, reason_of
from vigil.store.url import resolve_url


def script_location() -> str:
    """The folder of the migration scripts, inside the installed package."""
    return str(files("vigil.store").joinpath("migrations"))


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", script_location())
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade_engine(engine: sa.Engine, url: str) -> None:
    """Bring the database behind ``engine`` to the latest revision."""
    config = alembic_config(url)
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except SQLAlchemyError as exc:
        raise StoreError(url, f"migration failed ({reason_of(exc)})") from exc


def upgrade(url: str) -> None:
    """``alembic upgrade head`` on the database at ``url``."""
    url = resolve_url(url)
    engine = create_engine(url)
    try:
        check_connection(engine, url)
        upgrade_engine(engine, url)
    finally:
        engine.dispose()


def current_revision(url: str) -> str | None:
    """The revision the database at ``url`` is at; None for a database never migrated."""
    url = resolve_url(url)
    engine = create_engine(url)
    try:
        check_connection(engine, url)
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except SQLAlchemyError as exc:
        raise StoreError(url, f"cannot read the schema revision ({reason_of(exc)})") from exc
    finally:
        engine.dispose()
