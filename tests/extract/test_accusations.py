"""Accusations: who holds whom responsible, read from sentences written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from vigil.extract import Extractor
from vigil.extract.accusations import find_accusations, load_accusations, parse_accusations
from vigil.extract.dates import find_dates
from vigil.extract.lexicon import LexiconError
from vigil.extract.sentences import split_sentences
from vigil.records import Document

SPEECH = (
    "Artillery shelling of the old quarter of Dravna resumed on Monday. Families are trapped in basements.\n\n"
    "Here is Ambassador Mirela Kostova at the Security Council yesterday.\n\n"
    "To the Velorian government, the Ostmark Republic, and the Northern Alliance, your forces and proxies are "
    "carrying out these crimes. Your rockets have levelled the market of Dravna. You are planning your next "
    "offensive."
)


def _accusations(text: str, published: date | None = None) -> list:
    return find_accusations(
        load_accusations(),
        text,
        sentences=split_sentences(text),
        dates=find_dates(text, published=published),
    )


def test_a_speech_turned_to_the_accused_names_them_and_its_speaker_and_date() -> None:
    (accusation,) = _accusations(SPEECH, published=date(2031, 3, 5))
    assert [a.text for a in accusation.accused] == [
        "the Velorian government",
        "the Ostmark Republic",
        "the Northern Alliance",
    ]
    for actor in accusation.accused:
        assert actor.span is not None and SPEECH[actor.span[0] : actor.span[1]] == actor.text
    assert accusation.speaker is not None and accusation.speaker.text == "Ambassador Mirela Kostova"
    assert accusation.claim == "your forces and proxies are carrying out these crimes"
    assert accusation.date is not None and accusation.date.start == date(2031, 3, 4)


def test_the_extractor_gives_the_accused_to_the_events_the_charge_is_about() -> None:
    doc = Document(id="speech-1", source_id="speech-1", text=SPEECH, published=date(2031, 3, 5))
    extraction = Extractor()(doc)
    (accusation,) = extraction.accusations
    by_id = {m.id: m for m in extraction.mentions}
    assert accusation.events, "the charge is linked to the events it is about"
    accused = {"the Velorian government", "the Ostmark Republic", "the Northern Alliance"}
    for mention_id in accusation.events:
        assert {p.text for p in by_id[mention_id].perpetrators} == accused
    shelling = [m for m in extraction.mentions if m.type == "shelling_artillery_missile_attack"]
    assert shelling and shelling[0].id in accusation.events  # "these crimes" points back at it
    rockets = [m for m in extraction.mentions if "rockets" in m.evidence]
    assert rockets and rockets[0].id in accusation.events  # "your rockets" belongs to the accused
    assert extraction.to_dict()["accusations"][0]["speaker"]["text"] == "Ambassador Mirela Kostova"


def test_a_charge_names_its_speaker_and_the_accused() -> None:
    text = "The Lakeside Rights Collective accused the river brigade of the killings in Toma village."
    (accusation,) = _accusations(text)
    assert accusation.speaker is not None and accusation.speaker.text == "The Lakeside Rights Collective"
    assert [a.text for a in accusation.accused] == ["the river brigade"]
    assert accusation.claim == "the killings in Toma village"


def test_responsibility_said_of_the_accused() -> None:
    text = "Witnesses said the Black Hawk militia is responsible for the massacre at the ferry crossing."
    (accusation,) = _accusations(text)
    assert [a.text for a in accusation.accused] == ["the Black Hawk militia"]
    assert accusation.speaker is not None and accusation.speaker.text == "Witnesses"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor blamed the weather for the poor harvest this year.",  # no crime
        "A man accused of involvement in the robbery was released on bail.",  # passive: nobody accused here
        "Officials held talks for three hours on the ceasefire.",  # "held" without "responsible"
        "To the organisers, you have done a wonderful job with the festival.",  # an address, no crime
    ],
)
def test_no_accusation_without_a_charge_of_a_crime_against_named_parties(text: str) -> None:
    assert _accusations(text) == []


def test_a_bad_lexicon_names_the_file_and_field(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="charges"):
        parse_accusations(
            {"crimes": ["crimes"], "anaphora": ["these"], "responsible": ["is responsible"], "speech_cues": ["said"]},
            where="my-accusations.yaml",
        )
    bad = tmp_path / "acc.yaml"
    bad.write_text("crimes: [x]\nanaphora: [these]\nresponsible: [r]\nspeech_cues: [said]\ncharges: [{verb: '('}]\n")
    with pytest.raises(LexiconError, match=str(bad)):
        load_accusations(bad)
