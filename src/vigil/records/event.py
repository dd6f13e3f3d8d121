"""An Event is a real-world event: the mentions of it from every document, merged."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from vigil.records.mention import Actor, Mention, Place


@dataclass(slots=True, kw_only=True)
class FigureRange:
    """One kind of figure (killed, trapped...) reconciled across sources: low / best / high,
    with the mentions that gave each value, conflicting values kept side by side."""

    kind: str
    low: int | None
    best: int | None
    high: int | None
    values: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "low": self.low, "best": self.best, "high": self.high, "values": self.values}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> FigureRange:
        return cls(
            kind=d["kind"], low=d.get("low"), best=d.get("best"), high=d.get("high"), values=list(d.get("values") or [])
        )


@dataclass(slots=True, kw_only=True)
class EventChange:
    """One entry of an event's history: what changed, why, and when."""

    at: datetime
    action: str
    reason: str
    mention_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "action": self.action, "reason": self.reason, "mention_id": self.mention_id}


@dataclass(slots=True, kw_only=True)
class Event:
    id: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    location: Place | None = None
    date_start: date | None = None
    date_end: date | None = None
    perpetrators: list[Actor] = field(default_factory=list)
    sides: list[Actor] = field(default_factory=list)  # the armed parties of a battle (see Mention.sides)
    indicators: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    figures: list[FigureRange] = field(default_factory=list)
    n_sources: int = 1
    grade: str = "single_source"
    review_status: str = "unreviewed"
    history: list[EventChange] = field(default_factory=list)

    def figure(self, kind: str) -> FigureRange | None:
        return next((f for f in self.figures if f.kind == kind), None)
