"""Named victims read from lists and harm words: a massacre, the -ing form of a harm verb, the killers of someone,
names listed after a titled one, a time between the act and its victims, names with 'de la', and a couple."""

import pytest

from vigil.extract.roles import find_roles, load_roles


def _victims(sentence: str, trigger: str, type: str = "attack") -> list[str]:
    t0 = sentence.index(trigger)
    roles = find_roles(load_roles(), sentence, sentence=(0, len(sentence)), trigger=(t0, t0 + len(trigger)), type=type)
    return [v.text for v in roles.victims]


@pytest.mark.parametrize(
    ("sentence", "trigger", "names"),
    [
        (
            "the army denied any part in the massacre of juan lopez rey and ana ruiz gil.",
            "massacre",
            ["juan lopez rey", "ana ruiz gil"],
        ),
        ("the minister accused the rebels of murdering ana maria soto in her home.", "murdering", ["ana maria soto"]),
        (
            "police said the kidnappers of pedro lara gil demanded a ransom.",
            "kidnappers",
            ["pedro lara gil"],
        ),
        (
            "the army denied any part in the massacre of the jesuit priests ignacio perez, segundo lara, joaquin gil,"
            " and juan ramon soto.",
            "massacre",
            ["ignacio perez", "segundo lara", "joaquin gil", "juan ramon soto"],
        ),
        (
            "the government acted after the killings during the past three days of a judge, a police officer, and"
            " presidential hopeful luis perez gil, the minister said.",
            "killings",
            ["luis perez gil"],
        ),
        (
            "hitmen assassinated in less than two days, magistrate ana ruiz gil, police commander colonel pedro lara,"
            " and senator and presidential hopeful luis perez gil, who led the polls.",
            "assassinated",
            ["ana ruiz gil", "pedro lara", "luis perez gil"],
        ),
        (
            "the army said corporal carlos espinoza de la cruz was killed in the ambush.",
            "killed",
            ["carlos espinoza de la cruz"],
        ),
        (
            "unidentified persons kidnapped a young couple, silvia perez and victor ramos, as they left their home.",
            "kidnapped",
            ["silvia perez", "victor ramos"],
        ),
    ],
)
def test_named_victims_of_lists_and_harm_words(sentence: str, trigger: str, names: list[str]) -> None:
    type = "abduction_forced_disappearance" if "kidnap" in trigger else "attack"
    assert _victims(sentence, trigger, type) == names


@pytest.mark.parametrize(
    ("sentence", "trigger", "type", "names"),
    [
        (
            "early on 16 may, jesuit priests ignacio perez, rector of the university; ignacio lara gil, juan ramon"
            " soto, joaquin lopez y lopez, segundo montes (spaniards), and amando ruiz (salvadoran), were murdered.",
            "murdered",
            "attack",
            [
                "ignacio perez",
                "ignacio lara gil",
                "juan ramon soto",
                "joaquin lopez y lopez",
                "segundo montes",
                "amando ruiz",
            ],
        ),
        (
            "the rebels are holding u.s. citizens david lee kent and james ray doe, who were kidnapped in the city.",
            "kidnapped",
            "abduction_forced_disappearance",
            ["david lee kent", "james ray doe"],
        ),
        (
            "the embassy confirmed the release of tv journalist carlos mar tello who was kidnapped by guerrillas.",
            "kidnapped",
            "abduction_forced_disappearance",
            ["carlos mar tello"],
        ),
        (
            "the police said that policeman edison lara gil was kidnapped on his way home.",
            "kidnapped",
            "abduction_forced_disappearance",
            ["edison lara gil"],
        ),
        (
            "the injured are ana lopez, 53; jaime suarez, 24; nora beltran, 23; gloria carranza, 25; leon vitorino,"
            " 32; daniel mantilla, 26; maria martinez, 38; gladys paez; pedro ortiz, abel portillo, and carmen gil.",
            "injured",
            "attack",
            [
                "ana lopez",
                "jaime suarez",
                "nora beltran",
                "gloria carranza",
                "leon vitorino",
                "daniel mantilla",
                "maria martinez",
                "gladys paez",
                "pedro ortiz",
                "abel portillo",
                "carmen gil",
            ],
        ),
    ],
)
def test_every_name_of_a_list_of_victims(sentence: str, trigger: str, type: str, names: list[str]) -> None:
    assert _victims(sentence, trigger, type) == names


def test_names_listed_after_a_title_are_no_victims_by_themselves() -> None:
    sentence = "the jesuit priests ignacio perez, segundo lara and juan ramon soto spoke after the attack."
    assert _victims(sentence, "attack") == []


def test_a_new_clause_after_a_time_ends_the_victims() -> None:
    sentence = (
        "the union said that five judges have been killed in two months, and it asked to meet president jose lara."
    )
    assert _victims(sentence, "killed") == ["judges"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "names"),
    [
        (
            "we have just learned that dutch reporter cornell van dijk of a dutch radio station was killed today.",
            "killed",
            ["cornell van dijk"],
        ),
        (
            "we will first mention the assassinations that occurred in june in the port: eduardo lara, salomon gil,"
            " and dr ramon roberto soto.",
            "assassinations",
            ["eduardo lara", "salomon gil", "ramon roberto soto"],
        ),
        ("her driver was killed while ruiz himself was abducted by the rebels.", "abducted", []),
        ("they deplored the killing of human beings in the north.", "killing", []),
    ],
)
def test_named_victims_with_a_place_of_work_or_after_a_colon(sentence: str, trigger: str, names: list[str]) -> None:
    type = "abduction_forced_disappearance" if "abduct" in trigger else "attack"
    assert [v for v in _victims(sentence, trigger, type) if " " in v] == names


def _victims_of_first(text: str, trigger: str) -> list[str]:
    end = text.index(". ") + 1
    t0 = text.index(trigger)
    roles = find_roles(load_roles(), text, sentence=(0, end), trigger=(t0, t0 + len(trigger)), type="attack")
    return [v.text for v in roles.victims]


def test_the_victims_named_by_the_next_sentence() -> None:
    text = (
        "gunmen killed three farmers in the village on monday. the victims were identified as jose manuel rivera,"
        " pedro cortez gil, and luis forero linares."
    )
    assert _victims_of_first(text, "killed") == [
        "farmers",
        "jose manuel rivera",
        "pedro cortez gil",
        "luis forero linares",
    ]


@pytest.mark.parametrize(
    "after",
    [
        "the caller identified himself as juan carlos rivera.",
        "the mayor, jose manuel rivera, condemned the attack.",
        "a new report on the attacks of the last year in the north says the dead include jose manuel rivera.",
    ],
)
def test_the_next_sentence_names_no_victims_without_its_cue(after: str) -> None:
    assert _victims_of_first("gunmen killed three farmers in the village on monday. " + after, "killed") == ["farmers"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "type", "names"),
    [
        (
            "the group is holding u.s. citizens david lee kelly and james ray donnelly, who were kidnapped in may.",
            "kidnapped",
            "abduction_forced_disappearance",
            ["david lee kelly", "james ray donnelly"],
        ),
        (
            "daniel soto ruiz, assistant secretary of the ruling party was shot and killed on monday by gunmen.",
            "killed",
            "attack",
            ["daniel soto ruiz"],
        ),
        (
            "sources said that erika soto and chris lopez, a 26-year-old teacher at the school have been killed.",
            "killed",
            "attack",
            ["erika soto", "chris lopez"],
        ),
        (
            "also today in the main port on the coast, judge sofia de ramos was shot to death by gunmen.",
            "shot",
            "attack",
            ["sofia de ramos"],
        ),
        (
            "time was given so that antonio lara gil, spokesman of the party whose candidate was killed, could speak.",
            "killed",
            "attack",
            [],
        ),
    ],
)
def test_named_victims_with_an_apposition(sentence: str, trigger: str, type: str, names: list[str]) -> None:
    assert [v for v in _victims(sentence, trigger, type) if " " in v] == names


@pytest.mark.parametrize(
    ("sentence", "trigger", "victims"),
    [
        ("soldiers massacred the six jesuit priests and two women.", "massacred", ["jesuit priests", "women"]),
        ("gunmen assassinated ten labor leaders in the capital.", "assassinated", ["labor leaders"]),
        ("a bomb killed three people and wounded five civilians.", "killed", ["people", "civilians"]),
    ],
)
def test_victims_with_the_words_that_say_who_they_were(sentence: str, trigger: str, victims: list[str]) -> None:
    assert _victims(sentence, trigger) == victims


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "spaniard jose maria lopez, frenchman roberto lis, and italian dino rossi, who were at a hotel, were"
            " kidnapped by armed men.",
            ["jose maria lopez", "roberto lis", "dino rossi"],
        ),
        (
            "the chief ordered the kidnappings of alvaro diego mora, (son of the secretary general of the"
            " presidency) and patricia echeverri (sister of a minister) and her daughter.",
            ["alvaro diego mora", "patricia echeverri"],
        ),
    ],
)
def test_names_after_a_nationality_or_a_bracket(sentence: str, names: list[str]) -> None:
    assert _victims(sentence, "kidnapp", "abduction_forced_disappearance") == names


def test_names_between_dashes_before_a_passive_harm() -> None:
    sentence = "two of the victims -- silvia perez and her husband victor hugo ramos -- were abducted by eight men."
    assert _victims(sentence, "abducted", "abduction_forced_disappearance") == ["silvia perez", "victor hugo ramos"]


def test_a_list_of_things_before_a_dash_is_no_name() -> None:
    sentence = "an arsenal -- three rifles, dynamite, and propaganda material -- was seized by troops."
    assert _victims(sentence, "seized", "arrests") == []
