"""Doers named with whom they act for ("militias loyal to the president"): the doers are the hands, the ones
they act for are their backers, each with its own span; resolved, a backer's span stays the document's."""

from vigil.extract import Extractor
from vigil.pipeline.extracting import ResolvingExtractor
from vigil.records import Actor, Document
from vigil.resolve import load_actor_dictionary


def _doers(text: str) -> list[Actor]:
    mentions = Extractor()(Document(text=text, source_id="t")).mentions
    return [a for m in mentions for a in m.perpetrators + m.sides]


def test_militias_loyal_to_the_president_are_the_doers_and_the_president_their_backer() -> None:
    text = "Militias loyal to the president torched dozens of homes in the village on Sunday."
    [doer] = _doers(text)
    assert doer.text == "Militias" and doer.kind == "political_militia"
    assert [b.text for b in doer.backers] == ["the president"]
    backer = doer.backers[0]
    assert backer.span is not None and text[backer.span[0] : backer.span[1]] == "the president"


def test_two_patrons_are_two_backers() -> None:
    text = "Fighters loyal to the governor, backed by foreign troops, shelled the market on Monday."
    [doer] = _doers(text)
    assert doer.text == "Fighters"
    assert [b.text for b in doer.backers] == ["the governor", "foreign troops"]


def test_backed_by_names_a_backer_not_a_second_doer() -> None:
    text = "Gunmen backed by the local authorities killed twelve villagers on Monday."
    doers = _doers(text)
    assert [d.text for d in doers] == ["Gunmen"]
    assert [b.text for b in doers[0].backers] == ["the local authorities"]


def test_a_backer_read_from_the_doer_phrase_keeps_its_place_in_the_document() -> None:
    text = "On Monday in the old city, Iranian-backed militias shelled the besieged district."
    extraction = ResolvingExtractor(extractor=Extractor(), dictionary=load_actor_dictionary())(
        Document(text=text, source_id="t")
    )
    [doer] = [a for m in extraction.mentions for a in m.perpetrators + m.sides]
    [backer] = doer.backers
    assert backer.actor == "Iran"
    assert backer.span is not None and text[backer.span[0] : backer.span[1]] == "Iranian"


def test_settlers_who_attack_are_doers() -> None:
    text = "Armed settlers attacked a village overnight, torching cars and injuring three residents."
    doers = _doers(text)
    assert [d.text for d in doers] == ["Armed settlers"]
    assert doers[0].kind == "identity_militia"
