"""modality_of: negated, denied, alleged, reported (with its source), planned, hypothetical, asserted."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigil.extract import Extractor
from vigil.extract.modality import Modality, modality_data, modality_of, parse_modality_data, tells_an_event
from vigil.extract.numbers import DataFileError
from vigil.records import Document
from vigil.taxonomy import load_taxonomy


def _modality(sentence: str, trigger: str, prefix: str = "") -> tuple[str, str | None]:
    text = prefix + sentence
    start = len(prefix) + sentence.index(trigger)
    m = modality_of(text, trigger=(start, start + len(trigger)), sentence=(len(prefix), len(text)))
    if m.source is not None:
        assert m.source.span is not None and text[m.source.span[0] : m.source.span[1]] == m.source.text
    return m.value, m.source.text if m.source else None


@pytest.mark.parametrize(
    ("sentence", "trigger", "value", "source"),
    [
        ("No casualties were reported after the strike.", "casualties", "negated", None),
        ("The strike did not kill anyone.", "kill", "negated", None),
        ("There was no attack on the camp.", "attack", "negated", None),
        ("No one was killed in the blast.", "killed", "negated", None),
        ("The raid killed no one.", "killed", "negated", None),
        ("The army denied shelling the hospital.", "shelling", "denied", None),
        ("The ministry denied that its forces killed civilians.", "killed", "denied", None),
        ("Militiamen allegedly killed 12 villagers.", "killed", "alleged", None),
        ("The rebels accused the army of shelling the market.", "shelling", "alleged", None),
        ("Soldiers reportedly shelled the town.", "shelled", "reported", None),
        ("Government forces killed 12 people, activists said.", "killed", "reported", "activists"),
        (
            "According to the UN human rights office, 82 civilians were killed.",
            "killed",
            "reported",
            "the UN human rights office",
        ),
        ("12 people died in the raid, said Jane Doe, a spokeswoman.", "died", "reported", "Jane Doe"),
        ("Shelling killed 5 people, the UN office in Geneva said.", "killed", "reported", "the UN office in Geneva"),
        ("Activists said 12 were killed but the army denied it.", "killed", "reported", "Activists"),
        ("Twelve people were reported killed.", "killed", "reported", None),
        ("The commander threatened to shell the town.", "shell", "planned", None),
        ("The militia plans to attack the camp.", "attack", "planned", None),
        ("Troops will attack at dawn.", "attack", "planned", None),
        ("Farmers in the valley are bracing for more raids by the herders.", "raids", "hypothetical", None),
        (
            "The former commander oversaw killings in the camps, the tribunal heard on Monday.",
            "killings",
            "alleged",
            None,
        ),
        ("Police were ordered to fire on the crowd.", "fire", "planned", None),
        ("A massacre could happen within days.", "massacre", "hypothetical", None),
        ("If the siege continues, thousands would starve.", "starve", "hypothetical", None),
        ("Observers fear a massacre like Srebrenica.", "massacre", "hypothetical", None),
        ("Diplomats warned of another Rwanda, a genocide in slow motion.", "genocide", "hypothetical", "Diplomats"),
        (
            "The town now joins the ranks of Srebrenica and Halabja as a massacre site.",
            "massacre",
            "hypothetical",
            None,
        ),
        ("Gunmen stormed the village and killed 12 people.", "killed", "asserted", None),
        ("In May, 12 people were killed.", "killed", "asserted", None),
        ("Another attack killed 4 people.", "attack", "asserted", None),
    ],
)
def test_modality(sentence: str, trigger: str, value: str, source: str | None) -> None:
    assert _modality(sentence, trigger) == (value, source)


def test_spans_are_absolute() -> None:
    prefix = "First sentence here. "
    assert _modality("Bombs hit the school, rescuers said.", "hit", prefix) == ("reported", "rescuers")


def test_a_threat_of_violence_is_no_event_but_a_planned_ceasefire_is() -> None:
    assert not tells_an_event(Modality(value="planned"), type_="air_drone_strike")
    assert not tells_an_event(Modality(value="hypothetical"), type_="agreement")
    assert tells_an_event(Modality(value="planned"), type_="agreement")
    assert tells_an_event(Modality(value="asserted"), type_="attack")
    text = (
        "The governor warned the rebels that their camps will be bombed and raided within days. "
        "The two sides will sign a ceasefire agreement in the capital next week."
    )
    doc = Document(id="threat-test", source_id="test", text=text, published=date(2024, 3, 6))
    assert [(m.type, m.modality) for m in Extractor()(doc).mentions] == [("agreement", "planned")]


def test_values_are_taxonomy_modalities() -> None:
    assert set(modality_data().priority) <= set(load_taxonomy().modality)


def test_schema_error_names_file_and_field() -> None:
    with pytest.raises(DataFileError, match=r"modality\.yaml.*'window'"):
        parse_modality_data({"priority": ["negated"], "window": 0})
    with pytest.raises(DataFileError, match=r"cues\.negated\.near"):
        parse_modality_data(
            {"priority": ["negated"], "window": 3, "after_window": 2, "case_sensitive": [],
             "cues": {"negated": {"near": "not"}}}
        )  # fmt: skip
    with pytest.raises(DataFileError, match=r"cues\.maybe"):
        parse_modality_data(
            {"priority": ["maybe"], "window": 3, "after_window": 2, "case_sensitive": [], "cues": {"maybe": {}}},
            values=frozenset({"negated"}),
        )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.integers(-5, 90), st.integers(-5, 90), st.integers(-5, 90), st.integers(-5, 90))
def test_modality_never_raises(text: str, a: int, b: int, c: int, d: int) -> None:
    m = modality_of(text, trigger=(a, b), sentence=(c, d))
    assert m.value in load_taxonomy().modality
    if m.source is not None and m.source.span is not None:
        assert text[m.source.span[0] : m.source.span[1]] == m.source.text
