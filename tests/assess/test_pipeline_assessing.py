"""The pipeline's assess step on a real store (SQLite and PostgreSQL): report by report, replayed, delivered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.assess.receivers import HttpReceiver, free_port

from vigil.assess import FileChannel, Retry, WebhookChannel, load_rules
from vigil.corroborate import event_from_mention
from vigil.pipeline.assessing import assess_document, deliver_pending, list_alerts, replay
from vigil.records import Count, DateSpan, Document, Extraction, Mention, Place
from vigil.store import Store

TOWN = Place(text="Vell Maran", country="XB")

REPORTS = [  # (source id, published, indicators, event day or None, trapped)
    ("r1", date(2031, 5, 3), ["encirclement"], date(2031, 5, 3), (30000, 40000)),
    ("r2", date(2031, 5, 7), ["ceasefire_agreed"], date(2031, 5, 7), None),
    ("r3", date(2031, 5, 10), ["ceasefire_broken"], None, None),  # undated: its publication date counts
    ("r4", date(2031, 5, 10), ["evacuation_blocked"], date(2031, 5, 10), None),
    ("r5", date(2031, 5, 12), ["ceasefire_broken"], date(2031, 5, 12), (35000, None)),
]


def _add(store: Store, source_id: str, published: date, indicators: list[str], day: date | None, trapped) -> str:  # type: ignore[no-untyped-def]
    doc = Document(text=f"report {source_id} about Vell Maran", source_id=source_id, published=published)
    store.add_document(doc)
    counts = [Count(kind="trapped", low=trapped[0], high=trapped[1], text="trapped")] if trapped else []
    mention = Mention(
        document_id=doc.id, type="other", span=(0, 5), evidence=doc.text, indicators=indicators, location=TOWN,
        date=DateSpan(start=day, end=day) if day else None, counts=counts,
    )  # fmt: skip
    for m in store.save_extraction(Extraction(document_id=doc.id, source_id=source_id, mentions=[mention])):
        store.save_event(event_from_mention(m))
    return doc.id


def test_report_by_report_the_critical_alert_fires_once_at_the_completing_report(store: Store) -> None:
    rules = load_rules()
    raised = {}
    for source_id, published, indicators, day, trapped in REPORTS:
        doc_id = _add(store, source_id, published, indicators, day, trapped)
        report = assess_document(store, doc_id, rules=rules)
        raised[source_id] = [a.rule for a in report.alerts]
        assert report.situations == ["vell-maran-xb"]
    assert raised["r1"] == raised["r2"] == []
    assert "ceasefire-broken-trapped" in raised["r3"]
    assert "ceasefire-broken-trapped" not in raised["r5"]
    [(alert, _)] = list_alerts(store, rule="ceasefire-broken-trapped")
    assert alert.source_id == "r3" and alert.day == date(2031, 5, 10) and alert.severity == "critical"
    s = store.get_situation("vell-maran-xb")
    assert s is not None
    steps = [
        (c.day.isoformat(), c.aspect, c.status) for c in s.timeline if c.aspect in ("siege", "ceasefire", "evacuation")
    ]
    assert steps == [
        ("2031-05-03", "siege", "encircled"),
        ("2031-05-07", "ceasefire", "agreed"),
        ("2031-05-10", "ceasefire", "broken"),
        ("2031-05-10", "evacuation", "blocked"),
    ]
    # replaying the archive gives the same situation and raises nothing new
    before = s.to_dict()
    again = replay(store, rules=rules)
    assert again.alerts == []
    after = store.get_situation("vell-maran-xb")
    assert after is not None
    assert {**after.to_dict(), "updated": None} == {**before, "updated": None}


def test_replay_of_an_unassessed_store_raises_the_alerts_at_the_same_reports(store: Store) -> None:
    for row in REPORTS:
        _add(store, *row)
    report = replay(store, rules=load_rules())
    critical = [a for a in report.alerts if a.severity == "critical"]
    assert [(a.source_id, a.day) for a in critical] == [("r3", date(2031, 5, 10))]


def test_failed_channel_keeps_alert_pending_until_a_later_pass(store: Store, tmp_path: Path) -> None:
    rules = load_rules()
    port = free_port()
    hook = WebhookChannel(name="ops", url=f"http://127.0.0.1:{port}/hook", retry=Retry(retries=1, backoff=0.01))
    log = FileChannel(name="log", path=tmp_path / "alerts.jsonl", min_severity="critical")
    report = None
    for row in REPORTS:
        report = assess_document(store, _add(store, *row), rules=rules, channels=[hook, log])
        if report.alerts:
            break
    assert report is not None and report.failed and all(d.channel == "ops" for d in report.failed)
    assert store.delivered() == {(a.id, "log") for a in report.alerts if a.severity == "critical"}
    receiver = HttpReceiver(port=port).start()
    try:
        second = deliver_pending(store, [hook, log])
        third = deliver_pending(store, [hook, log])
    finally:
        receiver.stop()
    assert second and all(d.ok and d.channel == "ops" for d in second)
    assert third == []
    assert len(receiver.requests) == len(second)
