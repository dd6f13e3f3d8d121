from corroborate_helpers import WIRE, Clock, doc, mention, place

from vigil.corroborate import Corroborator, figures_from_mentions


def test_conflicting_figures_are_kept_with_their_sources_and_never_averaged() -> None:
    c = Corroborator()
    a = doc("At least 82 civilians were killed in Tesk on 13 March.", source="UN Mission in Varnland", day=14)
    b = doc("Soldiers shot dead 82 people in Tesk on 13 March.", source="Sulat Observer", day=14)
    d = doc("31 women and children were among those killed in Tesk on 13 March.", source="Lantern Monitor", day=15)
    e = doc("Troops killed 60 villagers in Tesk on 13 March.", source="Northgate", day=14)
    for mid, document, killed in (("a", a, (82, None)), ("b", b, (82, 82)), ("d", d, (31, 31)), ("e", e, (60, 60))):
        event = c.add(
            mention(mid, document, type="attack", where=place("Tesk"), day=13, killed=killed), document=document
        ).event
    figure = event.figure("killed")
    assert figure is not None
    assert (figure.low, figure.best, figure.high) == (31, 82, None)
    assert sorted(v["mention_id"] for v in figure.values) == ["a", "b", "d", "e"]
    assert {v["low"] for v in figure.values} == {82, 31, 60}


def test_copies_do_not_outvote_an_independent_figure() -> None:
    m1 = mention("w", doc("wire", source="W"), killed=(14, 14))
    m2 = mention("w2", doc("wire copy", source="X"), killed=(14, 14))
    m3 = mention("u", doc("un", source="U"), killed=(12, 12))
    m4 = mention("r", doc("rights", source="R"), killed=(12, 12))
    family = {"w": "wire", "w2": "wire", "u": "un", "r": "rights"}
    figures = figures_from_mentions([m1, m2, m3, m4], source_of=lambda m: family[m.id])
    assert figures[0].best == 12  # two independent sources say 12; the wire and its copy say 14 once
    assert (figures[0].low, figures[0].high) == (12, 14)
    figures = figures_from_mentions([m1, m2, m3])
    assert figures[0].best == 14  # counted by document, the copy would outvote


def test_every_change_is_in_the_history_with_its_reason() -> None:
    c = Corroborator(clock=Clock())
    wire = doc(WIRE, source="Meridian Wire")
    un = doc("The UN says 12 civilians were killed in the airstrike on Kessa on 11 March.", source="UN Mission", day=12)
    created = c.add(mention("w", wire, where=place("Kessa"), killed=(14, None)), document=wire)
    assert [h.action for h in created.changes] == ["created"]
    joined = c.add(mention("u", un, where=place("Kessa"), killed=(12, 12)), document=un)
    actions = [h.action for h in joined.changes]
    assert actions == ["mention_added", "figure_changed", "graded"]
    assert "killed: 14–? (best 14) → 12–? (best 12)" in joined.changes[1].reason
    assert "single_source → institutional" in joined.changes[2].reason
    event = joined.event
    assert [h.action for h in event.history] == ["created", "mention_added", "figure_changed", "graded"]
    assert all(h.mention_id in {"w", "u"} for h in event.history)
    assert [h.at for h in event.history] == sorted(h.at for h in event.history)


def test_a_mention_that_reports_two_open_events_merges_them() -> None:
    c = Corroborator(clock=Clock())
    a = doc("Airstrike in Kessa on 11 March.", source="A")
    b = doc("Bombing reported on 11 March by residents.", source="B")
    both = doc("An airstrike hit Kessa on 11 March; residents reported the bombing of Kessa.", source="C")
    first = c.add(mention("a", a, where=place("Kessa"), evidence="airstrike kessa residential"), document=a)
    second = c.add(mention("b", b, where=None, evidence="bombing residents"), document=b)
    if second.created:
        update = c.add(
            mention("c", both, where=place("Kessa"), evidence="airstrike kessa bombing residents"), document=both
        )
        assert update.merged == [second.event.id]
        assert "merged" in [h.action for h in update.event.history]
        assert len(c) == 1
        assert c.event_of("b") == first.event.id
    else:
        assert second.event.id == first.event.id


def test_merging_keeps_both_histories() -> None:
    c = Corroborator(clock=Clock())
    k = place("Kessa")
    a = doc("One strike, 11 March.", source="A")
    b = doc("Same strike, 11 March, different words entirely.", source="B")
    e1 = c.add(mention("a", a, where=k, type="air_drone_strike", evidence="alpha"), document=a).event
    # a second event opened while the first is out of reach: a split makes one, then a mention reunites them
    c.add(mention("b", b, where=k, type="air_drone_strike", evidence="beta"), document=b)
    _, moved = c.split(e1.id, ["b"], reason="reviewer: two strikes")
    assert moved.created and [h.action for h in moved.event.history] == ["split"]
    assert e1.history[-1].action == "split" and "moved to" in e1.history[-1].reason
    assert len(c) == 2
    d = doc("Residents of Kessa describe the strike of 11 March.", source="D")
    update = c.add(mention("d", d, where=k, type="air_drone_strike", evidence="alpha beta"), document=d)
    assert len(update.merged) == 1
    assert any(h.reason.startswith(f"[{update.merged[0]}]") for h in update.event.history)
    assert len(c) == 1 and len(update.event.mentions) == 3
