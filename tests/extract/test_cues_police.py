"""Police as doers: the acts that make the police a perpetrator, and the wording that does not."""

from __future__ import annotations

from vigil.extract import Extractor
from vigil.extract.cues import load_cues
from vigil.extract.sentences import split_sentences
from vigil.records import Document, Mention


def _mentions(text: str) -> list[Mention]:
    return Extractor()(Document(text=text, source_id="t")).mentions


def _police(m: Mention) -> list[str]:
    return [p.text for p in m.perpetrators if p.kind == "police"]


def _doers(text: str) -> list[str]:
    return [text[a:b] for kind, (a, b) in load_cues().agents_in(text, start=0, end=len(text)) if kind == "police"]


def test_the_police_as_subject_of_an_act_are_its_doer() -> None:
    assert _doers("the police on tuesday lobbed tear gas shells at the crowd.") == ["police"]
    assert _doers("policemen had to open fire in the air near the mosque.") == ["policemen"]
    assert _doers("cops rounded up eleven youths after midnight.") == ["cops"]
    assert _doers("two companies of the crpf were rushed to the town.") == ["crpf"]


def test_a_passive_act_done_by_the_police_names_them() -> None:
    assert _doers("nine men were picked up late at night by the local police.") == ["police"]


def test_telling_and_other_subjects_end_the_stretch_to_the_act() -> None:
    assert _doers("police said a mob had set fire to the shops.") == []
    assert _doers("police officers reached later and found that rioters had killed four.") == ["police officers"]
    assert _doers("the policemen who on sunday fired at the crowd were suspended.") == ["policemen"]
    assert _doers("the police failed to stop the arsonists.") == []
    assert _doers("the police would arrest anyone found with a weapon.") == []


def test_a_police_measure_alone_is_a_mention_with_the_police_as_doer() -> None:
    [m] = _mentions("police patrolled the old quarter through the night and searched several houses.")
    assert m.type == "change_to_group_activity"
    assert _police(m) == ["police"]


def test_police_who_only_tell_are_not_perpetrators() -> None:
    [m] = _mentions("a mob torched twelve shops in the market on sunday, police said.")
    assert _police(m) == []


def test_police_firing_that_killed_is_a_killing_by_the_police() -> None:
    [m] = _mentions("a youth was killed when the police opened fire on a stone-throwing mob.")
    assert _police(m) == ["police"] and "killing" in m.violations


def test_lower_cased_text_under_a_capitalised_header_splits_into_sentences() -> None:
    text = (
        "This story is from March 3, 2009\n\nthe town stayed calm on monday. police patrolled the lanes near the "
        "market. shops opened for a few hours in the afternoon. schools are to reopen on wednesday, an official "
        "said. buses ran on most routes."
    )
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans][1:3] == [
        "the town stayed calm on monday.",
        "police patrolled the lanes near the market.",
    ]


def test_police_on_patrol_are_not_the_doers_of_a_killing_told_beside_it() -> None:
    text = "police were patrolling the lanes when a gang of men stabbed a shopkeeper to death."
    assert _doers(text) == ["police"]  # a measure, for an event of any type
    found = load_cues().agents_in(text, start=0, end=len(text), type_="attack")
    assert found == []


def test_tear_gas_shells_are_police_force_not_shelling() -> None:
    [m] = _mentions("the police lobbed tear gas shells at the stone-throwing crowd near the bus depot.")
    assert m.type == "protest_with_intervention" and _police(m) == ["police"]


def test_a_demanded_arrest_and_a_cardiac_arrest_are_not_arrests() -> None:
    assert not any(
        m.type == "arrests" for m in _mentions("the opposition leader demanded that the minister be arrested.")
    )
    assert not any(m.type == "arrests" for m in _mentions("the old judge died of a cardiac arrest on friday."))
    [m] = _mentions("police arrested six men near the station on sunday for questioning.")
    assert m.type == "arrests" and _police(m) == ["police"]


def test_an_arrest_not_made_is_no_detention() -> None:
    cues = load_cues()
    for text in (
        "the local police have not been able to arrest the two kidnappers.",
        "one cannot be arrested on suspicion alone, the minister said.",
        "nobody was arrested after the march, officials said.",
    ):
        assert "arbitrary_detention" not in cues.violations_of("attack", text), text
    assert "arbitrary_detention" in cues.violations_of("attack", "four men were arrested after the clash.")


def test_feared_plans_and_locked_gates_are_not_arrests() -> None:
    assert not any(
        m.type == "arrests" for m in _mentions("the letter apprehended that the marchers would gather again.")
    )
    assert not any(
        m.type == "arrests" for m in _mentions("the gate used by the buses has been locked up since monday.")
    )


def test_the_killing_an_arrest_is_made_for_is_not_a_killing_by_the_police() -> None:
    [m] = _mentions("police arrested three men on monday for the murder of a trader.")
    assert m.type == "arrests" and _police(m) == ["police"]
    # nor an arbitrary detention: the arrest of the suspects of a murder is police work
    assert "killing" not in m.violations and "arbitrary_detention" not in m.violations


def test_police_who_arrest_the_suspects_of_a_bombing_are_not_its_bombers() -> None:
    [m] = _mentions("Police arrested ten people suspected of having detonated a car bomb at the bank in Tolva.")
    assert m.type == "remote_explosive_landmine_ied" and _police(m) == []
    [n] = _mentions("Police arrested 14 opposition activists in Tarn on Friday.")
    assert n.type == "arrests" and _police(n) == ["Police"]
