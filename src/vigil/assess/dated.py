"""Events with the day the reports give them, in a replay-proof order."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from vigil.assess.dating import document_ids, event_day
from vigil.assess.knowledge import Knowledge
from vigil.records import Event


@dataclass(frozen=True, slots=True)
class Dated:
    day: date
    event: Event

    @property
    def id(self) -> str:
        return self.event.id

    def documents(self) -> list[str]:
        return document_ids(self.event)

    def evidence(self) -> str:
        return " ".join(m.evidence for m in self.event.mentions if m.evidence)

    def planned(self) -> bool:
        """Every report of it is of something planned or hypothetical, not done."""
        modes = [m.modality for m in self.event.mentions]
        return bool(modes) and all(m in ("planned", "hypothetical") for m in modes)

    def negated(self) -> bool:
        modes = [m.modality for m in self.event.mentions]
        return bool(modes) and all(m in ("negated", "denied") for m in modes)


def date_events(events: Iterable[Event], *, published: Mapping[str, date | None], knowledge: Knowledge) -> list[Dated]:
    """Events that have a day, sorted by day, then by the order their indicators apply in, then by id;
    events without any day are left out, as are events every report of which negates or denies."""
    dated = [Dated(day, e) for e in events if (day := event_day(e, published)) is not None]
    dated = [d for d in dated if not d.negated()]

    def order(d: Dated) -> tuple[date, int, str]:
        ranks = [knowledge.indicator_order(i) for i in d.event.indicators]
        return (d.day, min(ranks, default=len(knowledge.indicator_status)), d.id)

    return sorted(dated, key=order)


def is_harm(d: Dated, knowledge: Knowledge) -> bool:
    """Violence against civilians: a harming event type or indicator."""
    return d.event.type in knowledge.harm_types or bool(knowledge.harm_indicators & set(d.event.indicators))


def figure_value(event: Event, kind: str) -> int | None:
    """The value of a figure for thresholds: the best estimate, else the lower bound, else the upper bound."""
    f = event.figure(kind)
    if f is None:
        return None
    for value in (f.best, f.low, f.high):
        if value is not None:
            return value
    return None
