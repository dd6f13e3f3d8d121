"""Cartel violence is political violence despite its drug-trade words, and an act "perpetrated" or "staged"
anchors a plural act noun. Sentences written for these tests."""

from datetime import date

import pytest

from vigil.extract.extractor import Extractor
from vigil.records import Document


def _types(text: str) -> list[str]:
    document = Document(text=text, source_id="doc-1", published=date(2024, 3, 6))
    return [m.type for m in Extractor()(document).mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Assassins paid by the cocaine cartels killed three judges in Velmora on Monday.",
        "Hitmen working for a drug cartel shot dead the mayor of Tarvel yesterday.",
        "The Korvel Front perpetrated one of its most serious attacks in recent memory in the town of Anduza.",
        "the rebel group staged simultaneous attacks on two police posts near dorrin.",
    ],
)
def test_these_sentences_report_violence(text: str) -> None:
    assert _types(text) and set(_types(text)) <= {"attack", "armed_clash"}


@pytest.mark.parametrize(
    "text",
    [
        "Police seized two tonnes of cocaine and arrested a smuggler who had shot at officers in a robbery.",
        "Attacks are a constant worry for the villagers, the mayor said.",
    ],
)
def test_crime_and_abstract_violence_stay_no_violent_event(text: str) -> None:
    assert not set(_types(text)) & {"attack", "armed_clash"}


def test_a_single_robber_is_crime_too() -> None:
    assert not set(_types("A robber shot the shopkeeper dead during a hold-up in Velmora on Monday.")) & {"attack"}


def test_destroyed_by_a_bomb_is_a_bombing_not_weapons_destroyed() -> None:
    assert _types("A bus was destroyed by a bomb in Velmora on Monday.") == ["remote_explosive_landmine_ied"]
    assert _types("The house was destroyed in a bomb attack on Monday.") == ["remote_explosive_landmine_ied"]
    assert _types("Troops destroyed a cache of weapons and 40 landmines near the border.") == ["disrupted_weapons_use"]
