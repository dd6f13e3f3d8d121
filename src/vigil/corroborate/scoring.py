"""How well a mention fits an event: type, days, place, actors, figures, wording and copies.

Hard conflicts (incompatible types, days too far apart, distinct places) rule a pair out; otherwise
the score is a weighted sum of the type, date and place agreement, adjusted by actors, figures,
wording and shared copies. A mention joins the best event whose score reaches the threshold.
"""

from __future__ import annotations

from dataclasses import dataclass

from vigil.corroborate.kinds import TypeCompatibility
from vigil.corroborate.places import PlaceKey, Relation, relation
from vigil.corroborate.state import EventState, MentionFeatures
from vigil.corroborate.text import containment

_PLACE_SCORE = {Relation.SAME: 1.0, Relation.NESTED: 0.65, Relation.UNKNOWN: 0.4}
_COUNTED = ("killed", "injured", "abducted", "detained", "missing")


@dataclass(slots=True, frozen=True, kw_only=True)
class Weights:
    type: float = 0.35
    date: float = 0.30
    place: float = 0.35
    wording: float = 0.25
    copy: float = 0.5
    same_actor: float = 0.05
    other_actor: float = -0.15
    figures_agree: float = 0.05
    figures_clash: float = -0.1


@dataclass(slots=True, frozen=True, kw_only=True)
class Score:
    total: float
    type: float
    date: float
    place: Relation
    wording: float
    copy: bool

    def explain(self) -> str:
        parts = [f"score {self.total:.2f}", f"type {self.type:.2f}", f"date {self.date:.2f}"]
        parts += [f"place {self.place.value}", f"wording {self.wording:.2f}"]
        if self.copy:
            parts.append("copy of a report already in the event")
        return ", ".join(parts)


def date_score(a: tuple[int, int] | None, b: tuple[int, int] | None, *, precise: bool, window: int) -> float | None:
    """1.0 for the same day stated by both, less for looser or neighbouring days; None beyond the window.

    A day apart scores half: a report dated the day after needs the same type, the same place or
    shared wording to join (reports often disagree by a day; distinct events follow each other too)."""
    if a is None or b is None:
        return 0.3
    gap = max(0, a[0] - b[1], b[0] - a[1])
    if gap > window:
        return None
    if gap == 0:
        return 1.0 if precise else 0.6
    return 0.5 if gap == 1 else 0.35


def place_relation(place: PlaceKey | None, context: frozenset[str] | set[str], event: EventState) -> Relation:
    """SAME when some place of the event is this one; DISTINCT when one is distinct; else nested/unknown."""
    if place is None or not event.places:
        return Relation.UNKNOWN
    seen = event.places.get((place.name, place.lat, place.lon))
    if seen is not None and seen.key == place:  # a place is the same as itself, whatever the others are
        return Relation.SAME
    found = Relation.UNKNOWN
    for other in event.places.values():
        r = relation(place, other.key, context_a=context, context_b=event.context)
        if r is Relation.SAME:
            return r
        if r is Relation.DISTINCT or (r is Relation.NESTED and found is not Relation.DISTINCT):
            found = r
    return found


def _figures(f: MentionFeatures, event: EventState, w: Weights) -> float:
    adjust = 0.0
    for c in f.mention.counts:
        if c.kind not in _COUNTED or c.kind not in event.values:
            continue
        mine = c.low if c.low is not None else c.high
        theirs = [v["low"] if v["low"] is not None else v["high"] for v in event.values[c.kind]]
        theirs = [t for t in theirs if t is not None]
        if mine is None or not theirs:
            continue
        near = min(theirs, key=lambda t: abs(t - mine))
        lo, hi = sorted((mine, near))
        if hi <= lo * 1.5 + 1:
            adjust = max(adjust, w.figures_agree)
        elif hi >= 5 * max(lo, 1) and hi >= 10:
            adjust = min(adjust, w.figures_clash)
    return adjust


def score(
    f: MentionFeatures, event: EventState, *, types: TypeCompatibility, window: int, weights: Weights
) -> Score | None:
    """The score of mention ``f`` against ``event``, or None when they cannot be one event."""
    t = types.score(f.mention.type, event.event.type)
    if t == 0.0:
        t = max((types.score(f.mention.type, other) for other in event.types), default=0.0)
        if t == 0.0:
            return None
    precise = f.precise and event.precise_span is not None
    d = date_score(f.span, event.core() if f.precise else event.span, precise=precise, window=window)
    if d is None:
        return None
    p = place_relation(f.place, f.context, event)
    if p is Relation.DISTINCT:
        return None
    w = weights
    total = w.type * t + w.date * d + w.place * _PLACE_SCORE[p]
    if f.actor_ids & event.actor_ids:
        total += w.same_actor
    elif f.actor_kinds and event.actor_kinds and not f.actor_kinds & event.actor_kinds:
        total += w.other_actor
    total += _figures(f, event, w)
    wording = containment(f.tokens, event.tokens)
    total += w.wording * wording
    copy = f.source.root in event.roots
    if copy:
        total += w.copy
    return Score(total=total, type=t, date=d, place=p, wording=wording, copy=copy)


def can_merge(a: EventState, b: EventState, *, types: TypeCompatibility, window: int) -> bool:
    """Two events may merge when their types are compatible, their days meet and a place is shared."""
    if types.score(a.event.type, b.event.type) == 0.0:
        return False
    if date_score(a.span, b.span, precise=False, window=window) is None:
        return False
    if not a.places or not b.places:
        return True
    same = False
    for pa in a.place_keys():
        for pb in b.place_keys():
            r = relation(pa, pb, context_a=a.context, context_b=b.context)
            if r is Relation.DISTINCT:
                return False
            same = same or r is Relation.SAME
    return same
