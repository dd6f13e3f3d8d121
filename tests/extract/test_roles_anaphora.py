"""Doers named by their act alone ("the killers") give way to doers named for who they are."""

from vigil.extract.extractor import Extractor
from vigil.extract.roles import find_roles, load_roles
from vigil.extract.roles_anaphora import informative_doers
from vigil.records import Actor, Document


def test_the_killers_beside_the_named_doers_are_left_out() -> None:
    lexicon = load_roles()
    doers = [Actor(text="the killers"), Actor(text="urban guerrillas"), Actor(text="those responsible")]
    assert [a.text for a in informative_doers(lexicon, doers)] == ["urban guerrillas"]


def test_the_killers_alone_stay_the_doers() -> None:
    lexicon = load_roles()
    doers = [Actor(text="the killers"), Actor(text="unidentified attackers")]
    assert [a.text for a in informative_doers(lexicon, doers)] == ["the killers", "unidentified attackers"]


def test_a_sentence_naming_both_keeps_who_did_it() -> None:
    text = "the kidnappers, rebels of the northern front, seized two engineers at the dam."
    t0 = text.index("seized")
    roles = find_roles(
        load_roles(), text, sentence=(0, len(text)), trigger=(t0, t0 + 6), type="abduction_forced_disappearance"
    )
    texts = [p.text for p in roles.perpetrators]
    assert "kidnappers" not in texts and texts


def test_a_later_report_of_the_same_kind_drops_the_anaphoric_doer() -> None:
    text = (
        "Rebels of the Northern Front kidnapped two engineers at the dam on Monday.\n\n"
        "The talks went on all week.\n\n"
        "On Friday the kidnappers demanded a ransom for the engineers they had abducted."
    )
    extraction = Extractor()(Document(text=text, source_id="t"))
    doers = [a.text.lower() for m in extraction.mentions for a in m.perpetrators]
    assert doers and not any("kidnappers" in d for d in doers)


def test_an_anaphoric_doer_before_any_named_doer_stays() -> None:
    text = (
        "On Monday the kidnappers of two engineers demanded a ransom for the hostages they abducted.\n\n"
        "The talks went on all week.\n\n"
        "Rebels of the Northern Front kidnapped a teacher in another province on Friday."
    )
    extraction = Extractor()(Document(text=text, source_id="t"))
    first = min(extraction.mentions, key=lambda m: m.span[0])
    assert any("kidnappers" in a.text.lower() for a in first.perpetrators)
