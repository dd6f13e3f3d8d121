from datetime import date

from corroborate_helpers import WIRE, doc, mention, place

from vigil.corroborate import Corroborator, CorroboratorConfig


def test_a_seeded_event_is_joined_by_a_new_mention_without_a_rebuild() -> None:
    first = Corroborator()
    wire = doc(WIRE, source="Meridian Wire")
    stored = first.add(mention("w", wire, where=place("Kessa"), killed=(14, None)), document=wire).event
    history = list(stored.history)
    second = Corroborator()
    second.seed(stored, documents={wire.id: wire})
    assert stored.history == history  # seeding writes no history
    un = doc("The UN says 12 civilians died in the airstrike on Kessa on 11 March.", source="UN Mission", day=12)
    update = second.add(mention("u", un, where=place("Kessa"), killed=(12, 12)), document=un)
    assert update.event.id == stored.id and not update.created
    assert update.event.n_sources == 2 and update.event.grade == "institutional"
    copy = doc("Varno Daily Herald. " + WIRE, source="Varno Daily Herald", day=12)
    again = second.add(mention("c", copy, where=place("Kessa")), document=copy)
    assert again.copy_of == wire.id and again.event.n_sources == 2


def test_events_leave_the_working_set_when_they_are_old() -> None:
    c = Corroborator(config=CorroboratorConfig(retire_after_days=10))
    early = doc("Strike in Kessa on 1 March.", source="A", day=1)
    c.add(mention("a", early, where=place("Kessa"), day=1), document=early)
    late = doc("Strike in Dorin on 20 March.", source="B", day=20)
    c.add(mention("b", late, where=place("Dorin"), day=20), document=late)
    assert [e.id for e in c.events()] == ["ev-b"]
    assert c.event_of("a") is None and c.source(early.id) is None
    gone = c.retire(before=date(2031, 4, 1))
    assert [e.id for e in gone] == ["ev-b"] and len(c) == 0
