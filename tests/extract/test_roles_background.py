"""Actors a sentence names around an act without doing it: sources, addressees, owners and those who react."""

from vigil.extract.roles import Roles, find_roles, load_roles


def _roles(sentence: str, trigger: str, type: str) -> Roles:
    t0 = sentence.index(trigger)
    return find_roles(load_roles(), sentence, sentence=(0, len(sentence)), trigger=(t0, t0 + len(trigger)), type=type)


def _doers(sentence: str, trigger: str, type: str = "abduction_forced_disappearance") -> list[str]:
    return [p.text for p in _roles(sentence, trigger, type).perpetrators]


def test_an_institution_that_reacts_to_a_kidnapping_is_no_doer() -> None:
    assert _doers("the government today deplored the kidnapping of a local teacher.", "kidnapping") == []
    assert _doers("the authorities believe the kidnapping was meant to raise money.", "kidnapping") == []
    assert _doers("army troops rescued the hostages after the kidnapping.", "kidnapping") == []


def test_the_source_of_a_figure_is_no_doer() -> None:
    text = "eighty people were kidnapped last month, according to figures of the national police."
    assert _doers(text, "kidnapped") == []


def test_an_addressee_or_an_owner_is_no_doer() -> None:
    assert _doers("after the kidnapping the two drivers were handed over to the local authorities.", "kidnapping") == []
    assert _doers("the minister said his government knows nothing of the kidnapping.", "kidnapping") == []
    assert _doers("the detained men are being held in police quarters.", "detained", "arrests") == []


def test_an_armed_actor_of_the_sentence_is_still_the_fallback_doer() -> None:
    text = "after the kidnapping of the engineers, rebels released two of them on the highway."
    assert _doers(text, "kidnapping") == ["rebels"]


def test_a_counter_action_by_the_police_makes_no_doer() -> None:
    text = "a bomb left at the bank was defused today by the police."
    assert _doers(text, "bomb", "remote_explosive_landmine_ied") == []


def test_a_negated_actor_is_no_doer() -> None:
    text = "no rebel group has claimed responsibility for the bombing of the bank."
    assert _doers(text, "bombing", "remote_explosive_landmine_ied") == []
    numbered = "on monday detachment no 4 guerrillas bombed the bank."
    assert _doers(numbered, "bombed", "remote_explosive_landmine_ied") != []


def test_who_arrested_the_suspects_of_a_bombing_is_no_doer_of_it() -> None:
    text = "police yesterday arrested four men suspected of having planted the bomb at the market."
    assert "police" not in _doers(text, "planted", "remote_explosive_landmine_ied")
