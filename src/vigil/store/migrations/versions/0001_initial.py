"""The initial schema: raw sources, documents, extractions, mentions, events and their history.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _when(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    op.create_table(
        "raw_sources",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("uri", sa.Text, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        _when("retrieved"),
        sa.Column("media_type", sa.String(255), nullable=True),
        sa.PrimaryKeyConstraint("sha256", name="pk_raw_sources"),
    )
    op.create_table(
        "documents",
        sa.Column("seq", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("source_id", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("source", sa.Text, nullable=True),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("published", sa.Date, nullable=True),
        _when("retrieved"),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("raw_sha256", sa.String(64), nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_documents"),
        sa.UniqueConstraint("id", name="uq_documents_id"),
    )
    op.create_table(
        "document_sources",
        sa.Column("seq", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("source_id", sa.Text, nullable=False),
        sa.Column("raw_sha256", sa.String(64), nullable=False, server_default=""),
        _when("added"),
        sa.PrimaryKeyConstraint("seq", name="pk_document_sources"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_document_sources_document_id_documents", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("document_id", "source_id", "raw_sha256", name="uq_document_sources_triple"),
    )
    op.create_index("ix_document_sources_document_id", "document_sources", ["document_id"])
    op.create_index("ix_document_sources_source_id", "document_sources", ["source_id"])
    op.create_table(
        "extractions",
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("source_id", sa.Text, nullable=False),
        sa.Column("places", sa.JSON, nullable=False),
        _when("extracted"),
        sa.PrimaryKeyConstraint("document_id", name="pk_extractions"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_extractions_document_id_documents", ondelete="CASCADE"
        ),
    )
    op.create_table(
        "mentions",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("date_start", sa.Date, nullable=True),
        sa.Column("date_end", sa.Date, nullable=True),
        sa.Column("country", sa.String(8), nullable=True),
        sa.Column("modality", sa.String(32), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_mentions"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_mentions_document_id_documents", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_mentions_document_id", "mentions", ["document_id"])
    op.create_index("ix_mentions_type", "mentions", ["type"])
    op.create_table(
        "events",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("date_start", sa.Date, nullable=True),
        sa.Column("date_end", sa.Date, nullable=True),
        sa.Column("country", sa.String(8), nullable=True),
        sa.Column("lat", sa.Float, nullable=True),
        sa.Column("lon", sa.Float, nullable=True),
        sa.Column("location_name", sa.Text, nullable=True),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("grade", sa.String(32), nullable=False),
        sa.Column("review_status", sa.String(32), nullable=False),
        _when("created"),
        _when("updated"),
        sa.Column("data", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_date_start", "events", ["date_start"])
    op.create_index("ix_events_country", "events", ["country"])
    op.create_table(
        "event_mentions",
        sa.Column("mention_id", sa.String(64), nullable=False),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("mention_id", name="pk_event_mentions"),
        sa.ForeignKeyConstraint(
            ["mention_id"], ["mentions.id"], name="fk_event_mentions_mention_id_mentions", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name="fk_event_mentions_event_id_events", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_event_mentions_event_id", "event_mentions", ["event_id"])
    op.create_table(
        "event_history",
        sa.Column("seq", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(64), nullable=False),
        _when("at"),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("mention_id", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("seq", name="pk_event_history"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name="fk_event_history_event_id_events", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_event_history_event_id", "event_history", ["event_id"])


def downgrade() -> None:
    for table in (
        "event_history",
        "event_mentions",
        "events",
        "mentions",
        "extractions",
        "document_sources",
        "documents",
        "raw_sources",
    ):
        op.drop_table(table)
