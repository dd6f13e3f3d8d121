"""The Corroborator: mentions in, one at a time; events created, joined, merged, graded, with history.

It keeps an in-memory working set of events (seeded from stored events, fed mention by mention)
and never rebuilds: a new mention is compared only with the events the blocking index files under
its days and place, joins the best one that scores high enough, or opens a new event. When a mention
fits two events that themselves fit together, they merge.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from vigil.corroborate.blocking import BlockIndex, Key, days, event_place_keys, mention_place_keys
from vigil.corroborate.copies import CopyIndex
from vigil.corroborate.institutions import Institutions, default_institutions
from vigil.corroborate.kinds import TypeCompatibility, default_type_compatibility
from vigil.corroborate.places import PlaceKey
from vigil.corroborate.scoring import Score, Weights, can_merge, score
from vigil.corroborate.sources import SourceInfo, publisher_key
from vigil.corroborate.state import EventState, MentionFeatures, features
from vigil.corroborate.text import names
from vigil.records import Document, Event, EventChange, FigureRange, Mention

_NAME_LOOKUPS = 40
_DOC_CACHE = 4096
_KEY_CACHE = 1 << 12


@dataclass(slots=True, kw_only=True, frozen=True)
class CorroboratorConfig:
    """Settings. ``window_days``: how many days apart two reports of one event may date it;
    ``threshold``: the score a mention needs to join an event; ``copy_threshold``: the estimated
    shingle similarity that makes a document a copy of another; ``retire_after_days``: forget events
    (and documents) that ended this many days before the latest one seen (None keeps everything)."""

    window_days: int = 1
    threshold: float = 0.8
    copy_threshold: float = 0.7
    retire_after_days: int | None = None
    weights: Weights = field(default_factory=Weights)


@dataclass(slots=True, kw_only=True)
class EventUpdate:
    """What one ``add`` did: the event created or changed, its new history entries, the events merged
    into it (gone: delete them from the store), and the document this mention's document copies."""

    event: Event
    created: bool
    changes: list[EventChange]
    merged: list[str] = field(default_factory=list)
    copy_of: str | None = None
    score: float | None = None


def _fmt(f: FigureRange | None) -> str:
    if f is None:
        return "none"
    high = "?" if f.high is None else str(f.high)
    return f"{f.low}–{high} (best {f.best})"


class Corroborator:
    """Joins mentions into events incrementally. Nothing is loaded or computed in the constructor."""

    def __init__(
        self,
        *,
        config: CorroboratorConfig | None = None,
        institutions: Institutions | None = None,
        types: TypeCompatibility | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.config = config or CorroboratorConfig()
        self._institutions = institutions
        self._types = types
        self._clock = clock or (lambda: datetime.now(UTC))
        self._states: dict[str, EventState] = {}
        self._event_of: dict[str, str] = {}
        self._index = BlockIndex()
        self._copies = CopyIndex(threshold=self.config.copy_threshold)
        self._sources: dict[str, SourceInfo] = {}
        self._names: dict[str, frozenset[str]] = {}
        self._lookups: dict[PlaceKey, set[Key]] = {}
        self._publishers: dict[str, str] = {}
        self._ends: list[tuple[int, str]] = []
        self._latest: int | None = None

    # -- reading ------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._states)

    @property
    def types(self) -> TypeCompatibility:
        if self._types is None:
            self._types = default_type_compatibility()
        return self._types

    @property
    def institutions(self) -> Institutions:
        if self._institutions is None:
            self._institutions = default_institutions()
        return self._institutions

    def events(self) -> list[Event]:
        """The events of the working set, in the order they were opened."""
        return [s.event for s in self._states.values()]

    def event(self, event_id: str) -> Event | None:
        state = self._states.get(event_id)
        return state.event if state else None

    def event_of(self, mention_id: str) -> str | None:
        """The id of the event a mention joined (while that event is in the working set)."""
        return self._event_of.get(mention_id)

    def source(self, document_id: str) -> SourceInfo | None:
        """Publisher and family of copies of a document seen (while it is in the working set)."""
        return self._sources.get(document_id)

    # -- documents ----------------------------------------------------------------------------

    def _register(self, document: Document) -> SourceInfo:
        known = self._sources.get(document.id)
        if known is not None:
            return known
        day = document.published.toordinal() if document.published else (self._latest or 0)
        match = self._copies.add(document.id, document.text, day=day)
        institution = self.institutions.of(document)
        info = SourceInfo(
            document_id=document.id,
            publisher=self._publisher(document),
            institution=institution.name if institution else None,
            root=match.root if match else document.id,
            copy_of=match.of if match else None,
        )
        self._sources[document.id] = info
        return info

    def _publisher(self, document: Document) -> str:
        name = document.source
        if not name or not name.strip():
            return publisher_key(name, url=document.url, document_id=document.id)
        found = self._publishers.get(name)
        if found is None:
            if len(self._publishers) >= _DOC_CACHE:
                self._publishers.pop(next(iter(self._publishers)))
            found = self._publishers[name] = publisher_key(name, url=document.url, document_id=document.id)
        return found

    def _context(self, document: Document) -> frozenset[str]:
        found = self._names.get(document.id)
        if found is None:
            if len(self._names) >= _DOC_CACHE:
                self._names.pop(next(iter(self._names)))
            found = names(" ".join(filter(None, (document.title, document.text))))
            self._names[document.id] = found
        return found

    # -- the index ----------------------------------------------------------------------------

    def _entries(self, state: EventState) -> frozenset[tuple[int | None, Key]]:
        keys = event_place_keys(state.place_keys())
        return frozenset((d, k) for d in days(state.span) for k in keys)

    def _refile(self, state: EventState) -> None:
        """File an event under its (day, place key) entries; nothing to do while its days and places stay."""
        filing = state.filing()
        if filing == state.filed_as:
            return
        state.filed_as = filing
        entries = self._entries(state)
        if entries != state.index_keys:
            self._index.unfile(state.event.id, state.index_keys - entries)
            self._index.file(state.event.id, entries - state.index_keys)
            state.index_keys = entries
        end = state.end_day()
        if end is not None and self.config.retire_after_days is not None:
            heapq.heappush(self._ends, (end, state.event.id))

    def _place_keys(self, place: PlaceKey | None) -> set[Key]:
        keys = self._lookups.get(place) if place is not None else None
        if keys is None:
            keys = mention_place_keys(place)
            if place is not None:
                if len(self._lookups) >= _KEY_CACHE:
                    self._lookups.pop(next(iter(self._lookups)))
                self._lookups[place] = keys
        return keys

    def _candidates(self, f: MentionFeatures) -> list[EventState]:
        if f.place is None:
            keys = mention_place_keys(None, names=list(f.context)[:_NAME_LOOKUPS])
        else:
            keys = self._place_keys(f.place)
        states = self._states
        found = self._index.candidates(days(f.span, widen=self.config.window_days), keys)
        return [states[eid] for eid in found if eid in states]

    # -- adding -------------------------------------------------------------------------------

    def add(self, mention: Mention, *, document: Document) -> EventUpdate:
        """Join ``mention`` (from ``document``) to the event it reports, or open a new event."""
        if not mention.id:
            raise ValueError(f"mention of document {mention.document_id} has no id; give each mention an id first")
        if mention.id in self._event_of:
            state = self._states[self._event_of[mention.id]]
            return EventUpdate(event=state.event, created=False, changes=[])
        source = self._register(document)
        f = features(mention, document=document, source=source, context=self._context(document))
        scored: list[tuple[float, Score, EventState]] = []
        for state in self._candidates(f):
            s = score(f, state, types=self.types, window=self.config.window_days, weights=self.config.weights)
            if s is not None and s.total >= self.config.threshold:
                scored.append((s.total, s, state))
        if not scored:
            update = self._open(f)
        else:
            scored.sort(key=lambda x: (-x[0], x[2].event.id))
            _, best_score, best = scored[0]
            update = self._join(best, f, best_score)
            for _, _, other in scored[1:]:
                if other.event.id in self._states and can_merge(
                    best, other, types=self.types, window=self.config.window_days
                ):
                    update.changes.extend(self._merge(best, other, mention_id=mention.id))
                    update.merged.append(other.event.id)
            if update.merged:
                self._refile(best)
        update.copy_of = source.copy_of
        self._advance(f)
        return update

    def _open(self, f: MentionFeatures) -> EventUpdate:
        m = f.mention
        event = Event(id=f"ev-{m.id}", type=m.type, mentions=[m], location=m.location)
        state = EventState(event=event)
        state.absorb(f)
        state.refresh(added=[m])
        why = "first report of this event"
        if f.source.copy_of:
            why += f" (its document copies {f.source.copy_of}, whose event has left the working set)"
        change = EventChange(at=self._clock(), action="created", reason=why, mention_id=m.id)
        event.history.append(change)
        self._states[event.id] = state
        self._event_of[m.id] = event.id
        self._refile(state)
        return EventUpdate(event=event, created=True, changes=[change])

    def _join(self, state: EventState, f: MentionFeatures, s: Score) -> EventUpdate:
        m, event = f.mention, state.event
        before = {fr.kind: fr for fr in event.figures}
        grade_before, n_before = event.grade, event.n_sources
        event.mentions.append(m)
        state.absorb(f)
        state.refresh(added=[m])
        self._event_of[m.id] = event.id
        at = self._clock()
        counted = "a copy, not counted again" if f.source.copy_of else f"{event.n_sources} independent source(s)"
        changes = [
            EventChange(
                at=at,
                action="mention_added",
                reason=f"report from {f.source.publisher} joined ({s.explain()}); {counted}",
                mention_id=m.id,
            )
        ]
        changes.extend(self._figure_changes(before, event, at=at, mention_id=m.id))
        if event.grade != grade_before or event.n_sources != n_before:
            changes.append(self._grade_change(state, grade_before, at=at, mention_id=m.id))
        event.history.extend(changes)
        self._refile(state)
        return EventUpdate(event=event, created=False, changes=changes, score=s.total)

    @staticmethod
    def _figure_changes(
        before: Mapping[str, FigureRange], event: Event, *, at: datetime, mention_id: str | None
    ) -> list[EventChange]:
        out = []
        for fr in event.figures:
            old = before.get(fr.kind)
            if old is not None and (old.low, old.best, old.high) == (fr.low, fr.best, fr.high):
                continue
            reason = f"{fr.kind}: {_fmt(old)} → {_fmt(fr)}; {len(fr.values)} value(s) kept side by side"
            out.append(EventChange(at=at, action="figure_changed", reason=reason, mention_id=mention_id))
        return out

    @staticmethod
    def _grade_change(state: EventState, grade_before: str, *, at: datetime, mention_id: str | None) -> EventChange:
        count = state.count
        n = count.independent if count else state.event.n_sources
        reason = f"{grade_before} → {state.event.grade}: {n} independent source(s)"
        if count and count.institutions:
            reason += f", institutional: {', '.join(count.institutions)}"
        return EventChange(at=at, action="graded", reason=reason, mention_id=mention_id)

    def _merge(self, into: EventState, other: EventState, *, mention_id: str) -> list[EventChange]:
        """Fold ``other`` into ``into``: mentions, features and history; ``other`` leaves the working set."""
        event, gone = into.event, other.event
        before = {fr.kind: fr for fr in event.figures}
        grade_before = event.grade
        at = self._clock()
        event.mentions.extend(gone.mentions)
        into.absorb_state(other)
        event.figures = []
        into.refresh(added=list(event.mentions))
        for m in gone.mentions:
            self._event_of[m.id] = event.id
        self._index.unfile(gone.id, other.index_keys)
        del self._states[gone.id]
        inherited = [
            EventChange(at=c.at, action=c.action, reason=f"[{gone.id}] {c.reason}", mention_id=c.mention_id)
            for c in gone.history
        ]
        changes = [
            *inherited,
            EventChange(
                at=at,
                action="merged",
                reason=f"{gone.id} ({len(gone.mentions)} mention(s)) merged: mention {mention_id} reports both",
                mention_id=mention_id,
            ),
        ]
        changes.extend(self._figure_changes(before, event, at=at, mention_id=mention_id))
        if event.grade != grade_before:
            changes.append(self._grade_change(into, grade_before, at=at, mention_id=mention_id))
        event.history.extend(changes)
        return changes

    # -- seeding and splitting -----------------------------------------------------------------

    def seed(self, event: Event, *, documents: Mapping[str, Document]) -> None:
        """Put a stored event back into the working set, without a history entry.

        ``documents`` holds the documents its mentions cite, by id; seed events in the order their
        documents were first seen, so that the first copy of a family stays its root."""
        state = EventState(event=event)
        for m in event.mentions:
            doc = documents.get(m.document_id)
            if doc is not None:
                source, context = self._register(doc), self._context(doc)
            else:
                doc_id = m.document_id
                source = SourceInfo(document_id=doc_id, publisher=f"document:{doc_id}", institution=None, root=doc_id)
                context = frozenset()
            state.absorb(features(m, document=doc, source=source, context=context))
            self._event_of[m.id] = event.id
            if state.span is not None and (self._latest is None or state.span[1] > self._latest):
                self._latest = state.span[1]
        event.figures = []
        state.refresh(added=list(event.mentions))
        self._states[event.id] = state
        self._refile(state)

    def split(self, event_id: str, mention_ids: Collection[str], *, reason: str) -> tuple[EventUpdate, EventUpdate]:
        """Move ``mention_ids`` out of an event into a new one (a reviewer's correction); both get a history entry."""
        state = self._states.get(event_id)
        if state is None:
            raise KeyError(f"event {event_id} is not in the working set")
        moving = [f for f in state.read if f.mention.id in mention_ids]
        staying = [f for f in state.read if f.mention.id not in mention_ids]
        if not moving or not staying:
            raise ValueError(f"split of {event_id}: both parts need at least one of its mentions")
        new_id = f"ev-{moving[0].mention.id}"
        while new_id in self._states:
            new_id += "-split"
        first = moving[0].mention
        new_event = Event(id=new_id, type=first.type, location=first.location)
        self._index.unfile(event_id, state.index_keys)
        old = state.event
        old.mentions, old.perpetrators, old.sides, old.indicators, old.violations, old.figures = [], [], [], [], [], []
        at = self._clock()
        updates = []
        for event, part, why in (
            (old, staying, f"{len(moving)} mention(s) moved to {new_id}: {reason}"),
            (new_event, moving, f"split from {event_id}: {reason}"),
        ):
            fresh = EventState(event=event)
            for f in part:
                fresh.absorb(f)
                event.mentions.append(f.mention)
                self._event_of[f.mention.id] = event.id
            fresh.refresh(added=list(event.mentions))
            self._states[event.id] = fresh
            self._refile(fresh)
            change = EventChange(at=at, action="split", reason=why, mention_id=part[0].mention.id)
            event.history.append(change)
            updates.append(EventUpdate(event=event, created=event is new_event, changes=[change]))
        return updates[0], updates[1]

    # -- retiring -----------------------------------------------------------------------------

    def _advance(self, f: MentionFeatures) -> None:
        if f.span is None:
            return
        if self._latest is None or f.span[1] > self._latest:
            self._latest = f.span[1]
            if self.config.retire_after_days is not None:
                self.retire(before=date.fromordinal(self._latest - self.config.retire_after_days))

    def retire(self, *, before: date) -> list[Event]:
        """Forget events that ended before ``before`` (and documents published before it); returns them."""
        limit = before.toordinal()
        out: list[Event] = []
        while self._ends and self._ends[0][0] < limit:
            end, eid = heapq.heappop(self._ends)
            state = self._states.get(eid)
            if state is None or state.end_day() != end:
                continue
            self._index.unfile(eid, state.index_keys)
            del self._states[eid]
            for m in state.event.mentions:
                self._event_of.pop(m.id, None)
            out.append(state.event)
        for doc_id in self._copies.retire_documents(before_day=limit):
            self._sources.pop(doc_id, None)
        return out
