"""The tables of the store, as SQLAlchemy Core metadata.

The migration in ``migrations/versions`` creates exactly this schema (a test compares them).
Datetimes are stored timezone-aware in UTC (:class:`UTCDateTime`); JSON payloads hold the
parts of a record that are read whole, indexed columns the parts that are filtered on.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A timezone-aware datetime, stored in UTC; a naive value is taken to be UTC already."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # pragma: no cover - drivers return datetimes, kept for safety
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)

raw_sources = sa.Table(
    "raw_sources",
    metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("uri", sa.Text, nullable=False),
    sa.Column("content", sa.LargeBinary, nullable=False),
    sa.Column("retrieved", UTCDateTime, nullable=False),
    sa.Column("media_type", sa.String(255), nullable=True),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", sa.String(64), nullable=False, unique=True),
    sa.Column("source_id", sa.Text, nullable=False),
    sa.Column("title", sa.Text, nullable=True),
    sa.Column("source", sa.Text, nullable=True),
    sa.Column("url", sa.Text, nullable=True),
    sa.Column("published", sa.Date, nullable=True),
    sa.Column("retrieved", UTCDateTime, nullable=False),
    sa.Column("language", sa.String(16), nullable=True),
    sa.Column("raw_sha256", sa.String(64), nullable=True),
    sa.Column("text", sa.Text, nullable=False),
)

# Every id a document was given. ``raw_sha256`` is "" (never NULL) when unknown, so that the
# unique constraint on the triple holds on every database (NULLs are distinct in SQL).
document_sources = sa.Table(
    "document_sources",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("source_id", sa.Text, nullable=False, index=True),
    sa.Column("raw_sha256", sa.String(64), nullable=False, server_default=""),
    sa.Column("added", UTCDateTime, nullable=False),
    sa.UniqueConstraint("document_id", "source_id", "raw_sha256", name="uq_document_sources_triple"),
)

extractions = sa.Table(
    "extractions",
    metadata,
    sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("source_id", sa.Text, nullable=False),
    sa.Column("places", sa.JSON, nullable=False),
    sa.Column("extracted", UTCDateTime, nullable=False),
    sa.Column("accusations", sa.JSON, nullable=False, server_default=sa.text("'[]'")),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column(
        "document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("type", sa.String(64), nullable=False, index=True),
    sa.Column("date_start", sa.Date, nullable=True),
    sa.Column("date_end", sa.Date, nullable=True),
    sa.Column("country", sa.String(8), nullable=True),
    sa.Column("modality", sa.String(32), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("type", sa.String(64), nullable=False, index=True),
    sa.Column("date_start", sa.Date, nullable=True, index=True),
    sa.Column("date_end", sa.Date, nullable=True),
    sa.Column("country", sa.String(8), nullable=True, index=True),
    sa.Column("lat", sa.Float, nullable=True),
    sa.Column("lon", sa.Float, nullable=True),
    sa.Column("location_name", sa.Text, nullable=True),
    sa.Column("n_sources", sa.Integer, nullable=False),
    sa.Column("grade", sa.String(32), nullable=False),
    sa.Column("review_status", sa.String(32), nullable=False),
    sa.Column("created", UTCDateTime, nullable=False),
    sa.Column("updated", UTCDateTime, nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
)

# A mention belongs to at most one event: ``mention_id`` is the key.
event_mentions = sa.Table(
    "event_mentions",
    metadata,
    sa.Column("mention_id", sa.String(64), sa.ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
)

event_history = sa.Table(
    "event_history",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("mention_id", sa.String(64), nullable=True),
)

# -- assess: situations, alerts and their delivery log (migration 0002) -------------------------

situations = sa.Table(
    "situations",
    metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("country", sa.String(8), nullable=True, index=True),
    sa.Column("risk_level", sa.String(16), nullable=False),
    sa.Column("first_day", sa.Date, nullable=True),
    sa.Column("last_day", sa.Date, nullable=True),
    sa.Column("updated", UTCDateTime, nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
)

alerts = sa.Table(
    "alerts",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", sa.String(64), nullable=False, unique=True),
    sa.Column("rule", sa.String(200), nullable=False, index=True),
    sa.Column("severity", sa.String(16), nullable=False),
    sa.Column("situation_id", sa.String(200), nullable=False, index=True),
    sa.Column("day", sa.Date, nullable=False),
    sa.Column("document_id", sa.String(64), nullable=True),
    sa.Column("source_id", sa.Text, nullable=True),
    sa.Column("created", UTCDateTime, nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
)

# Every try to send an alert through a channel; an (alert, channel) pair with no ``ok`` row is pending.
alert_deliveries = sa.Table(
    "alert_deliveries",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("alert_id", sa.String(64), sa.ForeignKey("alerts.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("channel", sa.String(200), nullable=False),
    sa.Column("ok", sa.Boolean, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.Column("error", sa.Text, nullable=False),
)
