"""Alerts (stored once by id) and the log of their deliveries."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from vigil.records import Alert, Delivery
from vigil.store.schema import alert_deliveries, alerts
from vigil.store.sql import insert_ignore


def add_alert(conn: sa.Connection, alert: Alert) -> bool:
    row = {
        "id": alert.id,
        "rule": alert.rule,
        "severity": alert.severity,
        "situation_id": alert.situation_id,
        "day": alert.day,
        "document_id": alert.document_id,
        "source_id": alert.source_id,
        "created": alert.created,
        "data": alert.to_dict(),
    }
    return insert_ignore(conn, alerts, row, keys=["id"])


def find_alerts(
    conn: sa.Connection,
    *,
    situation_id: str | None = None,
    rule: str | None = None,
    severity: str | None = None,
    since: date | None = None,
) -> list[Alert]:
    """In the order they were raised."""
    stmt = sa.select(alerts.c.data)
    if situation_id is not None:
        stmt = stmt.where(alerts.c.situation_id == situation_id)
    if rule is not None:
        stmt = stmt.where(alerts.c.rule == rule)
    if severity is not None:
        stmt = stmt.where(alerts.c.severity == severity)
    if since is not None:
        stmt = stmt.where(alerts.c.day >= since)
    return [Alert.from_dict(r[0]) for r in conn.execute(stmt.order_by(alerts.c.seq))]


def log_deliveries(conn: sa.Connection, log: list[Delivery]) -> None:
    if log:
        rows = [
            {
                "alert_id": d.alert_id,
                "channel": d.channel,
                "ok": d.ok,
                "attempts": d.attempts,
                "at": d.at,
                "error": d.error,
            }
            for d in log
        ]
        conn.execute(sa.insert(alert_deliveries), rows)


def find_deliveries(conn: sa.Connection, *, alert_id: str | None = None) -> list[Delivery]:
    stmt = sa.select(alert_deliveries)
    if alert_id is not None:
        stmt = stmt.where(alert_deliveries.c.alert_id == alert_id)
    return [
        Delivery(
            alert_id=r["alert_id"], channel=r["channel"], ok=bool(r["ok"]), attempts=r["attempts"], at=r["at"],
            error=r["error"],
        )
        for r in conn.execute(stmt.order_by(alert_deliveries.c.seq)).mappings()
    ]  # fmt: skip


def delivered_pairs(conn: sa.Connection) -> set[tuple[str, str]]:
    """(alert id, channel) pairs delivered successfully at least once."""
    stmt = sa.select(alert_deliveries.c.alert_id, alert_deliveries.c.channel).where(alert_deliveries.c.ok.is_(True))
    return {(str(a), str(c)) for a, c in conn.execute(stmt)}
