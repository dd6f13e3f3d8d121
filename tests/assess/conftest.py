"""Hand-built events about one invented besieged town, for the assess tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from vigil.records import Event, FigureRange, Mention, Place

TOWN = Place(text="Vell Maran", name="Vell Maran", country="XB", lat=12.5, lon=40.25, precision="city")


def make_event(
    id: str,
    *,
    day: date | None,
    indicators: tuple[str, ...] = (),
    type: str = "other",
    doc: str | None = None,
    trapped: tuple[int, int | None] | None = None,
    killed: int | None = None,
    modality: str = "reported",
    evidence: str = "",
    place: Place | None = TOWN,
) -> Event:
    figures = []
    if trapped is not None:
        low, high = trapped
        figures.append(
            FigureRange(kind="trapped", low=low, best=low if high is None else None, high=high, values=[{"text": "x"}])
        )
    if killed is not None:
        figures.append(FigureRange(kind="killed", low=killed, best=killed, high=killed))
    mention = Mention(
        id=f"m-{id}", document_id=doc or f"doc-{id}", type=type, span=(0, 1), evidence=evidence,
        indicators=list(indicators), modality=modality, location=place,
    )  # fmt: skip
    return Event(
        id=id, type=type, mentions=[mention], location=place, date_start=day, date_end=day,
        indicators=list(indicators), figures=figures,
    )  # fmt: skip


@pytest.fixture
def event() -> Callable[..., Event]:
    return make_event


def siege_story() -> list[Event]:
    """A besieged town in eight reports: encircled, deal agreed, deal broken, evacuation blocked."""
    d = date
    return [
        make_event("e1", day=d(2031, 5, 3), indicators=("encirclement",), type="armed_clash", trapped=(30000, 40000)),
        make_event("e2", day=d(2031, 5, 4), type="shelling_artillery_missile_attack", killed=9,
                   indicators=("indiscriminate_attack",)),
        make_event("e3", day=d(2031, 5, 7), indicators=("ceasefire_agreed",), type="agreement"),
        make_event("e4", day=d(2031, 5, 8), indicators=("evacuation",), modality="planned",
                   evidence="Buses will begin taking the wounded out on Friday."),
        make_event("e5", day=d(2031, 5, 10), indicators=("ceasefire_broken",), type="shelling_artillery_missile_attack",
                   killed=14),
        make_event("e6", day=d(2031, 5, 10), indicators=("evacuation_blocked",), type="other"),
        make_event("e7", day=d(2031, 5, 11), trapped=(35000, None), type="other"),
        make_event("e8", day=d(2031, 5, 12), type="air_drone_strike", killed=5, indicators=("attack_on_hospital",)),
    ]  # fmt: skip
