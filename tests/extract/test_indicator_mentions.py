"""Atrocity indicators told without a violent act, doers named by the act itself, and violation cues."""

from __future__ import annotations

from vigil.extract import Extractor
from vigil.records import Document, Mention


def _mentions(text: str) -> list[Mention]:
    return Extractor()(Document(text=text, source_id="t")).mentions


def test_encirclement_with_a_trapped_range_is_a_low_confidence_mention() -> None:
    [m] = _mentions(
        "Rebel fighters encircled the hill town of Osk on Friday. Up to 20,000 residents are trapped inside."
    )
    assert m.type == "other" and m.confidence <= 0.6
    assert "encirclement" in m.indicators
    assert [(c.kind, c.high) for c in m.counts] == [("trapped", 20000)]


def test_blocked_aid_and_blocked_evacuation_are_indicators_with_their_doer() -> None:
    [aid] = _mentions(
        "A food convoy was turned back at the bridge and was not allowed to reach the camp, aid workers said."
    )
    assert "humanitarian_access_denied" in aid.indicators
    [exit_] = _mentions("Militiamen stopped the families from leaving the district on Tuesday.")
    assert "evacuation_blocked" in exit_.indicators and "evacuation" not in exit_.indicators
    assert [p.text for p in exit_.perpetrators] == ["Militiamen"]


def test_an_indicator_mention_never_outranks_a_violent_event() -> None:
    found = _mentions(
        "Some 5,000 people remain trapped in the old quarter. Mortar fire killed two women at the bakery."
    )
    top = max(found, key=lambda m: m.confidence)
    assert top.type == "shelling_artillery_missile_attack"
    assert any(m.type == "other" and "siege" in m.indicators for m in found)


def test_people_trapped_by_a_disaster_are_not_a_siege() -> None:
    assert _mentions("After the earthquake, dozens of people remain trapped under the rubble of the school.") == []


def test_a_ceasefire_that_broke_down_is_not_one_agreed() -> None:
    [m] = _mentions(
        "The truce that both sides signed in the spring to let the wounded leave the valley has broken down."
    )
    assert "ceasefire_broken" in m.indicators and "ceasefire_agreed" not in m.indicators


def test_police_named_by_the_act_are_the_perpetrators() -> None:
    [m] = _mentions("two men were killed in police firing near the bus stand on monday.")
    assert [(p.text, p.kind) for p in m.perpetrators] == [("police", "police")]
    assert "killing" in m.violations and all(v.text != "police" for v in m.victims)
    [n] = _mentions("The officers lobbed tear gas shells to disperse a crowd that had gathered outside the station.")
    assert n.type == "protest_with_intervention"


def test_clan_militias_are_identity_militias() -> None:
    [m] = _mentions("Two sub-clan militias exchanged gunfire near the well, killing four people.")
    assert {p.kind for p in m.sides} == {"identity_militia"}  # the two sides of a battle


def test_a_beating_in_custody_is_torture_but_a_death_threat_is_not_a_killing() -> None:
    [m] = _mentions("The lawyer was arrested and severely beaten at the police station.")
    assert "torture" in m.violations
    [n] = _mentions("The journalist was arrested after receiving death threats.")
    assert "killing" not in n.violations and "torture" not in n.violations
