"""Violations read from an event's sentence: the wording that names no act done in this event."""

from __future__ import annotations

from vigil.extract.cues import load_cues


def _violations(sentence: str, type_: str = "attack") -> list[str]:
    return load_cues().violations_of(type_, sentence)


def test_an_act_told_gives_its_violation() -> None:
    assert _violations("Soldiers tortured the teacher for two days.") == ["torture"]
    assert _violations("The lawyer was kidnapped outside her office.") == ["kidnapping"]
    assert _violations("Gunmen shot dead a farmer near the well.") == ["killing"]


def test_a_risk_fear_threat_or_attempt_gives_none() -> None:
    assert _violations("Reporters who speak out are at risk of torture.") == []
    assert _violations("The guards threatened to beat, torture and kill him.") == []
    assert _violations("Police foiled an attempted kidnapping of the mayor.") == []
    assert _violations("Activists fear they may be killed if they return.") == []
    assert _violations("The deportees are facing torture at home.") == []


def test_an_institution_law_or_ban_gives_none() -> None:
    assert _violations("The Committee against Torture asked for a visit.") == []
    assert _violations("A national body for the prevention of torture inspected the cells.") == []
    assert _violations("The new code makes insulting officials punishable by imprisonment.") == []


def test_a_negation_or_a_list_of_abuses_gives_none() -> None:
    assert _violations("The army said the singer was not tortured.") == []
    assert _violations("The report lists violations such as torture by the guards.") == []


def test_a_voided_word_leaves_the_others() -> None:
    assert _violations("He was tortured in a cell and later feared he may be killed.") == ["torture"]


def test_the_arrest_of_suspects_of_a_crime_is_no_arbitrary_detention() -> None:
    assert _violations("Police arrested four suspects after the robbery.", "arrests") == []
    assert _violations("Two men were detained in connection with the murder of a trader.", "arrests") == []
    assert "arbitrary_detention" not in _violations("The kidnap suspects were arrested at a hideout.", "arrests")


def test_the_arrest_of_a_critic_stays_an_arbitrary_detention() -> None:
    assert _violations("Police arrested the blogger over a post about the governor.", "arrests") == [
        "arbitrary_detention"
    ]
    assert _violations("The union leader was detained for three days as a suspect.", "arrests") == [
        "arbitrary_detention"
    ]


def test_a_missing_person_is_no_enforced_disappearance() -> None:
    assert _violations("The girl disappeared from her home in May.", "abduction_forced_disappearance") == []
    assert _violations("The families of the disappeared marched.", "abduction_forced_disappearance") == []


def test_a_disappearance_with_the_state_or_a_hidden_place_is_enforced() -> None:
    ed = "enforced_disappearance"
    assert ed in _violations("Two critics have disappeared, apparently detained by the secret police.")
    assert ed in _violations("Soldiers abducted and disappeared two students.")
    assert ed in _violations("Hundreds of unionists were “disappeared” that year.")
    assert ed in _violations("The poet was taken to an undisclosed location.")
    assert ed in _violations("Her whereabouts remain unknown.")
