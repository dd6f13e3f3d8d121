"""modality_of on the forms found missing: plans and schedules, comparisons with past atrocities."""

from __future__ import annotations

import pytest

from vigil.extract.modality import modality_of, parse_modality_data
from vigil.extract.numbers import DataFileError


def _value(sentence: str, trigger: str) -> str:
    start = sentence.index(trigger)
    return modality_of(sentence, trigger=(start, start + len(trigger)), sentence=(0, len(sentence))).value


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The evacuation will begin on Friday.", "evacuation"),
        ("The army is expected to attack the northern suburbs.", "attack"),
        ("Troops are scheduled to shell the ridge at dawn.", "shell"),
        ("The convoys are due to evacuate the wounded.", "evacuate"),
        ("The militia plans to raid the camp.", "raid"),
        ("The commander threatened to bomb the market.", "bomb"),
        ("The rebels vowed to execute the prisoners.", "execute"),
        ("You are plotting your next assault on our town.", "assault"),
        ("The army is preparing an offensive on the valley.", "offensive"),
    ],
)
def test_planned(sentence: str, trigger: str) -> None:
    assert _value(sentence, trigger) == "planned"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("If nothing is done, the city will join the ranks of Halabja, Rwanda and Srebrenica.", "join"),
        ("The killing of the villagers is reminiscent of Srebrenica.", "killing"),
        ("It was the worst violence since the genocide of 1994.", "genocide"),
        ("There are echoes of the Rwandan genocide in the valley.", "genocide"),
        ("Observers fear a massacre like Srebrenica.", "massacre"),
        ("Leaders warn of a slaughter as in Srebrenica.", "slaughter"),
        ("The world cannot allow another Rwanda, where a genocide unfolded.", "genocide"),
        ("Nobody wants a new Srebrenica massacre.", "massacre"),
    ],
)
def test_comparisons_are_hypothetical(sentence: str, trigger: str) -> None:
    assert _value(sentence, trigger) == "hypothetical"


@pytest.mark.parametrize(
    ("sentence", "trigger", "value"),
    [
        ("The strike on Monday, the deadliest attack since 2015, killed 40 people.", "killed", "asserted"),
        ("Another attack killed 4 people like the last one.", "attack", "asserted"),
        ("Militiamen killed 9 people, as in previous raids.", "killed", "asserted"),
        ("The next day gunmen killed 3 guards.", "killed", "asserted"),
    ],
)
def test_real_events_stay_real(sentence: str, trigger: str, value: str) -> None:
    assert _value(sentence, trigger) == value


def test_schema_names_the_comparisons_field() -> None:
    base = {"priority": ["negated"], "window": 3, "after_window": 2, "case_sensitive": [],
            "cues": {"negated": {"near": ["not"], "after": [], "clause": []}}}  # fmt: skip
    with pytest.raises(DataFileError, match=r"modality\.yaml.*'comparisons'"):
        parse_modality_data(base)
    with pytest.raises(DataFileError, match=r"comparisons\.alleged"):
        parse_modality_data({**base, "comparisons": {"near": [], "after": [], "clause": [], "alleged": []}})
