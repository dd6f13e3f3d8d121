"""Violence against civilians in an area compared with the area's own baseline, and its tempo by day."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from vigil.assess.dated import Dated, figure_value, is_harm
from vigil.assess.knowledge import Knowledge
from vigil.records import Signal


def tempo(dated: list[Dated], *, knowledge: Knowledge) -> list[dict[str, Any]]:
    """Attacks on civilians and people reported killed, per day, with the events of each day."""
    days: dict[date, dict[str, Any]] = defaultdict(lambda: {"attacks": 0, "killed": 0, "event_ids": []})
    for d in dated:
        if not is_harm(d, knowledge):
            continue
        row = days[d.day]
        row["attacks"] += 1
        row["killed"] += figure_value(d.event, "killed") or 0
        row["event_ids"].append(d.id)
    return [{"day": day.isoformat(), **days[day]} for day in sorted(days)]


def escalation_at(dated: list[Dated], day: date, *, knowledge: Knowledge) -> Signal:
    """Attacks on civilians in the ``recent_days`` up to ``day`` against the rate of the ``baseline_days``
    before them. The ratio's floor is one attack in the whole baseline period, so a quiet area that erupts
    scores high, and a busy one must grow to score."""
    recent_start = day - timedelta(days=knowledge.recent_days)
    base_start = recent_start - timedelta(days=knowledge.baseline_days)
    harm = [d for d in dated if is_harm(d, knowledge) and d.day <= day]
    recent = [d for d in harm if d.day > recent_start]
    baseline = [d for d in harm if base_start < d.day <= recent_start]
    per_window = knowledge.recent_days / max(knowledge.baseline_days, 1)
    rate = len(baseline) * per_window
    ratio = len(recent) / max(rate, per_window)
    killed = sum(figure_value(d.event, "killed") or 0 for d in recent)
    escalating = len(recent) >= knowledge.escalation_min_events and ratio >= knowledge.escalation_min_ratio
    verdict = "escalating" if escalating else "not escalating"
    explanation = (
        f"{verdict}: {len(recent)} attacks on civilians ({killed:,} reported killed) in the {knowledge.recent_days}"
        f" days to {day.isoformat()} against {rate:.1f} per {knowledge.recent_days} days over the"
        f" {knowledge.baseline_days} days before (ratio {ratio:.1f})"
    )
    return Signal(
        kind="escalation", score=round(ratio, 2) if escalating else 0.0, explanation=explanation,
        event_ids=[d.id for d in recent],
    )  # fmt: skip
