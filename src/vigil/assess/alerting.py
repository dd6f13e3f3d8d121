"""Alerts from rules, evaluated on a situation each time a report changes it.

One development raises one alert: an alert is keyed by rule, situation and report day (so replaying or
re-running adds nothing), and a rule that fired for a situation stays quiet there for its ``cooldown_days``
either side of that day.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime

from vigil.assess.dated import date_events
from vigil.assess.figures import describe
from vigil.assess.knowledge import Knowledge, load_knowledge
from vigil.assess.rules import Match, Rule, find_matches
from vigil.records import Alert, Event, Situation


def alert_id(rule_id: str, situation_id: str, day: date) -> str:
    digest = hashlib.sha256(f"{rule_id}\x1f{situation_id}\x1f{day.isoformat()}".encode()).hexdigest()
    return f"al-{digest[:16]}"


def _quiet(rule: Rule, day: date, fired: Iterable[Alert]) -> bool:
    cooldown = max(rule.cooldown_days, 1)
    return any(abs((a.day - day).days) < cooldown for a in fired)


def _message(rule: Rule, situation: Situation, match: Match) -> str:
    parts = [f"{rule.label} in {situation.name} on {match.day.isoformat()}"]
    parts.extend(e["condition"] for e in match.evidence)
    if situation.trapped is not None:
        parts.append(f"trapped estimate {describe(situation.trapped)}")
    return "; ".join(parts)


def evaluate_rules(
    situation: Situation,
    events: Iterable[Event],
    *,
    published: Mapping[str, date | None],
    rules: Sequence[Rule],
    existing: Sequence[Alert] = (),
    document_id: str | None = None,
    source_id: str | None = None,
    knowledge: Knowledge | None = None,
    now: datetime | None = None,
) -> list[Alert]:
    """New alerts for ``situation`` given the alerts it already has; ``document_id`` / ``source_id`` name the
    report that was just added (the one whose arrival completes any condition found now)."""
    know = knowledge or load_knowledge()
    dated = date_events(events, published=published, knowledge=know)
    created = now or datetime.now(UTC)
    new: list[Alert] = []
    for rule in rules:
        fired = [a for a in existing if a.rule == rule.id and a.situation_id == situation.id]
        for match in find_matches(rule, dated, changes=situation.timeline, knowledge=know):
            if _quiet(rule, match.day, fired):
                continue
            alert = Alert(
                id=alert_id(rule.id, situation.id, match.day),
                rule=rule.id,
                severity=rule.severity,
                situation_id=situation.id,
                situation_name=situation.name,
                day=match.day,
                message=_message(rule, situation, match),
                document_id=document_id,
                source_id=source_id,
                event_ids=match.event_ids,
                evidence=match.evidence,
                created=created,
            )
            new.append(alert)
            fired.append(alert)
    return new
