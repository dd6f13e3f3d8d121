"""Role phrases as written: names after titles and in lists, doers with their count, targets with their
modifiers and owners, weapons by their longest name and not when seized."""

from vigil.extract.roles import Roles, find_roles, load_roles


def _roles(sentence: str, trigger: str, type: str = "attack") -> Roles:
    t0 = sentence.index(trigger)
    return find_roles(load_roles(), sentence, sentence=(0, len(sentence)), trigger=(t0, t0 + len(trigger)), type=type)


def _texts(items: list) -> list[str]:  # type: ignore[type-arg]
    return [x.text for x in items]


def test_a_name_after_a_title_and_a_comma_loses_the_title() -> None:
    roles = _roles("the killing of the opposition candidate, tomas vidal ruiz, shocked the town.", "killing")
    assert "tomas vidal ruiz" in _texts(roles.victims)


def test_stacked_titles_are_passed_over() -> None:
    roles = _roles("a bomb went off in the attack against bureau director brigadier general ana ruiz gomez.", "attack")
    assert "ana ruiz gomez" in _texts(roles.victims)


def test_names_listed_after_a_harm_word_are_all_victims() -> None:
    roles = _roles(
        "the murders of pedro lara, colonel ines soto mejia, and senator raul peña vidal were condemned.", "murders"
    )
    assert {"pedro lara", "ines soto mejia", "raul peña vidal"} <= set(_texts(roles.victims))


def test_a_name_before_an_apposition_and_a_passive_harm_word() -> None:
    roles = _roles("marta olivo paz, 45, a local teacher, was shot dead on monday.", "shot")
    assert _texts(roles.victims) == ["marta olivo paz"]


def test_coordinated_names_before_a_passive_harm_word() -> None:
    roles = _roles(
        "ana gil rojas and mario luna were kidnapped near the farm.", "kidnapped", "abduction_forced_disappearance"
    )
    assert set(_texts(roles.victims)) == {"ana gil rojas", "mario luna"}


def test_a_possessive_word_is_no_part_of_a_name() -> None:
    roles = _roles("gunmen killed the guard of jorge arce's house.", "killed")
    assert "jorge arce's" not in _texts(roles.victims)


def test_doers_keep_their_count_and_group_as_written() -> None:
    two = _roles("the bomb was planted by two individuals who fled.", "planted", "remote_explosive_landmine_ied")
    group = _roles("a group of armed men kidnapped the engineer.", "kidnapped", "abduction_forced_disappearance")
    assert _texts(two.perpetrators) == ["two individuals"]
    assert _texts(group.perpetrators) == ["group of armed men"]


def test_an_actor_word_before_a_target_noun_is_no_actor() -> None:
    roles = _roles("rebels set fire to two government vehicles on the highway.", "set fire")
    assert "government" not in _texts(roles.victims) + _texts(roles.perpetrators)


def test_the_force_flying_the_aircraft_is_the_doer() -> None:
    roles = _roles("the village was strafed by air force helicopters.", "strafed", "air_drone_strike")
    assert _texts(roles.perpetrators) == ["air force"]


def test_target_phrases_keep_noun_modifiers_and_owners() -> None:
    banks = _roles("bombs damaged seven bank branch offices overnight.", "bombs", "remote_explosive_landmine_ied")
    home = _roles("rebels attacked the home of judge rita mora, a critic of the army.", "attacked")
    assert _texts(banks.targets) == ["bank branch offices"]
    assert _texts(home.targets) == ["home of judge rita mora"]


def test_weapons_by_their_longest_name() -> None:
    roles = _roles("an explosive device destroyed the car.", "destroyed", "remote_explosive_landmine_ied")
    assert _texts(roles.weapons) == ["explosive device"]


def test_weapons_listed_as_seized_are_not_used() -> None:
    roles = _roles(
        "after the attack troops confiscated 10 rifles, 6 pistols, 2 machineguns and a grenade launcher.", "attack"
    )
    assert roles.weapons == []


def test_the_subject_of_another_violent_verb_of_the_sentence_is_a_doer() -> None:
    roles = _roles(
        "heavy fighting raged last night when members of the red river liberation front (rrlf) attacked a substation.",
        "fighting",
        "armed_clash",
    )
    assert _texts(roles.perpetrators) == ["rrlf"]


def test_an_acronym_between_commas_names_the_doer() -> None:
    roles = _roles(
        "the northern liberation army, nla, set fire to two trucks.", "set fire", "looting_property_destruction"
    )
    assert _texts(roles.perpetrators) == ["nla"]


def test_who_keeps_people_from_leaving_is_a_doer_whatever_the_event() -> None:
    roles = _roles(
        "the truce has collapsed and allied militias on the ground are preventing families from leaving the city.",
        "truce",
        "agreement",
    )
    assert _texts(roles.perpetrators) == ["allied militias"]


def test_a_name_given_as_one_of_the_victims() -> None:
    roles = _roles("the massacre of five farm workers, including ramon ortiz bello, was denounced.", "massacre")
    assert "ramon ortiz bello" in _texts(roles.victims)


def test_the_victim_of_an_attack_after_an_apposition() -> None:
    roles = _roles("yesterday, ana lucia prado, the opposition candidate, was the victim of an attack.", "attack")
    assert "ana lucia prado" in _texts(roles.victims)


def test_the_owner_of_an_attacked_home_was_targeted() -> None:
    roles = _roles("gunmen attacked the residence of senator pablo ruiz vega last night.", "attacked")
    assert _texts(roles.targets) == ["residence of senator pablo ruiz vega"]
    assert "pablo ruiz vega" in _texts(roles.victims)


def test_a_body_of_a_named_person() -> None:
    roles = _roles("the body of teacher elena sosa was found after the massacre.", "massacre")
    assert "elena sosa" in _texts(roles.victims)


def test_names_in_apposition_to_a_victim_group() -> None:
    roles = _roles("soldiers killed two local reporters, nestor pinto and gloria ruiz, at a checkpoint.", "killed")
    assert {"nestor pinto", "gloria ruiz"} <= set(_texts(roles.victims))


def test_a_titled_name_coordinated_with_a_victim_group() -> None:
    roles = _roles("union leader marta gil and seven other people were killed.", "killed")
    assert "marta gil" in _texts(roles.victims)


def test_three_coordinated_names_before_a_passive_harm_word() -> None:
    roles = _roles(
        "tomas rey, luis ortega and ana maria sol were kidnapped on the road.",
        "kidnapped",
        "abduction_forced_disappearance",
    )
    assert {"tomas rey", "luis ortega", "ana maria sol"} <= set(_texts(roles.victims))


def test_who_repelled_or_investigates_an_attack_did_not_do_it() -> None:
    repelled = _roles("the attack on the barracks was repelled by the army.", "attack")
    probing = _roles("the authorities are investigating the attack on the bank.", "attack")
    assert "army" not in _texts(repelled.perpetrators)
    assert _texts(probing.perpetrators) == []


def test_a_singular_actor_word_before_a_group_name_is_its_adjective() -> None:
    roles = _roles("maoist rebels killed the mayor.", "killed")
    assert _texts(roles.perpetrators) == ["rebels"]


def test_a_government_commission_is_no_doer() -> None:
    roles = _roles("a government commission investigating the murders met the witnesses.", "murders")
    assert _texts(roles.perpetrators) == []


def test_those_responsible_far_from_an_actor_leave_it_out() -> None:
    roles = _roles(
        "the government has offered a large reward to anyone who finds those responsible for the killings.", "killings"
    )
    assert "government" not in _texts(roles.perpetrators)
