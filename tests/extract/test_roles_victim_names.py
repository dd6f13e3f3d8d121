"""Named victims in lower-cased wording: possessives, titles with their adjectives, dates or places before 'of',
and appositions with brackets."""

import pytest

from vigil.extract.roles import find_roles, load_roles


def _victims(sentence: str, trigger: str, type: str = "attack") -> list[str]:
    t0 = sentence.index(trigger)
    roles = find_roles(load_roles(), sentence, sentence=(0, len(sentence)), trigger=(t0, t0 + len(trigger)), type=type)
    return [v.text for v in roles.victims]


@pytest.mark.parametrize(
    ("sentence", "trigger", "name"),
    [
        (
            "the president condemned the murder of political analyst pedro lara gil on sunday.",
            "murder",
            "pedro lara gil",
        ),
        ("they recalled the killing of retired general tomas vera on the highway.", "killing", "tomas vera"),
        (
            "the assassination on 22 march of luis perez gil forced the party to withdraw.",
            "assassination",
            "luis perez gil",
        ),
        ("the 7 january assassination in the capital of juan lopez rey was denied.", "assassination", "juan lopez rey"),
        ("ramon diaz ortega's murder was condemned by the deputies.", "murder", "ramon diaz ortega"),
        ("the minister has denounced carlos ruiz leon' assassination.", "assassination", "carlos ruiz leon"),
        (
            "engineer john smith jones (name as received), kidnapped by rebels, lives here.",
            "kidnapped",
            "john smith jones",
        ),
        (
            "pedro lara gil, coordinator of the unity party (up) in the north, was gunned down today.",
            "gunned",
            "pedro lara gil",
        ),
    ],
)
def test_named_victims_in_lower_cased_wording(sentence: str, trigger: str, name: str) -> None:
    assert name in _victims(sentence, trigger)


def test_an_adjective_alone_is_no_title() -> None:
    assert _victims("the murder of political leaders shocked the country.", "murder") == ["political leaders"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "names"),
    [
        (
            "among the injured here are pedro lopez gil, 53; jaime ruiz paz, 24; ana maria vera, 23.",
            "injured",
            ["pedro lopez gil", "jaime ruiz paz", "ana maria vera"],
        ),
        (
            "the following policemen died in combat: major carlos farfan lara, captain walter moscoso paz.",
            "combat",
            ["carlos farfan lara", "walter moscoso paz"],
        ),
        (
            "the rebels fled, taking as hostages engineers paulo cesar lima de oliveira and jose roberto reis.",
            "hostages",
            ["paulo cesar lima de oliveira", "jose roberto reis"],
        ),
    ],
)
def test_listed_victims(sentence: str, trigger: str, names: list[str]) -> None:
    found = _victims(sentence, trigger, "abduction_forced_disappearance" if "hostages" in sentence else "attack")
    assert all(n in found for n in names)


@pytest.mark.parametrize(
    ("sentence", "trigger", "names"),
    [
        (
            "priests luis perez, segundo ruiz gil, and joaquin lopez, the first two foreigners, were killed on sunday.",
            "killed",
            ["luis perez", "segundo ruiz gil", "joaquin lopez"],
        ),
        (
            "ruben zamora gil, leader of the movement, was unharmed following a bomb attack.",
            "attack",
            ["ruben zamora gil"],
        ),
        (
            "the murdered inspector was identified as gustavo ropero navarro, 22.",
            "murdered",
            ["gustavo ropero navarro"],
        ),
        (
            "ambassador jesus fernandez and two officials are being held hostage by gunmen.",
            "hostage",
            ["jesus fernandez"],
        ),
    ],
)
def test_more_named_victims(sentence: str, trigger: str, names: list[str]) -> None:
    found = _victims(sentence, trigger, "abduction_forced_disappearance" if "hostage" in sentence else "attack")
    assert all(n in found for n in names)


def test_a_title_in_apposition_is_the_named_victims_description() -> None:
    assert _victims("juan gil, the mayor of the town, was killed on sunday.", "killed") == ["juan gil"]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("as far as the death penalty goes, it will not solve the crime problem.", "death"),
        ("relatives of the murder victims went to the police office.", "murder"),
        ("the assassination of bishop tomas vera took place on 2 may.", "assassination"),
        ("the rebels had killed luis gil because they took him for a spy.", "killed"),
    ],
)
def test_verbs_after_a_name_are_no_part_of_it(sentence: str, trigger: str) -> None:
    assert not any(v.endswith(("goes", "went", "took", "because")) for v in _victims(sentence, trigger))


def test_a_dash_ends_a_name() -> None:
    assert "tomas vera lara" in _victims(
        "the murder of general tomas vera lara--which was condemned--shocked all.", "murder"
    )


@pytest.mark.parametrize(
    ("sentence", "trigger", "names"),
    [
        (
            "the judge identified the dead men as salvador bonilla, 38, and jose antonio marquez, 42.",
            "dead",
            ["salvador bonilla", "jose antonio marquez"],
        ),
        ("diego morales, leader of the peasant federation, is seriously injured.", "injured", ["diego morales"]),
        (
            "jecar antonio neghme, 28, leader of the movement of the left, mol, died when he was hit in an attack.",
            "attack",
            ["jecar antonio neghme"],
        ),
    ],
)
def test_identified_and_appositions(sentence: str, trigger: str, names: list[str]) -> None:
    assert _victims(sentence, trigger) == names


def test_an_occupation_before_names_reads_them_as_victims() -> None:
    victims = _victims("soldiers murdered peasants tomas gil rey and luis vera on the farm.", "murdered")
    assert "tomas gil rey" in victims and "luis vera" in victims


def test_the_one_arrested_is_named_in_an_arrest_but_not_in_an_attack() -> None:
    arrest = "the army confirmed the capture of luis vera gil near the border."
    assert "luis vera gil" in _victims(arrest, "capture", "arrests")
    attack = "a judge revoked the warrant for the arrest of luis vera gil, linked to the massacres."
    assert "luis vera gil" not in _victims(attack, "massacres", "attack")


def test_plural_nationalities_and_places_are_no_names() -> None:
    victims = _victims("the attack on central america shocked countless colombians, he said.", "attack")
    assert "central america" not in victims and "countless colombians" not in victims


def test_every_named_victim_of_a_long_list_is_kept() -> None:
    names = ["ana lopez", "boris vela", "carla ruiz", "dario mena", "elena soto", "fabio rey", "gina paz", "hugo lara"]
    sentence = f"among the dead are {', '.join(names[:-1])} and {names[-1]}, killed when gunmen fired on the bus."
    assert _victims(sentence, "killed") == names  # not only the first six
