"""Rules evaluated incrementally, report by report: the alert fires at the report that completes its
condition, once per development, with its evidence; the cooldown lets a later development fire again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from tests.assess.conftest import TOWN, make_event, siege_story

from vigil.assess import build_situation, evaluate_rules, load_rules, place_key
from vigil.records import Alert, Event


def _follow(events: list[Event], rules=None) -> list[tuple[str, Alert]]:  # type: ignore[no-untyped-def]
    """Feed events one report at a time, as the pipeline would; (report, alert) for each alert raised."""
    rules = rules if rules is not None else load_rules()
    key = place_key(TOWN)
    assert key is not None
    seen: list[Event] = []
    raised: list[Alert] = []
    out = []
    for e in events:
        seen.append(e)
        doc = e.mentions[0].document_id
        s = build_situation(key, seen, published={})
        for alert in evaluate_rules(
            s, seen, published={}, rules=rules, existing=raised, document_id=doc, source_id=doc
        ):
            raised.append(alert)
            out.append((doc, alert))
    return out


def test_aleppo_rule_fires_once_at_the_report_that_completes_it() -> None:
    story = siege_story()
    critical = [(doc, a) for doc, a in _follow(story) if a.severity == "critical"]
    assert len(critical) == 1
    doc, alert = critical[0]
    assert doc == "doc-e5"  # the ceasefire broke while 30,000-40,000 were trapped a week before
    assert alert.rule == "ceasefire-broken-trapped" and alert.day == date(2031, 5, 10)
    assert alert.situation_id == "vell-maran-xb" and alert.source_id == "doc-e5"
    assert set(alert.event_ids) == {"e5", "e1"}
    assert [e["condition"] for e in alert.evidence] == ["ceasefire_broken", "trapped >= 10,000"]


def test_not_before_the_condition_is_complete() -> None:
    story = siege_story()
    early = [a for _, a in _follow(story[:4]) if a.severity == "critical"]
    assert early == []


def test_trapped_figure_must_be_within_the_window(event: Callable[..., Event]) -> None:
    old = event("t", day=date(2031, 1, 1), trapped=(50000, 60000))
    broken = event("b", day=date(2031, 1, 20), indicators=("ceasefire_broken",))
    assert not [a for _, a in _follow([old, broken]) if a.rule == "ceasefire-broken-trapped"]
    recent = event("t2", day=date(2031, 1, 22), trapped=(20000, None))
    fired = [(d, a) for d, a in _follow([old, broken, recent]) if a.rule == "ceasefire-broken-trapped"]
    assert [(d, a.day) for d, a in fired] == [("doc-t2", date(2031, 1, 22))]


def test_below_the_threshold_nothing_fires(event: Callable[..., Event]) -> None:
    events = [
        event("t", day=date(2031, 1, 1), trapped=(900, 2000)),
        event("b", day=date(2031, 1, 2), indicators=("ceasefire_broken",)),
    ]
    assert not [a for _, a in _follow(events) if a.rule == "ceasefire-broken-trapped"]


def test_later_reports_of_the_same_development_do_not_fire_again_but_a_new_one_does(
    event: Callable[..., Event],
) -> None:
    story = siege_story()
    again = [
        event("r1", day=date(2031, 5, 13), indicators=("ceasefire_broken",), trapped=(38000, None)),
        event("r2", day=date(2031, 5, 15), indicators=("ceasefire_broken",)),
    ]
    fired = [a for _, a in _follow(story + again) if a.rule == "ceasefire-broken-trapped"]
    assert len(fired) == 1
    later = [
        event("n1", day=date(2031, 6, 20), indicators=("ceasefire_agreed",)),
        event("n2", day=date(2031, 6, 25), indicators=("ceasefire_broken",), trapped=(20000, 25000)),
    ]
    fired = [a for _, a in _follow(story + again + later) if a.rule == "ceasefire-broken-trapped"]
    assert [a.day for a in fired] == [date(2031, 5, 10), date(2031, 6, 25)]
    assert len({a.id for a in fired}) == 2


def test_status_condition_encircled_with_exits_blocked() -> None:
    fired = {a.rule: (doc, a) for doc, a in _follow(siege_story())}
    doc, alert = fired["encircled-exits-blocked"]
    assert doc == "doc-e6" and alert.severity == "high"
    assert alert.evidence[0]["note"] == "siege encircled since 2031-05-03"
    assert "e1" in alert.event_ids and "e6" in alert.event_ids
    assert fired["hospital-attacked"][0] == "doc-e8"


def test_alert_ids_are_stable_across_replays() -> None:
    first = [a.id for _, a in _follow(siege_story())]
    second = [a.id for _, a in _follow(siege_story())]
    assert first == second and len(set(first)) == len(first)


def test_escalation_rule_compares_with_the_areas_own_baseline() -> None:
    quiet = [make_event(f"q{n}", day=date(2031, 3, 1 + 7 * n), type="attack") for n in range(4)]
    burst = [make_event(f"b{n}", day=date(2031, 4, 1 + n), type="attack", killed=3) for n in range(5)]
    fired = [(d, a) for d, a in _follow(quiet + burst) if a.rule == "escalation"]
    assert [d for d, _ in fired] == ["doc-b2"]  # the third attack that week makes it three times the baseline
    assert "escalating: 3 attacks" in fired[0][1].evidence[0]["note"]
    # a steady rate: only the eruption at the start (no baseline yet) counts, never the weeks after it
    steady = [make_event(f"s{n}", day=date(2031, 3, 1) + timedelta(days=2 * n), type="attack") for n in range(30)]
    assert [d for d, a in _follow(steady) if a.rule == "escalation"] == ["doc-s2"]
