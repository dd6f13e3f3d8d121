"""Organisations named in a doer's phrase, group descriptions of named victims, and doers that are no doers."""

import pytest

from vigil.extract.roles import Roles, find_roles, load_roles


def _roles(sentence: str, trigger: str, type: str = "attack") -> Roles:
    t0 = sentence.index(trigger)
    return find_roles(load_roles(), sentence, sentence=(0, len(sentence)), trigger=(t0, t0 + len(trigger)), type=type)


def _doers(roles: Roles) -> list[tuple[str, str]]:
    return [(a.text, a.kind) for a in roles.perpetrators]


@pytest.mark.parametrize(
    ("sentence", "trigger", "hands", "org"),
    [
        (
            "twenty farmers were kidnapped by terrorists of the southern popular liberation front (splf) on monday.",
            "kidnapped",
            "terrorists",
            "splf",
        ),
        (
            "Twenty farmers were kidnapped by terrorists of the Southern Popular Liberation Front (SPLF) on Monday.",
            "kidnapped",
            "terrorists",
            "SPLF",
        ),
        ("the guerrillas of the farc burned two buses on the highway.", "burned", "guerrillas", "farc"),
        ("The guerrillas of the FARC burned two buses on the highway.", "burned", "guerrillas", "FARC"),
        ("southern popular liberation front (splf) rebels killed a judge.", "killed", "rebels", "splf"),
        ("FARC rebels killed a judge in the south.", "killed", "FARC rebels", "FARC"),
        ("gunmen of the medellin cartel murdered a judge.", "murdered", "gunmen", "medellin cartel"),
    ],
)
def test_the_hands_and_their_organisation_are_both_doers(sentence: str, trigger: str, hands: str, org: str) -> None:
    texts = [a.text for a in _roles(sentence, trigger).perpetrators]
    assert hands in texts
    assert org in texts


def test_the_organisation_keeps_its_kind() -> None:
    doers = dict(_doers(_roles("gunmen of the medellin cartel murdered a judge.", "murdered")))
    assert doers["medellin cartel"] == "political_militia"
    doers = dict(_doers(_roles("the guerrillas of the farc burned two buses.", "burned")))
    assert doers["farc"] == "rebel_group"


def test_words_before_an_organisation_name_are_no_part_of_it() -> None:
    assert _doers(_roles("alleged shining path rebels murdered four farmers.", "murdered")) == [
        ("shining path", "rebel_group"),
        ("rebels", "rebel_group"),
    ]


def test_a_place_after_of_is_no_organisation() -> None:
    roles = _roles("two soldiers were killed by guerrillas of the northern mountains.", "killed")
    assert [a.text for a in roles.perpetrators] == ["guerrillas"]


@pytest.mark.parametrize(
    "sentence",
    [
        "soldiers killed six priests, including ana ruiz and juan gil, on the road.",
        "Soldiers killed six priests, including Father Ana Ruiz and Juan Gil, on the road.",
        "the murder of six priests, including ana ruiz and juan gil, shocked the world.",
    ],
)
def test_a_group_described_by_its_named_members_is_not_listed_twice(sentence: str) -> None:
    trigger = "killed" if "killed" in sentence else "murder"
    victims = _roles(sentence, trigger).victims
    assert [v.text.lower() for v in victims] == ["ana ruiz", "juan gil"]
    assert all("religious" in v.groups for v in victims)


def test_a_group_without_names_stays_a_victim() -> None:
    victims = _roles("soldiers killed six priests and two women on the road.", "killed").victims
    assert [v.text for v in victims] == ["priests", "women"]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("the bombing was confirmed by police on tuesday.", "bombing"),
        ("the attack was reported by the army in a communique.", "attack"),
        ("the police attributed the attack to the rebels.", "attack"),
        ("The police attributed the attack to the rebels.", "attack"),
    ],
)
def test_sources_and_blamers_are_no_doers(sentence: str, trigger: str) -> None:
    doers = [a.text.lower() for a in _roles(sentence, trigger).perpetrators]
    assert "police" not in doers and "army" not in doers


def test_an_attempt_is_no_name() -> None:
    victims = _roles("the assassination attempt against the judge, luis gil, failed.", "assassination").victims
    assert "attempt against" not in [v.text for v in victims]


def test_a_named_target_after_a_bracketed_agency_name() -> None:
    sentence = "he escaped unharmed from the bomb attack on the dss (state security service) director pedro lara gil."
    victims = _roles(sentence, "attack", "remote_explosive_landmine_ied").victims
    assert "pedro lara gil" in [v.text for v in victims]


@pytest.mark.parametrize(
    "sentence",
    [
        "four villages were attacked by about 150 shining path members on sunday.",
        "Four villages were attacked by about 150 Shining Path members on Sunday.",
    ],
)
def test_organisation_members_are_the_hands(sentence: str) -> None:
    texts = [a.text.lower() for a in _roles(sentence, "attacked").perpetrators]
    assert "shining path" in texts
    assert any(t.endswith("150 shining path members") for t in texts)


@pytest.mark.parametrize(
    "sentence",
    [
        "a soldier from the engineers detachment fired a rifle at a woman, wounding her.",
        "A soldier from the 4th Engineers Detachment fired a rifle at a woman, wounding her.",
    ],
)
def test_a_subject_from_a_unit_is_the_doer(sentence: str) -> None:
    assert [a.text.lower() for a in _roles(sentence, "wounding").perpetrators] == ["soldier"]


def test_an_armed_subject_that_began_bombing_did_it() -> None:
    roles = _roles("the air force began bombing the hills at dawn, killing four farmers.", "killing")
    assert [a.text for a in roles.perpetrators] == ["air force"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "doers"),
    [
        ("several men last night wounded a watchman at a building.", "wounded", [("several men", "unknown")]),
        ("Two men killed a watchman in the street.", "killed", [("Two men", "unknown")]),
        ("the men killed in the attack were buried on monday.", "killed", []),
        ("two men were killed last night in the town.", "killed", []),
    ],
)
def test_men_as_the_subject_of_an_act_of_violence(sentence: str, trigger: str, doers: list[tuple[str, str]]) -> None:
    assert _doers(_roles(sentence, trigger)) == doers


@pytest.mark.parametrize(
    "sentence",
    [
        "a group of six urban guerrillas attacked two police posts, wounding a woman.",
        "urban guerillas attacked two police posts, wounding a woman.",
    ],
)
def test_a_counted_group_and_a_spelling_variant_are_doers(sentence: str) -> None:
    assert [k for _, k in _doers(_roles(sentence, "wounding"))] == ["rebel_group"]


def test_members_belonging_to_an_organisation() -> None:
    sentence = "a group of rebels belonging to the southern liberation front (slf) this morning attacked the town."
    assert [t for t, _ in _doers(_roles(sentence, "attacked"))] == ["group of rebels", "slf"]


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        (
            "the priests were killed by some 30 men wearing olive drab uniforms.",
            "some 30 men wearing olive drab uniforms",
        ),
        ("The students were abducted by armed men in military uniforms.", "armed men in military uniforms"),
    ],
)
def test_what_the_doers_wore_is_part_of_their_phrase(sentence: str, doer: str) -> None:
    trigger = "killed" if "killed" in sentence else "abducted"
    assert _doers(_roles(sentence, trigger)) == [(doer, "unknown")]


@pytest.mark.parametrize(
    ("sentence", "trigger", "doer"),
    [
        (
            "two men riding on a motorcycle threw an explosive device at a police post.",
            "explosive",
            "two men riding on a motorcycle",
        ),
        ("the guard was shot by two men on a motorcycle, wearing hoods.", "shot", "two men on a motorcycle"),
        ("the priest was kidnapped today in the city by an unidentified group.", "kidnapped", "unidentified group"),
        ("the ambulance was set on fire when someone hurled a firebomb at it.", "fire", "someone"),
        (
            "the southern liberation front on 29 november resumed its attacks in the capital.",
            "attacks",
            "southern liberation front",
        ),
        (
            "The Southern Liberation Front on Sunday night attacked the barracks.",
            "attacked",
            "Southern Liberation Front",
        ),
    ],
)
def test_more_doers(sentence: str, trigger: str, doer: str) -> None:
    type = "abduction_forced_disappearance" if "kidnapped" in sentence else "attack"
    assert doer in [a.text for a in _roles(sentence, trigger, type).perpetrators]


@pytest.mark.parametrize(
    ("sentence", "trigger", "hands", "org"),
    [
        (
            "at dawn splf (southern popular liberation front) cells placed bombs in four stores.",
            "bombs",
            "cells",
            "splf",
        ),
        (
            "At dawn SPLF (Southern Popular Liberation Front) rebels attacked the barracks.",
            "attacked",
            "rebels",
            "SPLF",
        ),
        ("the priest had been kidnapped by an farc (armed forces of the north) cell.", "kidnapped", "cell", "farc"),
    ],
)
def test_an_acronym_with_its_name_in_brackets(sentence: str, trigger: str, hands: str, org: str) -> None:
    texts = [a.text for a in _roles(sentence, trigger).perpetrators]
    assert hands in texts and org in texts


@pytest.mark.parametrize(
    "sentence",
    [
        "the mayor was kidnapped on monday by the army of popular resistance (apr).",
        "the mayor was kidnapped on monday by army of popular resistance (apr) guerrillas.",
    ],
)
def test_an_actor_word_that_begins_an_organisation_name_is_no_member_of_it(sentence: str) -> None:
    texts = [a.text for a in _roles(sentence, "kidnapped", "abduction_forced_disappearance").perpetrators]
    assert "apr" in texts
    assert "army" not in texts


def test_members_named_before_an_organisation_stay_its_hands() -> None:
    sentence = "the mayor was kidnapped on monday by guerrillas of popular resistance front (prf)."
    texts = [a.text for a in _roles(sentence, "kidnapped", "abduction_forced_disappearance").perpetrators]
    assert texts == ["guerrillas", "prf"]


def test_forces_named_after_a_rebel_organisation_are_its_own() -> None:
    roles = _roles("the southern liberation front (slf) forces burned two buses on the highway.", "burned")
    assert ("forces", "rebel_group") in _doers(roles)
    assert ("slf", "rebel_group") in _doers(roles)
