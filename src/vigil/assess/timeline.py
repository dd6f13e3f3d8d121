"""A situation's timeline: each aspect's status as its events set it, day by day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from vigil.assess.dated import Dated
from vigil.assess.knowledge import ASPECTS, Knowledge
from vigil.records import SituationChange


def _snippet(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def event_statuses(d: Dated, knowledge: Knowledge) -> dict[str, str]:
    """The status each aspect takes from one event: its indicators, its modality, then its evidence words."""
    statuses: dict[str, str] = {}
    for indicator in sorted(d.event.indicators, key=knowledge.indicator_order):
        if indicator not in knowledge.indicator_status:
            continue
        aspect, status = knowledge.indicator_status[indicator]
        if d.planned() and aspect in knowledge.planned_status:
            status = knowledge.planned_status[aspect]
        statuses[aspect] = status
    text = d.evidence().lower()
    for aspect, cues in knowledge.evidence_cues.items():
        base = statuses.get(aspect)
        if base is None and not cues.without_indicator:
            continue
        if base is not None and base not in cues.refines:
            continue
        for status, words in cues.statuses.items():
            if any(w in text for w in words):
                statuses[aspect] = status
                break
    return statuses


@dataclass(slots=True)
class Timeline:
    changes: list[SituationChange] = field(default_factory=list)
    current: dict[str, SituationChange] = field(default_factory=dict)

    def status(self, aspect: str) -> str:
        change = self.current.get(aspect)
        return change.status if change else ""

    def add(self, d: Dated, aspect: str, status: str, note: str = "") -> None:
        current = self.current.get(aspect)
        if current is not None and current.status == status:
            _extend(current, d)
            return
        change = SituationChange(
            day=d.day, aspect=aspect, status=status, note=note, event_ids=[d.id], document_ids=d.documents()
        )
        self.changes.append(change)
        self.current[aspect] = change


def _extend(change: SituationChange, d: Dated) -> None:
    if d.id not in change.event_ids:
        change.event_ids.append(d.id)
    for doc in d.documents():
        if doc not in change.document_ids:
            change.document_ids.append(doc)


def build_timeline(dated: list[Dated], *, knowledge: Knowledge) -> Timeline:
    """Status changes of siege, ceasefire, evacuation and access, in report-date order. A report that
    repeats the current status joins that step as more evidence instead of adding a step."""
    timeline = Timeline()
    for d in dated:
        for aspect, status in event_statuses(d, knowledge).items():
            timeline.add(d, aspect, status, note=_snippet(d.evidence()))
    return timeline


def status_on(changes: list[SituationChange], aspect: str, day: date) -> SituationChange | None:
    """The step that set ``aspect``'s status as of ``day`` (the latest on or before it)."""
    found = None
    for change in changes:
        if change.aspect == aspect and change.day <= day:
            found = change
    return found


__all__ = ["ASPECTS", "Timeline", "build_timeline", "event_statuses", "status_on"]
