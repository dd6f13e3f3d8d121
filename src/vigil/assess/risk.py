"""Atrocity-risk signals derived from a situation's events; each names the events that drove it."""

from __future__ import annotations

from datetime import date, timedelta

from vigil.assess.dated import Dated
from vigil.assess.knowledge import Knowledge
from vigil.records import Signal, SituationChange

SIEGE_ON = ("encircled", "besieged")
BLOCKING = ("evacuation_blocked", "humanitarian_access_denied")


def _encircled_blocked(dated: list[Dated], changes: list[SituationChange], since: date) -> list[str]:
    """Events that blocked exits or aid while the area was encircled or besieged."""
    found = []
    for d in dated:
        if d.day < since or not set(BLOCKING) & set(d.event.indicators):
            continue
        siege = [c for c in changes if c.aspect == "siege" and c.day <= d.day]
        if siege and siege[-1].status in SIEGE_ON:
            found.extend([*siege[-1].event_ids[:1], d.id])
    return list(dict.fromkeys(found))


def risk_signals(
    dated: list[Dated], *, changes: list[SituationChange], escalation: Signal | None, knowledge: Knowledge, day: date
) -> list[Signal]:
    """One signal per weighted indicator seen in the ``window_days`` up to ``day``, plus encircled civilians
    with blocked exits, plus escalation when the area is escalating."""
    since = day - timedelta(days=knowledge.risk_window_days)
    recent = [d for d in dated if since <= d.day <= day]
    signals = []
    for kind, weight in knowledge.risk_weights.items():
        if kind == "encircled_blocked":
            ids = _encircled_blocked(recent, changes, since)
            what = "civilians encircled with exits or aid blocked"
        elif kind == "escalation":
            if escalation is None or escalation.score <= 0:
                continue
            why = escalation.explanation
            signals.append(Signal(kind=kind, score=weight, explanation=why, event_ids=escalation.event_ids))
            continue
        else:
            ids = [d.id for d in recent if kind in d.event.indicators]
            what = kind.replace("_", " ")
        if ids:
            days = sorted({d.day for d in recent if d.id in ids})
            explanation = f"{what}: {len(ids)} event(s), {days[0].isoformat()} to {days[-1].isoformat()}"
            signals.append(Signal(kind=kind, score=weight, explanation=explanation, event_ids=ids))
    return signals


def risk_level(score: float, *, knowledge: Knowledge) -> str:
    level = "low"
    for name, threshold in sorted(knowledge.risk_levels.items(), key=lambda kv: kv[1]):
        if score >= threshold:
            level = name
    return level
