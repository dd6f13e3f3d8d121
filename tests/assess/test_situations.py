"""Situations derived from hand-built events: keys, timeline, trapped estimate, replay-proof ordering."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from tests.assess.conftest import TOWN, siege_story

from vigil.assess import build_situation, build_situations, group_events, normalise_name, place_key
from vigil.records import Event, Place


def _situation(events: list[Event], published: dict[str, date | None] | None = None):  # type: ignore[no-untyped-def]
    key = place_key(TOWN)
    assert key is not None
    return build_situation(key, events, published=published or {})


def test_situation_keys_use_geonameid_else_normalised_name_and_country() -> None:
    resolved = Place(text="Aleppo", name="Aleppo", geonameid=170063, country="SY")
    assert place_key(resolved).id == "geo-170063"  # type: ignore[union-attr]
    a = place_key(Place(text="Kafr  Hálam", country="XA"))
    b = place_key(Place(text="kafr-halam", country="xa"))
    assert a is not None and b is not None and a.id == b.id == "kafr-halam-xa"
    assert place_key(Place(text="Kafr Halam", country="XB")).id != a.id  # type: ignore[union-attr]
    assert normalise_name("The Old City") == "old-city"


def test_events_without_a_place_belong_to_no_situation(event: Callable[..., Event]) -> None:
    groups = group_events([event("a", day=date(2031, 1, 1), place=None), event("b", day=date(2031, 1, 1))])
    assert list(groups) == ["vell-maran-xb"]


def test_timeline_shows_encirclement_deal_breakdown_and_blocked_evacuation_on_their_days() -> None:
    s = _situation(siege_story())
    steps = [(c.day.isoformat(), c.aspect, c.status) for c in s.timeline if c.aspect not in ("attacks", "trapped")]
    assert steps == [
        ("2031-05-03", "siege", "encircled"),
        ("2031-05-07", "ceasefire", "agreed"),
        ("2031-05-08", "evacuation", "planned"),
        ("2031-05-10", "ceasefire", "broken"),
        ("2031-05-10", "evacuation", "blocked"),
    ]
    assert (s.siege, s.ceasefire, s.evacuation, s.access) == ("encircled", "broken", "blocked", "")
    assert s.first_day == date(2031, 5, 3) and s.last_day == date(2031, 5, 12)
    broken = next(c for c in s.timeline if c.status == "broken")
    assert broken.event_ids == ["e5"] and broken.document_ids == ["doc-e5"]


def test_attack_tempo_and_trapped_estimate_with_sources() -> None:
    s = _situation(siege_story())
    assert [(r["day"], r["attacks"], r["killed"]) for r in s.tempo] == [
        ("2031-05-04", 1, 9),
        ("2031-05-10", 1, 14),
        ("2031-05-12", 1, 5),
    ]
    assert s.trapped is not None
    assert (s.trapped.low, s.trapped.high) == (30000, 40000)
    assert [x["event_id"] for x in s.trapped.sources] == ["e1", "e7"]
    trapped_steps = [(c.day.isoformat(), c.status) for c in s.timeline if c.aspect == "trapped"]
    assert trapped_steps == [("2031-05-03", "30,000–40,000")]


def test_replay_in_any_arrival_order_gives_the_same_situation() -> None:
    story = siege_story()
    expected = _situation(story).to_dict()
    for seed in range(5):
        shuffled = story[:]
        random.Random(seed).shuffle(shuffled)
        assert _situation(shuffled).to_dict() == expected


def test_undated_events_take_the_publication_date_of_their_report(event: Callable[..., Event]) -> None:
    undated = event("u1", day=None, indicators=("siege",), doc="d-1")
    s = _situation([undated], published={"d-1": date(2031, 6, 2)})
    assert [(c.day, c.status) for c in s.timeline] == [(date(2031, 6, 2), "besieged")]
    assert _situation([undated], published={}).timeline == []


def test_evidence_words_refine_statuses(event: Callable[..., Event]) -> None:
    d = date(2031, 7, 1)
    events = [
        event("a", day=d, indicators=("evacuation",), evidence="The evacuation was suspended after shots were fired."),
        event("b", day=date(2031, 7, 2), indicators=("ceasefire_agreed",), evidence="The truce is holding."),
        event("c", day=date(2031, 7, 3), evidence="A UN convoy entered the town for the first time."),
        event("d", day=date(2031, 7, 4), indicators=("ceasefire_broken",),
               evidence="The truce, which largely held, collapsed."),
    ]  # fmt: skip
    s = _situation(events)
    steps = [(c.aspect, c.status) for c in s.timeline]
    assert steps == [
        ("evacuation", "suspended"),
        ("ceasefire", "holding"),
        ("access", "allowed"),
        ("ceasefire", "broken"),
    ]


def test_negated_reports_change_nothing(event: Callable[..., Event]) -> None:
    s = _situation([event("n", day=date(2031, 1, 5), indicators=("ceasefire_broken",), modality="negated")])
    assert s.ceasefire == "" and s.timeline == []


def test_build_situations_splits_places(event: Callable[..., Event]) -> None:
    other = Place(text="Dor Asel", country="XB")
    found = build_situations(
        [event("a", day=date(2031, 1, 1)), event("b", day=date(2031, 1, 2), place=other)], published={}
    )
    assert [s.id for s in found] == ["dor-asel-xb", "vell-maran-xb"]
