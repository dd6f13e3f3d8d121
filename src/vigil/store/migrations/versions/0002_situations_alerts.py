"""Situations, alerts and the alert delivery log.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _when(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    op.create_table(
        "situations",
        sa.Column("id", sa.String(200), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(8), nullable=True),
        sa.Column("risk_level", sa.String(16), nullable=False),
        sa.Column("first_day", sa.Date, nullable=True),
        sa.Column("last_day", sa.Date, nullable=True),
        _when("updated"),
        sa.Column("data", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_situations"),
    )
    op.create_index("ix_situations_country", "situations", ["country"])
    op.create_table(
        "alerts",
        sa.Column("seq", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("rule", sa.String(200), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("situation_id", sa.String(200), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("document_id", sa.String(64), nullable=True),
        sa.Column("source_id", sa.Text, nullable=True),
        _when("created"),
        sa.Column("data", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_alerts"),
        sa.UniqueConstraint("id", name="uq_alerts_id"),
    )
    op.create_index("ix_alerts_rule", "alerts", ["rule"])
    op.create_index("ix_alerts_situation_id", "alerts", ["situation_id"])
    op.create_table(
        "alert_deliveries",
        sa.Column("seq", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("alert_id", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(200), nullable=False),
        sa.Column("ok", sa.Boolean, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        _when("at"),
        sa.Column("error", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_alert_deliveries"),
        sa.ForeignKeyConstraint(
            ["alert_id"], ["alerts.id"], name="fk_alert_deliveries_alert_id_alerts", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_alert_deliveries_alert_id", "alert_deliveries", ["alert_id"])


def downgrade() -> None:
    for table in ("alert_deliveries", "alerts", "situations"):
        op.drop_table(table)
