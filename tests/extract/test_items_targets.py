"""Physical targets and weapons of an event (roles_items, data/items.yaml), with sentences written for the tests."""

from __future__ import annotations

import pytest

from vigil.extract.extractor import Extractor
from vigil.extract.roles import load_roles
from vigil.extract.roles_items import find_targets, find_weapons, named_again
from vigil.records import Document, Item


def _targets(text: str, trigger: str) -> list[str]:
    lex = load_roles()
    t0 = text.index(trigger)
    found = find_targets(
        text,
        heads=lex.targets,
        modifiers=lex.target_modifiers,
        sentence=(0, len(text)),
        trigger=(t0, t0 + len(trigger)),
        taken=[],
    )
    return [i.text for i in found]


def _weapons(text: str) -> list[str]:
    return [i.text for i in find_weapons(text, heads=load_roles().weapons, sentence=(0, len(text)))]


@pytest.mark.parametrize("case", [str, str.lower])
def test_damage_wording_names_the_target(case):
    text = case("A bomb exploded at dawn and caused heavy damage to at least four shops in Rio Claro.")
    assert "shops" in _targets(text, case("exploded"))


@pytest.mark.parametrize("case", [str, str.lower])
def test_part_of_a_building_gives_the_building(case):
    text = case("The blast shattered the windows of the Marvella Hotel and hurt two guards.")
    assert any(t.lower().endswith("hotel") for t in _targets(text, case("blast")))


def test_set_on_fire_around_the_objects():
    text = "rebels set two schools and several houses on fire before dawn."
    found = _targets(text, "set")
    assert "schools" in found and "houses" in found


def test_bomb_placed_in_front_of_a_building():
    text = "the explosive was placed in front of the telephone exchange in the north of the city."
    assert _targets(text, "explosive") == ["telephone exchange"]


def test_hospital_where_the_wounded_were_taken_is_no_target():
    text = "three people were wounded in the blast and were taken to the hospital in Ostrava."
    assert _targets(text, "blast") == []


def test_car_of_car_bomb_is_no_target():
    text = "a car bomb exploded near the market, killing five people."
    assert "car" not in _targets(text, "exploded")


def test_new_heads_from_the_item_lexicon():
    text = "guerrillas dynamited the Santa Rita monastery and a shopping mall on sunday."
    found = _targets(text, "dynamited")
    assert any("monastery" in t for t in found) and any("mall" in t for t in found)


@pytest.mark.parametrize("case", [str, str.lower])
def test_weapon_phrase_keeps_its_modifiers(case):
    text = case("Attackers set off a powerful bomb and 20 kg of dynamite, then fired 9-mm pistols.")
    assert _weapons(text) == [case("powerful bomb"), case("dynamite"), case("9-mm pistols")]


def test_weapon_naming_an_attack_is_bare():
    assert _weapons("there were two powerful bomb attacks in the port on friday.") == ["bomb"]


def test_count_is_not_part_of_the_weapon():
    assert _weapons("unknown men threw three grenades at the bus.") == ["grenades"]


@pytest.mark.parametrize(
    "text",
    [
        "bomb experts defused the device left outside the school.",
        "the station received a bomb threat and was evacuated.",
        "the artillery brigade was attacked at night.",
        "the victim had two bullet wounds in the chest.",
        "the rocket-firing helicopter flew over the area during the attack.",
        "the debt is a time bomb for the country, the minister said after the attack.",
        "they continue to bomb the villages, the rebels said.",
        "the Drone Organisation of the guard was formed after the attack, the general said.",
        "a chemical weapons watchdog said the attack was under study.",
    ],
)
def test_weapon_words_that_name_something_else(text):
    assert _weapons(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "the firm sold cluster bombs to a foreign army before the attack.",
        "the helicopters, fitted with rockets, attacked the hill.",
        "police dogs trained to detect explosives searched the embassy after the blast.",
        "the militia buys parts for drones abroad, the report on the attack said.",
    ],
)
def test_weapons_traded_fitted_or_searched_for_are_not_used(text):
    assert _weapons(text) == []


def test_weapon_named_again_is_listed_once():
    assert _weapons("two homemade bombs exploded at the bank; the bombs were left in a bag.") == ["homemade bombs"]
    assert named_again(Item(text="the bomb", span=None), [Item(text="car bomb", span=None)])
    assert not named_again(Item(text="car bomb", span=None), [Item(text="bomb", span=None)])


def test_merged_sentences_list_a_weapon_once():
    text = (
        "A powerful bomb exploded at the Central Bank branch in Vesna on Monday, police said. "
        "The bomb destroyed the building and wounded three guards."
    )
    mentions = Extractor()(Document(id="items-merge", source_id="test", text=text)).mentions
    weapons = [w.text for m in mentions for w in m.weapons]
    assert weapons.count("powerful bomb") == 1 and "bomb" not in weapons


@pytest.mark.parametrize("case", [str, str.lower])
def test_craft_as_the_means_is_no_target(case):
    text = case("Air Force helicopters strafed the camp and bombs dropped from planes hit two houses.")
    found = _targets(text, case("strafed"))
    assert not any("helicopter" in t.lower() or "plane" in t.lower() for t in found)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Rebels blew up a public bus north of Tarsa on Sunday; nobody was hurt.", "public bus"),
        ("Guerrillas sabotaged a power substation in Lerma overnight.", "power substation"),
        ("Insurgents destroyed at least six power transmission towers near Orla.", "power transmission towers"),
        ("Two men machinegunned the judge's car outside the court in Vardo.", "judge's car"),
        ("Urban commandos bombed two electricity facilities in Pella.", "electricity facilities"),
        ("Rebels destroyed a public telephone booth near the square.", "public telephone booth"),
    ],
)
def test_blowing_up_and_sabotage_are_events_with_targets(text, target):
    for t in (text, text.lower()):
        mentions = Extractor()(Document(id="items-sabotage", source_id="test", text=t)).mentions
        assert target in [i.text.lower() for m in mentions for i in m.targets]


@pytest.mark.parametrize("case", [str, str.lower])
def test_area_where_a_bomb_went_off_is_no_target(case):
    text = case("A bomb exploded in the Santa Lucia neighborhood, near the post office.")
    found = _targets(text, case("exploded"))
    assert not any("neighborhood" in t.lower() for t in found)
    assert any("post office" in t.lower() for t in found)


def test_damage_is_no_target_and_a_title_is_no_building():
    text = "the blast caused minor property damage to two shops."
    assert _targets(text, "blast") == ["shops"]
    text = "gunmen machinegunned former supreme court president ana ruiz in her car."
    assert "former supreme court" not in _targets(text, "machinegunned")


@pytest.mark.parametrize("case", [str, str.lower])
def test_target_told_damaged_after_its_phrase(case):
    text = case("Two vehicles were destroyed and a farm office was heavily damaged in Lorca.")
    mentions = Extractor()(Document(id="items-passive", source_id="test", text=text)).mentions
    found = [i.text.lower() for m in mentions for i in m.targets]
    assert "vehicles" in found


def test_hospital_the_wounded_were_carried_to_is_no_target_but_the_bank_hit_is():
    text = "the bomb went off at a bank branch in Soria and medics took the wounded to Santa Ana hospital."
    assert _targets(text, "bomb") == ["bank branch"]


def test_the_conjuncts_before_a_damaged_target_are_targets_too() -> None:
    text = "one administrative office, one bus, and one electrical transformer were damaged by the explosion."
    assert _targets(text, "explosion") == ["administrative office", "bus", "electrical transformer"]


def test_an_owner_named_with_its_own_of_phrase_is_read_whole() -> None:
    text = "a truck bomb exploded outside the headquarters of the department of public security on friday."
    assert _targets(text, "exploded") == ["headquarters of the department of public security"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "gunmen attacked the union building in the capital, wounding two guards and destroying the building.",
            "attacked",
            ["union building"],
        ),
        ("a bomb destroyed the building on tuesday night.", "destroyed", ["building"]),
        (
            "rebels bombed a bank and destroyed the building of the court.",
            "bombed",
            ["bank", "building of the court"],
        ),
    ],
)
def test_a_generic_word_for_a_target_named_before_is_left_out(text: str, trigger: str, expected: list[str]) -> None:
    assert _targets(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "a guard was killed when dynamite exploded at the headquarters of the new democratic party last night.",
            "exploded",
            ["headquarters of the new democratic party"],
        ),
        (
            "rebels attacked the barracks of the 3d infantry brigade in the capital.",
            "attacked",
            ["barracks of the 3d infantry brigade"],
        ),
        ("rebels bombed the offices of a farmers union in the north.", "bombed", ["offices of a farmers union"]),
        ("rebels burned the home of 12 teachers.", "burned", ["home"]),
    ],
)
def test_the_owner_of_a_target_with_its_article_and_adjectives(text: str, trigger: str, expected: list[str]) -> None:
    assert _targets(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("the college's two deans were murdered last week.", "murdered", []),
        ("a bomb exploded at the institute's main entrance.", "exploded", ["institute"]),
        ("a bomb exploded in the hotel's parking lot.", "exploded", ["hotel's parking lot"]),
        ("rebels attacked the labor federation's building.", "attacked", ["labor federation's building"]),
    ],
)
def test_a_target_named_as_an_owner(text: str, trigger: str, expected: list[str]) -> None:
    assert _targets(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("raids and the burning of a paper mill took place in the north.", "raids", ["paper mill"]),
        ("the city went dark after the destruction of three power pylons.", "dark", ["power pylons"]),
    ],
)
def test_a_target_after_the_noun_of_a_damaging_act(text: str, trigger: str, expected: list[str]) -> None:
    assert _targets(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("the blast caused damage to nearby shops and several cars.", "damage", ["nearby shops", "cars"]),
        ("rebels attacked the local police post at dawn.", "attacked", ["local police post"]),
        (
            "gunmen attacked the home of retired general ana ruiz gil.",
            "attacked",
            ["home of retired general ana ruiz gil"],
        ),
        ("a bomb went off at a branch office of the daily la voz.", "went off", ["branch office of the daily la voz"]),
    ],
)
def test_the_words_a_target_is_read_with(text: str, trigger: str, expected: list[str]) -> None:
    assert _targets(text, trigger) == expected


def test_a_target_is_not_read_back_over_a_verb() -> None:
    found = _targets("residents of the affected areas told local radio stations that shots were fired.", "fired")
    assert not any("told" in t for t in found)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "rebels placed bombs in three shops in the old town; namely, a bar, a hotel and a bank.",
            "placed",
            ["shops", "bar", "hotel", "bank"],
        ),
        ("several power poles were brought down in the north.", "down", ["power poles"]),
        ("the priest said that the library was burned.", "burned", ["library"]),
        ("a bomb went off in an alley and destroyed windows and water pipes.", "went off", ["water pipes"]),
    ],
)
def test_targets_named_after_their_kind_and_more_heads(text: str, trigger: str, expected: list[str]) -> None:
    assert _targets(text, trigger) == expected
