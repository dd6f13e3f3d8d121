from pathlib import Path

import pytest

from vigil.extract.lexicon import LexiconError
from vigil.extract.triggers import load_triggers
from vigil.taxonomy import load_taxonomy

CASES = [
    ("Government warplanes carried out an airstrike on the market.", "air_drone_strike"),
    ("Artillery shelling hit the eastern districts overnight.", "shelling_artillery_missile_attack"),
    ("A suicide bomber blew himself up at the checkpoint.", "suicide_bomb"),
    ("A roadside bomb struck the convoy near the bridge.", "remote_explosive_landmine_ied"),
    ("Attackers threw a grenade into the crowded bus station.", "grenade"),
    ("Heavy clashes erupted between the two armed groups.", "armed_clash"),
    ("The army recaptured the town from the insurgents.", "government_regains_territory"),
    ("Rebels captured the town after a week of fighting.", "non_state_actor_overtakes_territory"),
    ("Gunmen massacred villagers in their homes.", "attack"),
    ("Three aid workers were abducted on the road to the camp.", "abduction_forced_disappearance"),
    ("Soldiers raped women during the raid on the village.", "sexual_violence"),
    ("Police arrested the opposition leader at his home.", "arrests"),
    ("Thousands of teachers marched peacefully to demand higher pay.", "peaceful_protest"),
    ("Police fired tear gas to disperse the protesters.", "protest_with_intervention"),
    ("Security forces opened fire on protesters, killing four.", "excessive_force_against_protesters"),
    ("Rioters torched cars and threw stones at the police.", "violent_demonstration"),
    ("A mob lynched the man accused of theft of a goat.", "mob_violence"),
    ("The two sides signed a ceasefire agreement in the capital.", "agreement"),
    ("Militiamen looted shops and set houses on fire.", "looting_property_destruction"),
    ("Army engineers defused a bomb planted under the bridge.", "disrupted_weapons_use"),
    ("Witnesses described chlorine gas spreading through the basement.", "chemical_weapon"),
    ("The militia established a new base outside the town.", "headquarters_or_base_established"),
    ("The rebel factions pledged allegiance to the new movement.", "change_to_group_activity"),
    (
        "The government forces withdrew from the town and handed over control to the local council.",
        "non_violent_transfer_of_territory",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_one_clear_sentence_per_type(sentence: str, expected: str) -> None:
    hit = load_triggers().best(sentence, start=0, end=len(sentence))
    assert hit is not None
    assert hit.type == expected
    assert 0 <= hit.start < hit.end <= len(sentence)


def test_every_type_in_the_lexicon_is_in_the_taxonomy() -> None:
    known = set(load_taxonomy().event_type_ids)
    assert {r.type for r in load_triggers().rules} <= known


@pytest.mark.parametrize(
    "sentence",
    [
        "A gas explosion at the factory killed two workers.",
        "Police seized two kilograms of cocaine and arrested three drug dealers.",
        "The foreign minister visited the capital for trade talks.",
        "The weather was mild and the market was busy.",
    ],
)
def test_crime_disaster_and_diplomacy_have_no_trigger(sentence: str) -> None:
    assert load_triggers().best(sentence, start=0, end=len(sentence)) is None


def test_triage_finds_candidate_offsets() -> None:
    text = "Nothing here. Then an airstrike hit."
    offsets = load_triggers().triage(text)
    assert offsets and text[offsets[0] :].startswith("airstrike")


def test_a_bad_lexicon_names_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "triggers.yaml"
    path.write_text("triggers:\n  - type: not_a_type\n    weight: 0.5\n    patterns: [boom]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"triggers\.yaml.*triggers\[0\]\.type"):
        load_triggers(path)
    path.write_text("triggers:\n  - type: attack\n    weight: 2\n    patterns: [boom]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"weight"):
        load_triggers(path)
