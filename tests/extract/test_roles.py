from pathlib import Path

import pytest

from vigil.extract.lexicon import LexiconError
from vigil.extract.roles import Roles, find_roles, load_roles


def _roles(sentence: str, trigger: str, type: str = "attack") -> Roles:
    t0 = sentence.index(trigger)
    return find_roles(load_roles(), sentence, sentence=(0, len(sentence)), trigger=(t0, t0 + len(trigger)), type=type)


def _texts(items: list) -> list[str]:  # type: ignore[type-arg]
    return [x.text for x in items]


def test_active_subject_is_the_doer_and_object_the_victim() -> None:
    roles = _roles("rebels killed three farmers near the river.", "killed")
    assert _texts(roles.perpetrators) == ["rebels"]
    assert _texts(roles.victims) == ["farmers"]


def test_passive_agent_after_by_is_the_doer() -> None:
    roles = _roles(
        "two teachers were kidnapped by armed men on the road.", "kidnapped", "abduction_forced_disappearance"
    )
    assert _texts(roles.perpetrators) == ["armed men"]
    assert _texts(roles.victims) == ["teachers"]


def test_suspected_agent_of_a_passive_shooting() -> None:
    roles = _roles("four villagers were shot dead by suspected guerrillas.", "shot")
    assert _texts(roles.perpetrators) == ["suspected guerrillas"]
    assert [v.kind for v in roles.victims] == ["civilians"]


def test_claimed_responsibility_and_blame() -> None:
    claimed = _roles(
        "the bombing of the bank was claimed by nobody until the northern liberation army claimed responsibility.",
        "bombing",
        "remote_explosive_landmine_ied",
    )
    assert "northern liberation army" in _texts(claimed.perpetrators)
    blamed = _roles("the government blamed the attack on urban guerrillas.", "attack")
    assert _texts(blamed.perpetrators) == ["urban guerrillas"]


def test_speaker_is_no_participant() -> None:
    roles = _roles("the army reported that militants burned a school.", "burned", "looting_property_destruction")
    assert _texts(roles.perpetrators) == ["militants"]
    assert _texts(roles.targets) == ["school"]


def test_organisation_name_is_reported_by_its_acronym() -> None:
    text = "members of the southern patriotic front (spf) ambushed a patrol."
    roles = _roles(text, "ambushed")
    assert _texts(roles.perpetrators) == ["spf"]


def test_coordinated_doers_are_both_kept() -> None:
    roles = _roles(
        "soldiers and police opened fire on the marchers.", "opened fire", "excessive_force_against_protesters"
    )
    assert {p.kind for p in roles.perpetrators} >= {"police"}


def test_police_subject_has_police_kind() -> None:
    roles = _roles("the police beat and detained twenty students.", "detained", "arrests")
    assert [p.kind for p in roles.perpetrators] == ["police"]


def test_fallback_doer_for_an_arrest_without_a_tied_subject() -> None:
    roles = _roles(
        "after the rally, ten activists were detained, and police later released them.", "detained", "arrests"
    )
    assert [p.kind for p in roles.perpetrators] == ["police"]


def test_targets_after_the_trigger_keep_their_noun_modifiers() -> None:
    roles = _roles("guerrillas dynamited a power tower and set fire to two buses.", "dynamited")
    assert _texts(roles.targets)[0] == "power tower"
    fire = _roles("rioters set fire to two buses.", "set fire", "looting_property_destruction")
    assert _texts(fire.targets) == ["buses"]
    passive = _roles("the gas station was bombed at dawn.", "bombed", "remote_explosive_landmine_ied")
    assert _texts(passive.targets) == ["gas station"]


def test_a_target_far_from_the_trigger_is_left_out() -> None:
    roles = _roles("attackers bombed a bridge, the governor said from his office at the ministry.", "bombed")
    assert _texts(roles.targets) == ["bridge"]


def test_weapons_used_but_not_weapons_seized() -> None:
    used = _roles("the gang attacked the village with machetes and a car bomb.", "attacked")
    assert set(_texts(used.weapons)) == {"machetes", "car bomb"}
    seized = _roles("troops attacked the camp and seized rifles and grenades.", "attacked")
    assert _texts(seized.weapons) == []


def test_weapons_are_not_read_for_a_kidnapping() -> None:
    roles = _roles("gunmen with rifles kidnapped the mayor.", "kidnapped", "abduction_forced_disappearance")
    assert roles.weapons == []


def test_victim_groups_from_wording() -> None:
    roles = _roles("militiamen killed six women and two journalists in the market.", "killed")
    groups = {g for v in roles.victims for g in v.groups}
    assert {"women", "journalists"} <= groups
    church = _roles("a church was torched in the night.", "torched", "looting_property_destruction")
    assert "religious" in church.victims[0].groups


def test_bare_casualty_words_are_no_victims() -> None:
    roles = _roles("the explosion killed the wounded and the dead were buried.", "killed")
    assert roles.victims == []


def test_named_victims_in_capitalised_and_lower_cased_text() -> None:
    cased = _roles("Gunmen shot Maria Lopez outside her home.", "shot")
    assert "Maria Lopez" in _texts(cased.victims)
    lower = _roles(
        "the assassination of presidential candidate ramon ortega vidal shocked the country.", "assassination"
    )
    assert _texts(lower.victims) == ["ramon ortega vidal"]
    passive = _roles("mayor tomas ibarra was murdered on sunday.", "murdered")
    assert _texts(passive.victims) == ["tomas ibarra"]


def test_clash_sides_are_both_doers() -> None:
    roles = _roles("soldiers clashed with rebels near the border.", "clashed", "armed_clash")
    assert set(_texts(roles.perpetrators)) == {"soldiers", "rebels"}


def test_bad_lexicon_names_file_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "roles.yaml"
    bad.write_text("modifiers: ['armed']\nactors:\n  ninjas: ['ninjas']\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"roles\.yaml.*actors"):
        load_roles(bad)
    broken = tmp_path / "broken.yaml"
    broken.write_text("modifiers: ['(']\nactors:\n  police: ['police']\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="modifiers"):
        load_roles(broken)


def test_capitalised_agent_and_subject_names_are_doers() -> None:
    by = _roles("The editor was detained by the Northern Security Service on Friday.", "detained", "arrests")
    assert [(p.text, p.kind) for p in by.perpetrators] == [("Northern Security Service", "state_forces")]
    subject = _roles("Veldania Republic detained the editor.", "detained", "arrests")
    assert _texts(subject.perpetrators) == ["Veldania Republic"]


def test_the_accused_are_doers() -> None:
    roles = _roles(
        "two gunmen were charged with kidnapping the trader.", "kidnapping", "abduction_forced_disappearance"
    )
    assert _texts(roles.perpetrators) == ["two gunmen"]  # as written, with their count


@pytest.mark.parametrize(
    "sentence",
    [
        "three soldiers participated in the killing of the farmers.",
        "three soldiers took part in the killing of the farmers.",
    ],
)
def test_those_who_took_part_are_doers(sentence: str) -> None:
    assert _texts(_roles(sentence, "killing").perpetrators) == ["three soldiers"]


def test_those_arrested_for_taking_part_are_doers_not_the_police() -> None:
    roles = _roles("the police arrested two men who took part in the killing of the farmers.", "killing")
    assert "police" not in _texts(roles.perpetrators)


def test_organisation_named_by_its_last_words() -> None:
    roles = _roles("the red river liberation front attacked the convoy.", "attacked")
    assert [(p.text, p.kind) for p in roles.perpetrators] == [("red river liberation front", "rebel_group")]


def test_coordinated_targets_after_a_damage_verb() -> None:
    text = "the bomb exploded and damaged a hotel, a restaurant and two clinics."
    roles = _roles(text, "bomb", "remote_explosive_landmine_ied")
    assert _texts(roles.targets) == ["hotel", "restaurant", "clinics"]


def test_kidnapping_falls_back_to_an_armed_actor_of_the_sentence() -> None:
    text = "after the raid on the farm, the owner was missing; rebels had been seen there, and a kidnapping is feared."
    roles = _roles(text, "kidnapping", "abduction_forced_disappearance")
    assert [p.kind for p in roles.perpetrators] == ["rebel_group"]


def test_compound_heads_are_no_actors() -> None:
    roles = _roles("the police commander was shot dead outside his home.", "shot")
    assert roles.perpetrators == []


def test_a_bracketed_aside_between_doer_and_act_keeps_the_doer() -> None:
    text = "the national guard (word indistinct) murdered a student near the port."
    t0 = text.index("murdered")
    roles = find_roles(load_roles(), text, sentence=(0, len(text)), trigger=(t0, t0 + 8), type="attack")
    assert [p.text for p in roles.perpetrators] == ["national guard"]


def test_men_in_a_vehicle_who_open_fire_are_the_doers() -> None:
    text = "Two men in a car opened fire on the mayor outside the market."
    t0 = text.index("opened fire")
    roles = find_roles(load_roles(), text, sentence=(0, len(text)), trigger=(t0, t0 + 11), type="attack")
    assert [p.text for p in roles.perpetrators] == ["Two men in a car"]


@pytest.mark.parametrize("phrase", ["rebel forces", "guerrilla forces", "insurgent fighters"])
def test_forces_named_by_a_rebel_word_are_a_rebel_group(phrase: str) -> None:
    roles = _roles(f"{phrase} attacked the village and burned ten houses.", "attacked")
    assert [(p.text, p.kind) for p in roles.perpetrators] == [(phrase, "rebel_group")]


def test_the_subject_of_a_relative_clause_is_its_doer() -> None:
    roles = _roles("troops are pursuing the armed group that killed five farmers on monday.", "killed")
    assert _texts(roles.perpetrators) == ["armed group"]
    assert _texts(roles.victims) == ["farmers"]


def test_those_harmed_in_a_relative_clause_are_no_doers() -> None:
    roles = _roles("the farmers who were killed on monday were buried today.", "killed")
    assert _texts(roles.perpetrators) == []


def test_who_reacts_named_with_whom_it_governs_is_no_doer() -> None:
    roles = _roles("the government of the northern province strongly condemns the murder of the judge.", "murder")
    assert _texts(roles.perpetrators) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "the army sustained nine dead and twelve wounded in the assault on the garrison.",
        "the rebels suffered forty dead in the fighting near the river.",
    ],
)
def test_who_sustained_the_losses_is_no_doer(sentence: str) -> None:
    assert _texts(_roles(sentence, "dead").perpetrators) == []
