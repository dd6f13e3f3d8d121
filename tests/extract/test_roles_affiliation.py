"""Doers named only by what members are ("the militants") are joined by the organisation the document names."""

from vigil.extract.extractor import Extractor
from vigil.extract.roles import load_roles
from vigil.extract.roles_affiliation import named_organisations
from vigil.records import Document, Mention


def _mentions(text: str) -> list[Mention]:
    return Extractor()(Document(text=text, source_id="t")).mentions


def _doers(mention: Mention) -> list[str]:
    return [a.text.lower() for a in mention.perpetrators + mention.sides]


def test_a_name_and_its_acronym_are_one_organisation() -> None:
    text = "The Revolutionary Armed Forces of Colombia (FARC) said on Monday that FARC units would not disarm."
    found = named_organisations(load_roles(), text)
    assert {key for _, _, key in found["rebel_group"]} == {"farc"}
    assert [text[a:b] for a, b, _ in found["rebel_group"]] == ["FARC", "FARC"]


def test_the_militants_are_the_one_organisation_the_document_names() -> None:
    text = (
        "The governor said al-Shabaab had moved into the district last month.\n\n"
        "The market stayed open all week.\n\n"
        "On Tuesday the militants stormed a police post and killed three officers."
    )
    mentions = [m for m in _mentions(text) if "stormed" in m.evidence]
    assert mentions
    doers = _doers(mentions[0])
    assert "the militants" in doers or "militants" in doers
    assert "al-shabaab" in doers
    org = next(a for a in mentions[0].perpetrators + mentions[0].sides if a.text.lower() == "al-shabaab")
    assert org.span is not None and text[org.span[0] : org.span[1]] == "al-Shabaab"
    assert org.kind == "rebel_group"


def test_the_organisation_is_reported_by_its_acronym() -> None:
    text = (
        "The Revolutionary Armed Forces of Colombia (FARC) broke off talks with the government in March.\n\n"
        "Guerrillas blew up an oil pipeline near the border on Sunday, the army said."
    )
    doers = [d for m in _mentions(text) if "pipeline" in m.evidence for d in _doers(m)]
    assert "guerrillas" in doers and "farc" in doers


def test_of_two_organisations_named_far_away_none_is_guessed() -> None:
    text = (
        "Analysts compared the Taliban with al-Qaeda in a long report published on Monday about the region. "
        "The report ran to two hundred pages and was read widely by diplomats in the capital and abroad. "
        "It made no recommendations and its authors declined to speak to the press about its findings. "
        "Many readers found its tables hard to follow and asked for a shorter summary of the main points.\n\n"
        "On Friday insurgents ambushed a convoy on the highway and killed four drivers."
    )
    doers = [d for m in _mentions(text) if "ambushed" in m.evidence for d in _doers(m)]
    assert "insurgents" in doers
    assert "taliban" not in doers and "al-qaeda" not in doers


def test_a_doer_that_names_its_organisation_gets_no_second_one() -> None:
    text = (
        "Boko Haram has attacked the area before.\n\n"
        "On Monday Boko Haram fighters burned a village near the lake and killed nine farmers."
    )
    doers = [d for m in _mentions(text) if "burned" in m.evidence for d in _doers(m)]
    assert doers.count("boko haram") == 1
