"""Where a rule holds in a situation: the report days on which every condition is met, with the evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from vigil.assess.dated import Dated, figure_value
from vigil.assess.escalation import escalation_at
from vigil.assess.knowledge import Knowledge
from vigil.assess.rules.model import Condition, Rule
from vigil.assess.timeline import status_on
from vigil.records import SituationChange


@dataclass(slots=True, kw_only=True)
class Match:
    """A rule met on ``day``: for each condition, what met it (events, or the situation's status)."""

    day: date
    evidence: list[dict[str, Any]] = field(default_factory=list)

    @property
    def event_ids(self) -> list[str]:
        return list(dict.fromkeys(i for e in self.evidence for i in e["event_ids"]))


def event_meets(condition: Condition, d: Dated) -> bool:
    event = d.event
    if condition.indicator and not set(condition.indicator) & set(event.indicators):
        return False
    if condition.type and event.type not in condition.type:
        return False
    if condition.figure is not None:
        value = figure_value(event, condition.figure)
        if value is None or (condition.at_least is not None and value < condition.at_least):
            return False
    return True


def _situation_meets(
    condition: Condition, day: date, dated: list[Dated], changes: list[SituationChange], knowledge: Knowledge
) -> dict[str, Any] | None:
    event_ids: list[str] = []
    notes = []
    for aspect, allowed in condition.status:
        step = status_on(changes, aspect, day)
        if step is None or step.status not in allowed:
            return None
        event_ids.extend(step.event_ids)
        notes.append(f"{aspect} {step.status} since {step.day.isoformat()}")
    if condition.escalation is not None:
        signal = escalation_at(dated, day, knowledge=knowledge)
        if signal.score < condition.escalation or signal.score <= 0:
            return None
        event_ids.extend(signal.event_ids)
        notes.append(signal.explanation)
    return {"condition": condition.describe(), "event_ids": event_ids, "note": "; ".join(notes)}


def _events_meet(condition: Condition, window: list[Dated]) -> dict[str, Any] | None:
    met = [d for d in window if event_meets(condition, d)]
    if len(met) < condition.count:
        return None
    return {
        "condition": condition.describe(),
        "event_ids": [d.id for d in met],
        "days": sorted({d.day.isoformat() for d in met}),
        "document_ids": list(dict.fromkeys(doc for d in met for doc in d.documents())),
    }


def find_matches(
    rule: Rule, dated: list[Dated], *, changes: list[SituationChange], knowledge: Knowledge
) -> list[Match]:
    """Every report day on which ``rule`` holds, earliest first: each event condition met by events dated
    within ``within_days`` up to that day, each status condition by the situation as of that day."""
    matches = []
    for day in sorted({d.day for d in dated}):
        start = day - timedelta(days=rule.within_days)
        window = [d for d in dated if start <= d.day <= day]
        evidence = []
        for condition in rule.when:
            if condition.on_events:
                found = _events_meet(condition, window)
            else:
                found = _situation_meets(condition, day, dated, changes, knowledge)
            if found is None:
                break
            evidence.append(found)
        else:
            matches.append(Match(day=day, evidence=evidence))
    return matches
