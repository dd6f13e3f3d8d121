"""One person, one filler: a named victim is reported by the fullest form of the name its report gives."""

from vigil.extract.roles import find_roles, load_roles
from vigil.records import Actor


def _victims(text: str, sentence: str, trigger: str, type: str = "attack") -> list[Actor]:
    s0 = text.index(sentence)
    t0 = text.index(trigger, s0)
    roles = find_roles(
        load_roles(), text, sentence=(s0, s0 + len(sentence)), trigger=(t0, t0 + len(trigger)), type=type
    )
    return roles.victims


def test_a_short_name_is_reported_by_the_full_name_given_earlier() -> None:
    text = (
        "health minister jose antonio ruiz perez spoke at the opening of the clinic. "
        "on monday, ruiz perez was shot by gunmen at his home."
    )
    victims = _victims(text, "on monday, ruiz perez was shot by gunmen at his home.", "shot")
    assert [v.text for v in victims] == ["jose antonio ruiz perez"]
    span = victims[0].span
    assert span is not None and text[span[0] : span[1]] == "jose antonio ruiz perez"


def test_short_and_full_name_in_one_sentence_are_one_victim() -> None:
    text = "gunmen shot mayor ana lucia gil vera on monday; gil vera died in hospital."
    victims = _victims(text, text, "shot")
    assert [v.text for v in victims] == ["ana lucia gil vera"]


def test_a_fuller_run_after_a_verb_is_no_name() -> None:
    text = (
        "the rebels had threatened to assassinate tomas vera ortiz. "
        "a car bomb wounded vera ortiz and his driver on friday."
    )
    victims = _victims(text, "a car bomb wounded vera ortiz and his driver on friday.", "wounded")
    assert "vera ortiz" in [v.text for v in victims]


def test_a_name_given_once_stays_as_it_is() -> None:
    text = "the kidnapping of engineer luis gil rey was confirmed by the company."
    victims = _victims(text, text, "kidnapping", "abduction_forced_disappearance")
    assert [v.text for v in victims] == ["luis gil rey"]


def test_a_capitalised_short_name_takes_the_full_name_less_its_title() -> None:
    text = "Health Minister Jose Antonio Ruiz Perez opened the clinic. On Monday, Ruiz Perez was shot by gunmen."
    victims = _victims(text, "On Monday, Ruiz Perez was shot by gunmen.", "shot")
    assert [v.text for v in victims] == ["Jose Antonio Ruiz Perez"]


def test_a_name_takes_the_last_name_given_with_it_elsewhere() -> None:
    text = (
        "party candidate tomas vera ortiz, who led the polls, spoke on sunday. "
        "on monday, tomas vera was shot by gunmen at a rally."
    )
    victims = _victims(text, "on monday, tomas vera was shot by gunmen at a rally.", "shot")
    assert [v.text for v in victims] == ["tomas vera ortiz"]


def test_a_word_that_goes_on_the_sentence_is_no_last_name() -> None:
    text = "leader tomas vera sought talks. on monday, tomas vera was shot by gunmen at a rally."
    victims = _victims(text, "on monday, tomas vera was shot by gunmen at a rally.", "shot")
    assert [v.text for v in victims] == ["tomas vera"]
