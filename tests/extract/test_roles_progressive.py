"""An auxiliary before a verb in -ing is the active progressive ("the army is bombing"), not the passive; the one
named after "when" in "killed when ..." is no one killed."""

from vigil.extract.roles import Roles, find_roles, load_roles


def _roles(sentence: str, trigger: str, type: str) -> Roles:
    t0 = sentence.index(trigger)
    return find_roles(load_roles(), sentence, sentence=(0, len(sentence)), trigger=(t0, t0 + len(trigger)), type=type)


def test_the_subject_of_a_progressive_verb_is_the_doer() -> None:
    roles = _roles("since dawn the air force is bombing the northern suburbs.", "bombing", "air_drone_strike")
    assert [p.text for p in roles.perpetrators] == ["air force"]
    assert roles.victims == [] or "air force" not in [v.text for v in roles.victims]


def test_the_subject_of_a_passive_verb_is_still_the_victim() -> None:
    roles = _roles("two soldiers were ambushed near the bridge.", "ambushed", "attack")
    assert [v.text for v in roles.victims] == ["soldiers"]


def test_who_came_when_people_were_killed_is_no_victim() -> None:
    text = "three farmers were killed when unidentified individuals entered the village."
    roles = _roles(text, "killed", "attack")
    assert "unidentified individuals" not in [v.text for v in roles.victims]
