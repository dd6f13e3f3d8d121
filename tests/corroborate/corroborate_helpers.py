"""Builders for corroboration tests: documents and mentions written by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from vigil.records import Actor, Count, DateSpan, Document, Mention, Place


def doc(text: str, *, source: str, day: int = 11, sid: str | None = None) -> Document:
    return Document(text=text, source_id=sid or f"{source}:{text[:12]}", source=source, published=date(2031, 3, day))


def place(name: str, *, lat: float | None = None, lon: float | None = None, precision: str | None = None) -> Place:
    return Place(text=name, name=name, lat=lat, lon=lon, precision=precision, country="VL" if lat is not None else None)


def mention(
    mid: str,
    document: Document,
    *,
    type: str = "air_drone_strike",
    where: Place | None = None,
    day: int | None = 11,
    killed: tuple[int | None, int | None] | None = None,
    evidence: str | None = None,
    perpetrators: tuple[tuple[str, str], ...] = (),
) -> Mention:
    counts = [Count(kind="killed", low=killed[0], high=killed[1], text="n killed")] if killed else []
    when = DateSpan(start=date(2031, 3, day), end=date(2031, 3, day), text=f"{day} March") if day else None
    return Mention(
        id=mid,
        document_id=document.id,
        type=type,
        span=(0, len(document.text)),
        evidence=evidence if evidence is not None else document.text,
        location=where,
        date=when,
        counts=counts,
        perpetrators=[Actor(text=t, kind=k) for t, k in perpetrators],
    )


class Clock:
    """A clock that ticks one second per call, so history entries are ordered and reproducible."""

    def __init__(self) -> None:
        self.now = datetime(2031, 3, 11, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


WIRE = (
    "VARNO (Meridian Wire) - At least 14 civilians were killed on 11 March when an airstrike hit a residential "
    "block in the Kessa district of Varno, local officials said. Rescue workers pulled bodies from the rubble "
    "of the five-storey building throughout the night, and a hospital director said dozens were wounded."
)
