"""A Mention is one event as one document tells it; every value taken from text keeps its span."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

Span = tuple[int, int]
"""Character offsets ``[start, end)`` into the document text."""


def _span(value: Any) -> Span | None:
    if value is None:
        return None
    start, end = value
    return (int(start), int(end))


@dataclass(slots=True, kw_only=True)
class Item:
    """A piece of text with its span: a physical target or a weapon."""

    text: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span) if self.span else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Item:
        return cls(text=d["text"], span=_span(d.get("span")))


@dataclass(slots=True, kw_only=True)
class Actor:
    """An actor as written, normalised through the actor dictionary when it is known.

    ``backers`` name who the actor is reported to act for ("Iranian-backed militias": Iran).
    """

    text: str
    span: Span | None = None
    actor: str | None = None
    kind: str = "unknown"
    groups: list[str] = field(default_factory=list)
    backers: list[Actor] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"text": self.text, "span": list(self.span) if self.span else None, "kind": self.kind}
        if self.actor:
            d["actor"] = self.actor
        if self.groups:
            d["groups"] = list(self.groups)
        if self.backers:
            d["backers"] = [b.to_dict() for b in self.backers]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(
            text=d["text"],
            span=_span(d.get("span")),
            actor=d.get("actor"),
            kind=d.get("kind") or "unknown",
            groups=list(d.get("groups") or []),
            backers=[cls.from_dict(b) for b in d.get("backers") or []],
        )


@dataclass(slots=True, kw_only=True)
class Place:
    """A toponym as written and, when resolved, the GeoNames place it names."""

    text: str
    span: Span | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    geonameid: int | None = None
    feature_code: str | None = None
    precision: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": list(self.span) if self.span else None,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "admin1": self.admin1,
            "geonameid": self.geonameid,
            "feature_code": self.feature_code,
            "precision": self.precision,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        return cls(
            text=d["text"],
            span=_span(d.get("span")),
            name=d.get("name"),
            lat=d.get("lat"),
            lon=d.get("lon"),
            country=d.get("country"),
            admin1=d.get("admin1"),
            geonameid=d.get("geonameid"),
            feature_code=d.get("feature_code"),
            precision=d.get("precision"),
        )


@dataclass(slots=True, kw_only=True)
class Count:
    """How many were killed, injured, trapped...: an honest range.

    "30,000 to 60,000" is low 30000 / high 60000; "at least 82" is low 82 / high None;
    "dozens" is a documented range with ``approximate`` set.
    """

    kind: str
    low: int | None
    high: int | None
    text: str
    span: Span | None = None
    approximate: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "low": self.low,
            "high": self.high,
            "text": self.text,
            "span": list(self.span) if self.span else None,
            "approximate": self.approximate,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Count:
        return cls(
            kind=d["kind"],
            low=d.get("low"),
            high=d.get("high"),
            text=d.get("text", ""),
            span=_span(d.get("span")),
            approximate=bool(d.get("approximate", False)),
        )


@dataclass(slots=True, kw_only=True)
class DateSpan:
    """When something happened: a range of days with its precision (day, week, month, year)."""

    start: date
    end: date
    text: str = ""
    span: Span | None = None
    precision: str = "day"

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "text": self.text,
            "span": list(self.span) if self.span else None,
            "precision": self.precision,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DateSpan:
        return cls(
            start=date.fromisoformat(d["start"]),
            end=date.fromisoformat(d["end"]),
            text=d.get("text", ""),
            span=_span(d.get("span")),
            precision=d.get("precision") or "day",
        )


@dataclass(slots=True, kw_only=True)
class Attribution:
    """Who says so: "the UN human rights office", "activists", "state media"."""

    text: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span) if self.span else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Attribution:
        return cls(text=d["text"], span=_span(d.get("span")))


@dataclass(slots=True, kw_only=True)
class Mention:
    """One event as one document reports it.

    ``to_dict`` writes exactly the event object of the document result format fixed in
    ``shared/bench/README.md``; ``evidence`` is the text of ``span`` (kept for display and export).

    ``sides`` are the armed parties of a battle (ACLED's actor 1 and actor 2): in fighting between armed
    groups nobody is the perpetrator or the victim of a violation, so a battle's parties are listed here and
    its ``perpetrators`` stay empty; civilians harmed in it remain ``victims``.
    """

    document_id: str
    type: str
    span: Span
    confidence: float = 0.5
    evidence: str = ""
    indicators: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    perpetrators: list[Actor] = field(default_factory=list)
    victims: list[Actor] = field(default_factory=list)
    sides: list[Actor] = field(default_factory=list)
    targets: list[Item] = field(default_factory=list)
    weapons: list[Item] = field(default_factory=list)
    location: Place | None = None
    date: DateSpan | None = None
    counts: list[Count] = field(default_factory=list)
    modality: str = "asserted"
    source: Attribution | None = None
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "confidence": round(self.confidence, 4),
            "span": list(self.span),
            "evidence": self.evidence,
            "indicators": list(self.indicators),
            "violations": list(self.violations),
            "perpetrators": [a.to_dict() for a in self.perpetrators],
            "victims": [a.to_dict() for a in self.victims],
            "sides": [a.to_dict() for a in self.sides],
            "targets": [t.to_dict() for t in self.targets],
            "weapons": [w.to_dict() for w in self.weapons],
            "location": self.location.to_dict() if self.location else None,
            "date": self.date.to_dict() if self.date else None,
            "counts": [c.to_dict() for c in self.counts],
            "modality": self.modality,
            "source": self.source.to_dict() if self.source else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any], *, document_id: str, id: str = "") -> Mention:
        span = _span(d.get("span")) or (0, 0)
        return cls(
            id=id,
            document_id=document_id,
            type=d["type"],
            span=span,
            confidence=float(d.get("confidence", 0.5)),
            evidence=d.get("evidence", ""),
            indicators=list(d.get("indicators") or []),
            violations=list(d.get("violations") or []),
            perpetrators=[Actor.from_dict(a) for a in d.get("perpetrators") or []],
            victims=[Actor.from_dict(a) for a in d.get("victims") or []],
            sides=[Actor.from_dict(a) for a in d.get("sides") or []],
            targets=[Item.from_dict(t) for t in d.get("targets") or []],
            weapons=[Item.from_dict(w) for w in d.get("weapons") or []],
            location=Place.from_dict(d["location"]) if d.get("location") else None,
            date=DateSpan.from_dict(d["date"]) if d.get("date") else None,
            counts=[Count.from_dict(c) for c in d.get("counts") or []],
            modality=d.get("modality") or "asserted",
            source=Attribution.from_dict(d["source"]) if d.get("source") else None,
        )
