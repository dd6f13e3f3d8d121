"""What corroboration keeps of each event beside its record: the features new mentions are scored against."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from vigil.corroborate.events import figure_values, reconcile
from vigil.corroborate.places import PlaceKey, place_key
from vigil.corroborate.sources import SourceCount, SourceInfo, count_sources, grade
from vigil.corroborate.text import content_words
from vigil.records import Actor, Document, Event, FigureRange, Mention, Place

_MAX_TOKENS = 400
_MAX_CONTEXT = 300
_PRECISE_DAYS = 2
_PUBLISHED_LAG_DAYS = 2
_NONE: frozenset[str] = frozenset()


def actor_key(actor: Actor) -> str:
    return (actor.actor or actor.text).casefold()


@dataclass(slots=True, kw_only=True)
class MentionFeatures:
    """A mention read for corroboration: its days (as ordinals), place, words, actors and family of copies."""

    mention: Mention
    source: SourceInfo
    span: tuple[int, int] | None
    precise: bool
    place: PlaceKey | None
    context: frozenset[str]
    tokens: frozenset[str]
    actor_kinds: frozenset[str]
    actor_ids: frozenset[str]


def mention_span(mention: Mention, document: Document | None) -> tuple[tuple[int, int] | None, bool]:
    """The days a mention speaks of, and whether they are precise (a stated date of a day or two).

    Without a stated date, the few days before publication stand in for it (imprecise)."""
    if mention.date is not None:
        start, end = mention.date.start.toordinal(), mention.date.end.toordinal()
        return (min(start, end), max(start, end)), abs(end - start) < _PRECISE_DAYS
    if document is not None and document.published is not None:
        day = document.published.toordinal()
        return (day - _PUBLISHED_LAG_DAYS, day), False
    return None, False


def publisher_place(place: Place | None, document: Document | None) -> bool:
    """True when the place is only ever named inside the publisher's name ("Sulat" of "the Sulat Observer"):
    a dateline or a credit, not where the event happened."""
    if place is None or document is None or not document.source:
        return False
    name = place.text.strip()
    if not name or name.casefold() not in document.source.casefold():
        return False
    text = document.text.casefold()
    bare = text.replace(document.source.casefold(), " ")
    words = document.source.split()
    if len(words) > 1:
        for n in range(len(words) - 1, 1, -1):
            for i in range(len(words) - n + 1):
                bare = bare.replace(" ".join(words[i : i + n]).casefold(), " ")
    return re.search(rf"\b{re.escape(name.casefold())}\b", bare) is None


def features(
    mention: Mention, *, document: Document | None, source: SourceInfo, context: frozenset[str]
) -> MentionFeatures:
    span, precise = mention_span(mention, document)
    return MentionFeatures(
        mention=mention,
        source=source,
        span=span,
        precise=precise,
        place=None if publisher_place(mention.location, document) else place_key(mention.location),
        context=context,
        tokens=content_words(mention.evidence),
        actor_kinds=frozenset(a.kind for a in _doers(mention) if a.kind != "unknown") or _NONE,
        actor_ids=frozenset(actor_key(a) for a in _doers(mention)) or _NONE,
    )


def _doers(mention: Mention) -> list[Actor]:
    """Who acted: the perpetrators, or the sides of a battle."""
    return mention.perpetrators or mention.sides


def _union(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None:
        return b
    if b is None:
        return a
    return (min(a[0], b[0]), max(a[1], b[1]))


@dataclass(slots=True)
class PlaceSeen:
    key: PlaceKey
    place: Place
    count: int = 1


@dataclass(slots=True, kw_only=True)
class EventState:
    """An event and what its mentions taught: days, places, names, words, actors, sources, figures."""

    event: Event
    precise_span: tuple[int, int] | None = None
    loose_span: tuple[int, int] | None = None
    places: dict[tuple[str, float | None, float | None], PlaceSeen] = field(default_factory=dict)
    context: set[str] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)
    actor_kinds: frozenset[str] = _NONE
    actor_ids: frozenset[str] = _NONE
    sources: dict[str, SourceInfo] = field(default_factory=dict)
    values: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    types: Counter[str] = field(default_factory=Counter)
    days: Counter[int] = field(default_factory=Counter)
    core_days: tuple[int, int] | None = None
    index_keys: frozenset[tuple[Any, ...]] = frozenset()
    filed_as: tuple[Any, ...] | None = None
    count: SourceCount | None = None
    read: list[MentionFeatures] = field(default_factory=list)
    root_set: set[str] = field(default_factory=set)
    sources_changed: bool = True

    @property
    def span(self) -> tuple[int, int] | None:
        return self.precise_span or self.loose_span

    def core(self) -> tuple[int, int] | None:
        """The days most of its precise reports give (at least half as many as the most given day)."""
        if not self.days:
            return self.span
        if self.core_days is None:
            top = max(self.days.values())
            core = [d for d, n in self.days.items() if 2 * n >= top]
            self.core_days = (min(core), max(core))
        return self.core_days

    @property
    def roots(self) -> set[str]:
        """The families of copies its documents belong to (kept as they arrive, not rebuilt)."""
        return self.root_set

    def filing(self) -> tuple[Any, ...]:
        """What its index entries depend on: its span and its places (refiled only when these change)."""
        return (self.precise_span, self.loose_span, len(self.places))

    def place_keys(self) -> list[PlaceKey]:
        return [p.key for p in self.places.values()]

    def absorb(self, f: MentionFeatures) -> None:
        """Learn from one mention (the event record is refreshed separately)."""
        self.read.append(f)
        if f.span is not None:
            if f.precise:
                self.precise_span = _union(self.precise_span, f.span)
                self.days[f.span[0]] += 1
                self.core_days = None
            else:
                self.loose_span = _union(self.loose_span, f.span)
        if f.place is not None and f.mention.location is not None:
            k = (f.place.name, f.place.lat, f.place.lon)
            seen = self.places.get(k)
            if seen is None:
                self.places[k] = PlaceSeen(key=f.place, place=f.mention.location)
            else:
                seen.count += 1
        if len(self.context) < _MAX_CONTEXT:
            self.context.update(f.context)
        if len(self.tokens) < _MAX_TOKENS:
            self.tokens.update(f.tokens)
        if f.actor_kinds:  # few mentions name actors: share one empty set until one does
            self.actor_kinds |= f.actor_kinds
        if f.actor_ids:
            self.actor_ids |= f.actor_ids
        if f.source.document_id not in self.sources:
            self.sources[f.source.document_id] = f.source
            self.root_set.add(f.source.root)
            self.sources_changed = True
        family = f.source.root
        for v in figure_values(f.mention, source=family):
            self.values.setdefault(v["kind"], []).append(v)
        self.types[f.mention.type] += 1

    def absorb_state(self, other: EventState) -> None:
        """Learn everything another event's state holds (when the two events merge)."""
        self.precise_span = _union(self.precise_span, other.precise_span)
        self.loose_span = _union(self.loose_span, other.loose_span)
        for k, seen in other.places.items():
            mine = self.places.get(k)
            if mine is None:
                self.places[k] = PlaceSeen(key=seen.key, place=seen.place, count=seen.count)
            else:
                mine.count += seen.count
        self.context.update(other.context)
        self.tokens.update(other.tokens)
        self.actor_kinds |= other.actor_kinds
        self.actor_ids |= other.actor_ids
        self.sources.update(other.sources)
        self.root_set.update(other.root_set)
        self.sources_changed = True
        for kind, values in other.values.items():
            self.values.setdefault(kind, []).extend(values)
        self.types.update(other.types)
        self.days.update(other.days)
        self.core_days = None
        self.read.extend(other.read)

    def figures(self) -> list[FigureRange]:
        return [reconcile(kind, values) for kind, values in sorted(self.values.items())]

    def refresh(self, *, added: list[Mention]) -> None:
        """Write what the state knows into the event record (type, place, dates, actors, figures, grade);
        ``added`` are the mentions new to the record since the last refresh."""
        e = self.event
        if self.types:
            top = max(self.types.values())
            if self.types.get(e.type, 0) < top:
                e.type = next(t for t, n in self.types.items() if n == top)
        if self.places:
            best = min(self.places.values(), key=lambda p: (p.key.rank, -p.count))
            e.location = best.place
        span = self.span
        if span is not None:
            e.date_start, e.date_end = date.fromordinal(span[0]), date.fromordinal(span[1])
        touched: set[str] = set()
        for m in added:
            _add_actors(e.perpetrators, m.perpetrators)
            _add_actors(e.sides, m.sides)
        if any(m.indicators or m.violations for m in added):
            indicators, violations = dict.fromkeys(e.indicators), dict.fromkeys(e.violations)
            for m in added:
                indicators.update(dict.fromkeys(m.indicators))
                violations.update(dict.fromkeys(m.violations))
            e.indicators, e.violations = list(indicators), list(violations)
        for m in added:
            touched.update(c.kind for c in m.counts)
        if touched:
            kept = {f.kind: f for f in e.figures if f.kind not in touched}
            for kind in touched & self.values.keys():
                kept[kind] = reconcile(kind, self.values[kind])
            e.figures = [kept[k] for k in sorted(kept)]
        if self.sources_changed or self.count is None:  # a second mention of a known document changes nothing
            self.count = count_sources(self.sources.values())
            self.sources_changed = False
        e.n_sources = self.count.independent
        e.grade = grade(self.count)

    def end_day(self) -> int | None:
        span = self.span
        return span[1] if span else None


def _add_actors(into: list[Actor], actors: list[Actor]) -> None:
    """Appends the actors not yet in ``into`` (by normalized actor, else text)."""
    if not actors:
        return
    seen = {actor_key(a) for a in into}
    for a in actors:
        if actor_key(a) not in seen:
            seen.add(actor_key(a))
            into.append(a)
