"""Situations, alerts and the delivery log in the store, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

from vigil.records import Alert, Delivery, PopulationEstimate, Signal, Situation, SituationChange
from vigil.store import Store


def _situation(id: str = "vell-maran-xb", *, last: date = date(2031, 5, 12), country: str = "XB") -> Situation:
    return Situation(
        id=id, name="Vell Maran", country=country, siege="encircled", ceasefire="broken", evacuation="blocked",
        trapped=PopulationEstimate(kind="trapped", low=30000, high=40000, best=35000, as_of=date(2031, 5, 11),
                                   sources=[{"event_id": "e1", "day": "2031-05-03"}]),
        first_day=date(2031, 5, 3), last_day=last,
        timeline=[SituationChange(day=date(2031, 5, 3), aspect="siege", status="encircled", event_ids=["e1"])],
        risk=[Signal(kind="attack_on_hospital", score=2.0, explanation="x", event_ids=["e8"])], risk_score=2.0,
        risk_level="elevated", event_ids=["e1", "e8"],
    )  # fmt: skip


def _alert(
    id: str = "al-1", *, situation_id: str = "vell-maran-xb", rule: str = "r", severity: str = "critical"
) -> Alert:
    return Alert(
        id=id, rule=rule, severity=severity, situation_id=situation_id, situation_name="Vell Maran",
        day=date(2031, 5, 10), message="m", document_id="d" * 64, source_id="wire-1", event_ids=["e5", "e1"],
        evidence=[{"condition": "ceasefire_broken", "event_ids": ["e5"]}], created=datetime(2031, 5, 10, tzinfo=UTC),
    )  # fmt: skip


def test_situations_round_trip_upsert_and_prefix(store: Store) -> None:
    s = _situation()
    store.save_situation(s)
    got = store.get_situation("vell-maran-xb")
    assert got is not None and got.updated is not None
    assert got.to_dict() == s.to_dict()
    s.ceasefire = "agreed"
    store.save_situation(s)
    store.save_situation(_situation("dor-asel-xb", last=date(2031, 6, 1)))
    store.save_situation(_situation("vell-maran-xc", country="XC"))
    assert store.get_situation("vell-maran-xb").ceasefire == "agreed"  # type: ignore[union-attr]
    assert store.get_situation("dor") is not None
    assert store.get_situation("vell-maran") is None  # ambiguous prefix
    assert [x.id for x in store.situations()] == ["dor-asel-xb", "vell-maran-xb", "vell-maran-xc"]
    assert [x.id for x in store.situations(country="XC")] == ["vell-maran-xc"]


def test_alerts_are_stored_once_and_filtered(store: Store) -> None:
    assert store.add_alert(_alert("al-1"))
    assert not store.add_alert(_alert("al-1"))
    store.add_alert(_alert("al-2", situation_id="dor-asel-xb", rule="mass-killing", severity="high"))
    assert [a.id for a in store.alerts()] == ["al-1", "al-2"]
    assert store.alerts()[0].to_dict() == _alert("al-1").to_dict()
    assert [a.id for a in store.alerts(situation_id="dor-asel-xb")] == ["al-2"]
    assert [a.id for a in store.alerts(rule="r", severity="critical")] == ["al-1"]
    assert store.alerts(since=date(2031, 6, 1)) == []


def test_delivery_log_and_pending_pairs(store: Store) -> None:
    store.add_alert(_alert("al-1"))
    at = datetime(2031, 5, 10, 12, tzinfo=UTC)
    store.log_deliveries(
        [
            Delivery(alert_id="al-1", channel="ops", ok=False, attempts=4, at=at, error="cannot reach"),
            Delivery(alert_id="al-1", channel="log", ok=True, attempts=1, at=at),
        ]
    )
    assert store.delivered() == {("al-1", "log")}
    store.log_deliveries([Delivery(alert_id="al-1", channel="ops", ok=True, attempts=1, at=at)])
    assert store.delivered() == {("al-1", "log"), ("al-1", "ops")}
    log = store.deliveries(alert_id="al-1")
    assert [(d.channel, d.ok, d.attempts, d.error) for d in log] == [
        ("ops", False, 4, "cannot reach"),
        ("log", True, 1, ""),
        ("ops", True, 1, ""),
    ]
    assert log[0].at == at
