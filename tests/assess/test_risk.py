"""Escalation and atrocity-risk signals explain which events drove them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tests.assess.conftest import TOWN, siege_story

from vigil.assess import build_situation, place_key
from vigil.records import Event


def test_risk_signals_name_their_events() -> None:
    key = place_key(TOWN)
    assert key is not None
    s = build_situation(key, siege_story(), published={})
    signals = {r.kind: r for r in s.risk}
    assert set(signals) == {"encircled_blocked", "attack_on_hospital", "indiscriminate_attack"}
    assert signals["encircled_blocked"].event_ids == ["e1", "e6"]
    assert signals["attack_on_hospital"].event_ids == ["e8"]
    assert "1 event(s), 2031-05-12 to 2031-05-12" in signals["attack_on_hospital"].explanation
    assert s.risk_score == 6.0 and s.risk_level == "high"


def test_identity_targeting_and_mass_killing_make_severe_risk(event: Callable[..., Event]) -> None:
    key = place_key(TOWN)
    assert key is not None
    events = [
        event("k", day=date(2031, 2, 1), type="attack", indicators=("mass_killing", "identity_targeting")),
        event("x", day=date(2031, 2, 3), type="attack", indicators=("summary_execution",)),
    ]
    s = build_situation(key, events, published={})
    assert {r.kind for r in s.risk} == {"mass_killing", "identity_targeting", "summary_execution"}
    assert s.risk_level == "severe"


def test_old_signals_fall_out_of_the_window(event: Callable[..., Event]) -> None:
    key = place_key(TOWN)
    assert key is not None
    events = [event("k", day=date(2031, 1, 1), indicators=("mass_killing",)), event("z", day=date(2031, 4, 1))]
    assert build_situation(key, events, published={}).risk == []
