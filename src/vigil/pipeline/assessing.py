"""Assess: after each stored document, rebuild the situations its events touch, raise alerts, deliver them.

``assess_document`` is what ``run`` calls after a document's events are saved; ``replay`` does the same for
every stored document in the order they were stored (an archive replayed gives the alerts following it
live gave); ``deliver_pending`` retries every alert a channel has not had yet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from vigil.assess import (
    Channel,
    ChannelError,
    RuleError,
    SituationKey,
    build_situation,
    deliver,
    evaluate_rules,
    load_channels,
    load_rules,
    situation_key,
)
from vigil.assess.rules import Rule
from vigil.records import Alert, Delivery, Event, Situation
from vigil.store import Store

__all__ = [
    "AssessReport",
    "AssessSettings",
    "ChannelError",
    "RuleError",
    "assess_document",
    "deliver_pending",
    "list_alerts",
    "list_situations",
    "replay",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class AssessSettings:
    """Where the rules and channels come from: the default rules plus ``rules_files`` (or only those, when
    ``replace_rules``), and the channels of ``channels_file`` (none when it is None)."""

    rules_files: tuple[Path, ...] = ()
    replace_rules: bool = False
    channels_file: Path | None = None

    def rules(self) -> tuple[Rule, ...]:
        return load_rules(self.rules_files, replace=self.replace_rules)

    def channels(self) -> list[Channel]:
        return load_channels(self.channels_file) if self.channels_file is not None else []


@dataclass(slots=True, kw_only=True)
class AssessReport:
    situations: list[str] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)

    @property
    def failed(self) -> list[Delivery]:
        return [d for d in self.deliveries if not d.ok]


def _events_of(store: Store, key: SituationKey, visible: set[str] | None = None) -> list[Event]:
    country = key.country.upper() if key.country else None
    found = store.events(country=country)
    if country is None:
        found = [e for e in found if e.location is not None and not e.location.country]
    return [e for e in found if (k := situation_key(e)) and k.id == key.id and (visible is None or e.id in visible)]


def _published(store: Store, events: Iterable[Event]) -> dict[str, date | None]:
    ids = {m.document_id for e in events for m in e.mentions}
    return {d.id: d.published for d in store.documents(ids=ids)} if ids else {}


def _assess_key(
    store: Store,
    key: SituationKey,
    *,
    rules: Sequence[Rule],
    document_id: str | None,
    source_id: str | None,
    report: AssessReport,
    visible: set[str] | None = None,
) -> Situation:
    events = _events_of(store, key, visible)
    published = _published(store, events)
    situation = build_situation(key, events, published=published)
    store.save_situation(situation)
    if key.id not in report.situations:
        report.situations.append(key.id)
    existing = store.alerts(situation_id=key.id)
    for alert in evaluate_rules(
        situation, events, published=published, rules=rules, existing=existing, document_id=document_id,
        source_id=source_id,
    ):  # fmt: skip
        if store.add_alert(alert):
            report.alerts.append(alert)
    return situation


def _keys(events: Iterable[Event]) -> dict[str, SituationKey]:
    return {k.id: k for e in events if (k := situation_key(e)) is not None}


def assess_document(
    store: Store,
    document_id: str,
    *,
    rules: Sequence[Rule],
    channels: Sequence[Channel] = (),
    report: AssessReport | None = None,
) -> AssessReport:
    """Rebuild every situation the document's events belong to, raise the alerts its arrival completes
    (naming it as the report that did), and send new alerts through ``channels``."""
    report = report if report is not None else AssessReport()
    doc = store.get_document(document_id)
    source_id = doc.source_id if doc else None
    event_ids = {eid for m in store.mentions(document_id=document_id) if (eid := store.event_id_for_mention(m.id))}
    events = [e for eid in sorted(event_ids) if (e := store.get_event(eid)) is not None]
    before = len(report.alerts)
    for key in _keys(events).values():
        _assess_key(store, key, rules=rules, document_id=document_id, source_id=source_id, report=report)
    if channels and len(report.alerts) > before:
        report.deliveries.extend(deliver_pending(store, channels, alerts=report.alerts[before:]))
    return report


def replay(store: Store, *, rules: Sequence[Rule]) -> AssessReport:
    """Assess every stored document again, in the order they were stored, seeing only the events reported
    so far at each step: the same situations and alerts as assessing them one by one as they came."""
    report = AssessReport()
    events = store.events()
    by_document: dict[str, list[Event]] = {}
    for event in events:
        for doc_id in dict.fromkeys(m.document_id for m in event.mentions):
            by_document.setdefault(doc_id, []).append(event)
    visible: set[str] = set()
    for doc in store.documents():
        touched = by_document.get(doc.id, [])
        if not touched:
            continue
        visible.update(e.id for e in touched)
        for key in _keys(touched).values():
            _assess_key(
                store, key, rules=rules, document_id=doc.id, source_id=doc.source_id, report=report, visible=visible
            )
    return report


def deliver_pending(
    store: Store, channels: Sequence[Channel], *, alerts: Sequence[Alert] | None = None
) -> list[Delivery]:
    """Send every alert (or those given) to each channel that takes it and has not had it; log every try.
    A channel that fails leaves its alerts pending for the next pass."""
    log = deliver(store.alerts() if alerts is None else alerts, channels, delivered=store.delivered())
    store.log_deliveries(log)
    return log


def list_situations(store: Store, *, country: str | None = None) -> list[Situation]:
    return store.situations(country=country.upper() if country else None)


def list_alerts(
    store: Store,
    *,
    situation_id: str | None = None,
    rule: str | None = None,
    severity: str | None = None,
    since: date | None = None,
) -> list[tuple[Alert, list[Delivery]]]:
    """Alerts with their delivery log."""
    found = store.alerts(situation_id=situation_id, rule=rule, severity=severity, since=since)
    log = store.deliveries()
    return [(a, [d for d in log if d.alert_id == a.id]) for a in found]
