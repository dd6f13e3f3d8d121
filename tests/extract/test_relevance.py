"""Triggers that name a kind of violence, or a war as a lasting state, are no events without an anchor."""

from datetime import date

import pytest

from vigil.extract import Extractor
from vigil.extract.relevance import names_an_occurrence
from vigil.extract.triggers import load_triggers
from vigil.records import Document


def _names(sentence: str, trigger: str) -> bool:
    t0 = sentence.index(trigger)
    return names_an_occurrence(sentence, trigger=(t0, t0 + len(trigger)), sentence=(0, len(sentence)))


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("A culture of fear grips the province as attacks continue.", "attacks"),
        ("The bishop urged both camps to embrace peace instead of violence.", "violence"),
        ("Efforts are under way to resolve the clashes between the two valleys.", "clashes"),
        ("The ongoing fighting is keeping aid trucks away from the northern towns.", "fighting"),
        ("The movement has fought the government for twelve years.", "fought"),
        ("The rebels have waged their war since 2009.", "war"),
        ("Bishops debate a regional force for the eastern violence, Tuesday, 14 March 2023", "violence"),
        ("The envoy spoke of the violence in the hills at a forum held on 3rd of May, 2022.", "violence"),
    ],
)
def test_violence_named_but_not_told_is_no_occurrence(sentence: str, trigger: str) -> None:
    assert not _names(sentence, trigger)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Renewed clashes broke out near the river crossing.", "clashes"),
        ("The violence left nine people dead in the market town.", "violence"),
        ("Fighting resumed on Tuesday along the northern road.", "Fighting"),
        ("The group documented arbitrary detention, torture and sexual violence in the camps.", "sexual violence"),
        ("Gunmen attacked the convoy, witnesses said.", "attacked"),
        ("The army fought the rebels near the border last week.", "fought"),
        ("Scattered acts of violence have been reported in the port city since 20 December.", "violence"),
        ("The violence on 14 March left 12 dead in the valley.", "violence"),
    ],
)
def test_violence_anchored_to_what_happened_is_an_occurrence(sentence: str, trigger: str) -> None:
    assert _names(sentence, trigger)


def test_a_commentary_sentence_yields_no_event_and_a_report_does() -> None:
    extractor = Extractor()
    doc = Document(
        text="A culture of fear grips the province as attacks continue. Gunmen killed four traders on Monday.",
        source_id="s",
        published=date(2024, 3, 6),
    )
    mentions = extractor(doc).mentions
    assert len(mentions) == 1
    assert "traders" in mentions[0].evidence


def test_an_organisation_named_for_liberation_is_no_regained_territory() -> None:
    lex = load_triggers()
    text = "Officials met leaders of the Oromo Liberation Front in the capital."
    hit = lex.best(text, start=0, end=len(text))
    assert hit is None or hit.type != "government_regains_territory"
    text = "Government troops liberated the town after a week."
    hit = lex.best(text, start=0, end=len(text))
    assert hit is not None and hit.type == "government_regains_territory"


@pytest.mark.parametrize(
    "sentence",
    [
        "Militants broke the banks of the river to flood the army camp.",
        "Fighters blew up a well used by the herders of the village.",
        "The armed group poisoned two water points near the market.",
    ],
)
def test_water_made_a_weapon_is_destruction(sentence: str) -> None:
    hit = load_triggers().best(sentence, start=0, end=len(sentence))
    assert hit is not None and hit.type == "looting_property_destruction"


def test_an_attack_on_a_diplomat_is_no_diplomacy() -> None:
    extractor = Extractor()
    doc = Document(text="A diplomat was attacked at his residence by armed men.", source_id="s")
    assert [m.type for m in extractor(doc).mentions] == ["attack"]
    talks = Document(text="Diplomatic talks on the attacks were held in the capital.", source_id="s")
    assert extractor(talks).mentions == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The strike also opposed the violence of the junta that ruled from 1967 to 1974.", "violence"),
        ("The attacks on the pipeline have cost the treasury $150 million.", "attacks"),
        ("In a nation of 90 million that is 60% rural, the clashes over grazing land shape politics.", "clashes"),
    ],
)
def test_a_year_a_sum_a_share_or_a_population_is_no_anchor(sentence: str, trigger: str) -> None:
    assert not _names(sentence, trigger)


def test_a_number_of_people_still_anchors() -> None:
    assert _names("The clashes left 1,500 families without shelter.", "clashes")
    assert _names("Attacks on three villages were reported in 2023.", "Attacks")
