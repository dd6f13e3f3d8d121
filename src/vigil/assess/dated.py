"""Events with the day the reports give them, in a replay-proof order."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from vigil.assess.dating import document_ids, event_day
from vigil.assess.knowledge import Knowledge
from vigil.records import Event, FigureRange, Mention


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


def _figures(mention: Mention) -> list[FigureRange]:
    figures: dict[str, FigureRange] = {}
    for c in mention.counts:
        if c.kind in figures or (c.low is None and c.high is None):
            continue
        best = c.low if c.low == c.high else (c.low if c.low is not None else c.high)
        figures[c.kind] = FigureRange(kind=c.kind, low=c.low, best=best, high=c.high, values=[])
    return list(figures.values())


def report_views(event: Event, published: Mapping[str, date | None]) -> list[Dated]:
    """One dated view of the event per report of it: the day that report gives (its date, else its document's
    publication date), with that report's own indicators and figures. An event that many reports joined over
    several days (an agreement, then reports of it holding, then of the evacuation it allowed being blocked)
    thus sets each status on the day its report gives, not all on the event's first day."""
    views = []
    for m in event.mentions:
        day = m.date.start if m.date is not None else published.get(m.document_id) or event_day(event, published)
        if day is None:
            continue
        view = Event(
            id=event.id,
            type=m.type,
            mentions=[m],
            location=event.location,
            date_start=day,
            date_end=m.date.end if m.date is not None else day,
            perpetrators=list(m.perpetrators),
            sides=list(m.sides),
            indicators=list(m.indicators),
            violations=list(m.violations),
            figures=_figures(m),
            n_sources=event.n_sources,
            grade=event.grade,
        )
        views.append(Dated(day, view))
    return views


def date_events(events: Iterable[Event], *, published: Mapping[str, date | None], knowledge: Knowledge) -> list[Dated]:
    """Reports of events that have a day (an event several reports joined gives one view per report, see
    ``report_views``; an event of one report is dated as a whole), sorted by day, then by the order their
    indicators apply in, then by id; those without any day are left out, as are those that negate or deny."""
    dated: list[Dated] = []
    for e in events:
        if len(e.mentions) > 1:
            dated.extend(report_views(e, published))
        elif (day := event_day(e, published)) is not None:
            dated.append(Dated(day, e))
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
