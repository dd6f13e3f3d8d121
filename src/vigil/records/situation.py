"""A Situation is an area over time: siege, ceasefire, evacuation, access, trapped people, attacks, risk."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass(slots=True, kw_only=True)
class SituationChange:
    """One step of a situation's timeline: on ``day`` (as the reports date it), ``aspect`` became ``status``.

    ``aspect`` is one of siege, ceasefire, evacuation, access, trapped, attacks; the events and
    documents that said so are kept as evidence.
    """

    day: date
    aspect: str
    status: str
    note: str = ""
    event_ids: list[str] = field(default_factory=list)
    document_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "aspect": self.aspect,
            "status": self.status,
            "note": self.note,
            "event_ids": list(self.event_ids),
            "document_ids": list(self.document_ids),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SituationChange:
        return cls(
            day=date.fromisoformat(d["day"]),
            aspect=d["aspect"],
            status=d["status"],
            note=d.get("note", ""),
            event_ids=list(d.get("event_ids") or []),
            document_ids=list(d.get("document_ids") or []),
        )


@dataclass(slots=True, kw_only=True)
class PopulationEstimate:
    """How many people are trapped (or another kind of figure): a range, with every source that gave a value."""

    kind: str
    low: int | None
    high: int | None
    best: int | None
    as_of: date | None = None
    sources: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "low": self.low,
            "high": self.high,
            "best": self.best,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "sources": list(self.sources),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PopulationEstimate:
        return cls(
            kind=d["kind"],
            low=d.get("low"),
            high=d.get("high"),
            best=d.get("best"),
            as_of=_day(d.get("as_of")),
            sources=list(d.get("sources") or []),
        )


@dataclass(slots=True, kw_only=True)
class Signal:
    """A scored reading of a situation (an escalation or an atrocity-risk signal) and the events that drove it."""

    kind: str
    score: float
    explanation: str
    event_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "score": self.score, "explanation": self.explanation, "event_ids": self.event_ids}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Signal:
        return cls(
            kind=d["kind"],
            score=float(d.get("score", 0.0)),
            explanation=d.get("explanation", ""),
            event_ids=list(d.get("event_ids") or []),
        )


@dataclass(slots=True, kw_only=True)
class Situation:
    """An area over time, derived from its events only, dated by the reports (replay gives the same timeline).

    ``id`` is ``geo-<geonameid>`` for a resolved place, else ``<normalised-name>-<country>``.
    Status fields hold the latest value of each aspect ("" when no report spoke of it).
    """

    id: str
    name: str
    country: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    siege: str = ""
    ceasefire: str = ""
    evacuation: str = ""
    access: str = ""
    trapped: PopulationEstimate | None = None
    first_day: date | None = None
    last_day: date | None = None
    timeline: list[SituationChange] = field(default_factory=list)
    tempo: list[dict[str, Any]] = field(default_factory=list)
    escalation: Signal | None = None
    risk: list[Signal] = field(default_factory=list)
    risk_score: float = 0.0
    risk_level: str = "low"
    event_ids: list[str] = field(default_factory=list)
    updated: datetime | None = None

    def status(self, aspect: str) -> str:
        return str(getattr(self, aspect, "") or "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "country": self.country,
            "geonameid": self.geonameid,
            "lat": self.lat,
            "lon": self.lon,
            "siege": self.siege,
            "ceasefire": self.ceasefire,
            "evacuation": self.evacuation,
            "access": self.access,
            "trapped": self.trapped.to_dict() if self.trapped else None,
            "first_day": self.first_day.isoformat() if self.first_day else None,
            "last_day": self.last_day.isoformat() if self.last_day else None,
            "timeline": [c.to_dict() for c in self.timeline],
            "tempo": list(self.tempo),
            "escalation": self.escalation.to_dict() if self.escalation else None,
            "risk": [s.to_dict() for s in self.risk],
            "risk_score": self.risk_score,
            "risk_level": self.risk_level,
            "event_ids": list(self.event_ids),
            "updated": self.updated.isoformat() if self.updated else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Situation:
        trapped = d.get("trapped")
        escalation = d.get("escalation")
        updated = d.get("updated")
        return cls(
            id=d["id"],
            name=d["name"],
            country=d.get("country"),
            geonameid=d.get("geonameid"),
            lat=d.get("lat"),
            lon=d.get("lon"),
            siege=d.get("siege") or "",
            ceasefire=d.get("ceasefire") or "",
            evacuation=d.get("evacuation") or "",
            access=d.get("access") or "",
            trapped=PopulationEstimate.from_dict(trapped) if trapped else None,
            first_day=_day(d.get("first_day")),
            last_day=_day(d.get("last_day")),
            timeline=[SituationChange.from_dict(c) for c in d.get("timeline") or []],
            tempo=list(d.get("tempo") or []),
            escalation=Signal.from_dict(escalation) if escalation else None,
            risk=[Signal.from_dict(s) for s in d.get("risk") or []],
            risk_score=float(d.get("risk_score") or 0.0),
            risk_level=d.get("risk_level") or "low",
            event_ids=list(d.get("event_ids") or []),
            updated=datetime.fromisoformat(updated) if updated else None,
        )
