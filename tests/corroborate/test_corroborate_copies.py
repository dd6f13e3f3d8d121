from corroborate_helpers import WIRE, doc, mention, place

from vigil.corroborate import CopyIndex, Corroborator


def test_a_reprint_with_small_edits_is_a_copy_and_an_unrelated_report_is_not() -> None:
    index = CopyIndex()
    assert index.add("wire", WIRE) is None
    match = index.add("reprint", WIRE.replace("local officials said.", "officials said.") + " Unverified.")
    assert match is not None and match.of == "wire" and match.root == "wire" and match.score >= 0.7
    other = "Six people queuing for bread died when a bomb dropped by a jet hit a bakery in Dorin on Tuesday."
    assert index.add("other", other) is None
    assert index.root("other") == "other"


def test_the_root_of_a_copy_of_a_copy_is_the_first_document() -> None:
    index = CopyIndex()
    index.add("a", WIRE)
    index.add("b", WIRE + " Reprinted.")
    match = index.add("c", WIRE + " Reprinted by another paper.")
    assert match is not None and match.root == "a"


def test_wire_copies_join_the_event_and_count_once() -> None:
    c = Corroborator()
    kessa = place("Kessa")
    docs = [doc(WIRE, source="Meridian Wire"), doc("Varno Daily Herald. " + WIRE, source="Varno Daily Herald", day=12)]
    docs.append(doc(WIRE.replace("At least 14", "At least fourteen"), source="Halvik Courier", day=12))
    updates = [c.add(mention(f"m{n}", d, where=kessa, killed=(14, None)), document=d) for n, d in enumerate(docs)]
    assert updates[0].created and not updates[1].created and not updates[2].created
    assert updates[1].copy_of == docs[0].id and updates[2].copy_of is not None
    event = updates[-1].event
    assert len(event.mentions) == 3
    assert event.n_sources == 1
    assert event.grade == "single_source"
    assert "a copy, not counted again" in event.history[-1].reason


def test_documents_from_the_same_publisher_count_once() -> None:
    c = Corroborator()
    a = doc("Warplanes struck a bakery in Dorin on 11 March, killing six people.", source="Sulat Observer")
    b = doc("Six people died in Dorin when a jet bombed a bakery queue.", source="The Sulat Observer", day=12)
    c.add(mention("a", a, where=place("Dorin")), document=a)
    update = c.add(mention("b", b, where=place("Dorin")), document=b)
    assert len(update.event.mentions) == 2
    assert update.event.n_sources == 1


def test_the_same_document_added_again_changes_nothing() -> None:
    c = Corroborator()
    d = doc(WIRE, source="Meridian Wire")
    first = c.add(mention("m", d, where=place("Kessa")), document=d)
    again = c.add(mention("m", d, where=place("Kessa")), document=d)
    assert again.event is first.event and again.changes == [] and len(first.event.mentions) == 1
