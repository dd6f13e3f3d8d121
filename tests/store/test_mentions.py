"""Extraction results: mentions and places stored, replaced whole on a new extraction."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from vigil.records import Accusation, Actor, Document, Extraction, Item, Mention, Place
from vigil.records.mention import Attribution
from vigil.store import Store, StoreError

TEXT = (
    "Government artillery shelled the market in Northtown on Tuesday, killing at least 12 civilians "
    "and injuring dozens, according to a local monitoring group."
)


def test_mention_and_places_round_trip(
    store: Store, make_mention: Callable[..., Mention], make_place: Callable[..., Place]
) -> None:
    doc = Document(text=TEXT, source_id="reports/northtown.txt")
    store.add_document(doc)
    mention = make_mention()
    mention.targets = [Item(text="the market", span=(30, 40))]
    mention.weapons = [Item(text="artillery", span=(11, 20))]
    mention.source = Attribution(text="a local monitoring group", span=(130, 154))
    extraction = Extraction(document_id=doc.id, source_id=doc.source_id, mentions=[mention], places=[make_place()])
    assert not store.has_extraction(doc.id)
    saved = store.save_extraction(extraction)
    assert [m.id for m in saved] == [f"{doc.id[:16]}-0"]
    assert saved[0].document_id == doc.id
    assert store.has_extraction(doc.id)
    loaded = store.mentions(document_id=doc.id)
    assert loaded == saved
    assert loaded[0].to_dict() == mention.to_dict()
    assert store.mentions(ids=[saved[0].id]) == saved


def test_empty_extraction_still_counts(store: Store) -> None:
    doc = Document(text="Nothing happened in Quietville this week.", source_id="q.txt")
    store.add_document(doc)
    assert store.save_extraction(Extraction(document_id=doc.id, source_id=doc.source_id)) == []
    assert store.has_extraction(doc.id)
    assert store.mentions(document_id=doc.id) == []


def test_save_extraction_replaces_earlier_mentions(
    store: Store, add_extracted: Callable[..., list[Mention]], make_mention: Callable[..., Mention]
) -> None:
    other = add_extracted("Another report entirely, from Southvale.", n=2)
    first = add_extracted(TEXT, n=3, killed=12)
    doc_id = first[0].document_id
    again = [make_mention(type="attack", killed=15)]
    saved = store.save_extraction(Extraction(document_id=doc_id, source_id="x", mentions=again))
    assert [m.id for m in saved] == [f"{doc_id[:16]}-0"]
    loaded = store.mentions(document_id=doc_id)
    assert [(m.type, m.counts[0].low) for m in loaded] == [("attack", 15)]
    assert store.mentions(ids=[f"{doc_id[:16]}-1", f"{doc_id[:16]}-2"]) == []
    assert store.mentions(document_id=other[0].document_id) == other


def test_mentions_by_ids_in_given_order(add_extracted: Callable[..., list[Mention]], store: Store) -> None:
    found = add_extracted(TEXT, n=3)
    ids = [found[2].id, found[0].id, "nope-0"]
    assert [m.id for m in store.mentions(ids=ids)] == [found[2].id, found[0].id]
    assert [m.id for m in store.mentions()] == [m.id for m in found]


def test_extraction_for_unknown_document_fails_cleanly(store: Store, make_mention: Callable[..., Mention]) -> None:
    extraction = Extraction(document_id="e" * 64, source_id="ghost", mentions=[make_mention()])
    with pytest.raises(StoreError) as info:
        store.save_extraction(extraction)
    assert "save_extraction" in str(info.value)
    assert not store.has_extraction("e" * 64)
    assert store.mentions() == []


def test_accusations_are_stored_with_the_extraction_naming_the_stored_event_ids(
    store: Store, make_mention: Callable[..., Mention]
) -> None:
    doc = Document(text=TEXT, source_id="reports/northtown.txt")
    store.add_document(doc)
    mention = make_mention()
    mention.id = "extractor-id:0"
    accusation = Accusation(
        accused=[Actor(text="the Northtown garrison", span=(0, 10), kind="state_forces", actor="Northtown Army")],
        claim="the shelling of the market",
        span=(0, 60),
        speaker=Attribution(text="a local monitoring group", span=(130, 154)),
        events=["extractor-id:0"],
    )
    extraction = Extraction(document_id=doc.id, source_id=doc.source_id, mentions=[mention], accusations=[accusation])
    saved = store.save_extraction(extraction)
    ((doc_id, loaded),) = store.accusations()
    assert doc_id == doc.id
    assert loaded.events == [saved[0].id]  # renamed with the mention
    assert loaded.accused[0].actor == "Northtown Army" and loaded.speaker == accusation.speaker
    assert loaded.claim == "the shelling of the market"
    assert store.accusations(document_id="nope") == []
