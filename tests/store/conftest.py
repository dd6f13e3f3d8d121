"""Builders of small, hand-written records for the store tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from vigil.records import Actor, Count, DateSpan, Document, Extraction, Mention, Place
from vigil.store import Store

REPORT = (
    "Government artillery shelled the market in Northtown on Tuesday, killing at least 12 civilians "
    "and injuring dozens, according to a local monitoring group."
)


def _place(*, name: str = "Northtown", country: str = "XA") -> Place:
    return Place(
        text=name,
        span=(52, 61),
        name=name,
        lat=10.5,
        lon=-3.25,
        country=country,
        admin1="North",
        geonameid=123456,
        feature_code="PPL",
        precision="city",
    )


def _mention(
    *,
    type: str = "shelling_artillery_missile_attack",
    day: date = date(2024, 3, 5),
    country: str = "XA",
    killed: int = 12,
) -> Mention:
    return Mention(
        document_id="",
        type=type,
        span=(0, 120),
        confidence=0.8125,
        evidence=REPORT[:120],
        indicators=["indiscriminate_attack"],
        violations=["killing"],
        perpetrators=[Actor(text="Government artillery", span=(0, 20), actor="XA military", kind="state_forces")],
        victims=[Actor(text="civilians", span=(86, 95), kind="civilians", groups=["civilians"])],
        location=_place(country=country),
        date=DateSpan(start=day, end=day, text="on Tuesday", span=(62, 72)),
        counts=[Count(kind="killed", low=killed, high=None, text=f"at least {killed}", span=(82, 93))],
        modality="reported",
    )


@pytest.fixture
def make_place() -> Callable[..., Place]:
    """Builds a resolved place (keywords: name, country)."""
    return _place


@pytest.fixture
def make_mention() -> Callable[..., Mention]:
    """Builds a full mention (keywords: type, day, country, killed); its ids are set when saved."""
    return _mention


@pytest.fixture
def add_extracted(store: Store) -> Callable[..., list[Mention]]:
    """Store a document with the given text and n mentions; returns the stored mentions."""

    def add(text: str, *, n: int = 1, source_id: str | None = None, **mention: object) -> list[Mention]:
        doc = Document(text=text, source_id=source_id or f"file-{abs(hash(text))}.txt")
        store.add_document(doc)
        found = [_mention(**mention) for _ in range(n)]  # type: ignore[arg-type]
        return store.save_extraction(Extraction(document_id=doc.id, source_id=doc.source_id, mentions=found))

    return add
