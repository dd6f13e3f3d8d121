"""Situations: stored whole (upserted by id), a few columns kept for filtering."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from vigil.records import Situation
from vigil.store.schema import situations
from vigil.store.sql import upsert


def save_situation(conn: sa.Connection, situation: Situation, *, now: datetime) -> None:
    situation.updated = now
    row = {
        "id": situation.id,
        "name": situation.name,
        "country": situation.country,
        "risk_level": situation.risk_level,
        "first_day": situation.first_day,
        "last_day": situation.last_day,
        "updated": now,
        "data": situation.to_dict(),
    }
    upsert(conn, situations, row, keys=["id"])


def get_situation(conn: sa.Connection, key: str) -> Situation | None:
    """By id, or by a prefix of an id that only one situation has."""
    row = conn.execute(sa.select(situations.c.data).where(situations.c.id == key)).first()
    if row is None:
        escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = sa.select(situations.c.data).where(situations.c.id.like(f"{escaped}%", escape="\\")).limit(2)
        rows = conn.execute(stmt).all()
        row = rows[0] if len(rows) == 1 else None
    return Situation.from_dict(row[0]) if row is not None else None


def find_situations(conn: sa.Connection, *, country: str | None = None) -> list[Situation]:
    """Most recently active first."""
    stmt = sa.select(situations.c.data)
    if country is not None:
        stmt = stmt.where(situations.c.country == country)
    stmt = stmt.order_by(situations.c.last_day.is_(None), situations.c.last_day.desc(), situations.c.id)
    return [Situation.from_dict(r[0]) for r in conn.execute(stmt)]
