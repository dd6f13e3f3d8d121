"""Situations derived from events: grouped by place, each with its timeline, figures, tempo and risk."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from vigil.assess.dated import Dated, date_events
from vigil.assess.escalation import escalation_at, tempo
from vigil.assess.figures import describe, estimate
from vigil.assess.keys import SituationKey, situation_key
from vigil.assess.knowledge import Knowledge, load_knowledge
from vigil.assess.risk import risk_level, risk_signals
from vigil.assess.timeline import build_timeline
from vigil.records import Event, Place, Situation, SituationChange


def group_events(events: Iterable[Event]) -> dict[str, tuple[SituationKey, list[Event]]]:
    """Events by situation id (events with no place belong to none)."""
    groups: dict[str, tuple[SituationKey, list[Event]]] = {}
    for event in events:
        key = situation_key(event)
        if key is None:
            continue
        groups.setdefault(key.id, (key, []))[1].append(event)
    return groups


def _figure_steps(dated: list[Dated], kind: str) -> list[SituationChange]:
    """A timeline step each time the estimate of ``kind`` changes, as the reports came in by date."""
    steps: list[SituationChange] = []
    last = ""
    for n, d in enumerate(dated):
        if d.event.figure(kind) is None:
            continue
        est = estimate(dated[: n + 1], kind=kind)
        if est is None:
            continue
        value = describe(est)
        if value != last:
            steps.append(
                SituationChange(
                    day=d.day, aspect=kind, status=value, event_ids=[d.id], document_ids=d.documents(),
                    note=f"estimate from {len(est.sources)} report(s)",
                )
            )  # fmt: skip
            last = value
        elif steps:
            steps[-1].event_ids.append(d.id)
    return steps


def build_situation(
    key: SituationKey,
    events: Iterable[Event],
    *,
    published: Mapping[str, date | None],
    knowledge: Knowledge | None = None,
) -> Situation:
    """The situation of one area from its events (and the publication dates of their documents, for events
    the reports do not date). The result depends on the events only, never on the order they arrived in."""
    know = knowledge or load_knowledge()
    dated = date_events(events, published=published, knowledge=know)
    timeline = build_timeline(dated, knowledge=know)
    changes = sorted([*timeline.changes, *_figure_steps(dated, "trapped")], key=lambda c: c.day)
    rows = tempo(dated, knowledge=know)
    for row in rows:
        n = row["attacks"]
        killed = f", {row['killed']:,} reported killed" if row["killed"] else ""
        changes.append(
            SituationChange(
                day=date.fromisoformat(row["day"]), aspect="attacks", status=f"{n} attack{'s' if n != 1 else ''}",
                note=f"attacks on civilians{killed}", event_ids=list(row["event_ids"]),
            )
        )  # fmt: skip
    changes.sort(key=lambda c: c.day)
    last = dated[-1].day if dated else None
    escalation = escalation_at(dated, last, knowledge=know) if last else None
    risk = risk_signals(dated, changes=changes, escalation=escalation, knowledge=know, day=last) if last else []
    score = round(sum(s.score for s in risk), 2)
    located = _located(dated)
    return Situation(
        id=key.id,
        name=key.name,
        country=key.country,
        geonameid=key.geonameid,
        lat=located.lat if located else None,
        lon=located.lon if located else None,
        siege=timeline.status("siege"),
        ceasefire=timeline.status("ceasefire"),
        evacuation=timeline.status("evacuation"),
        access=timeline.status("access"),
        trapped=estimate(dated, kind="trapped"),
        first_day=dated[0].day if dated else None,
        last_day=last,
        timeline=changes,
        tempo=rows,
        escalation=escalation,
        risk=risk,
        risk_score=score,
        risk_level=risk_level(score, knowledge=know),
        event_ids=[d.id for d in dated],
    )


def _located(dated: list[Dated]) -> Place | None:
    """The first place of the situation's events that has coordinates."""
    return next((d.event.location for d in dated if d.event.location and d.event.location.lat is not None), None)


def build_situations(
    events: Iterable[Event], *, published: Mapping[str, date | None], knowledge: Knowledge | None = None
) -> list[Situation]:
    """Every situation the events make, by id."""
    groups = group_events(events)
    return [
        build_situation(key, evs, published=published, knowledge=knowledge) for _, (key, evs) in sorted(groups.items())
    ]
