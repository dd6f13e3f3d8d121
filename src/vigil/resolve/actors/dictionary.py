"""The actor dictionary: known actors, states and wording, and the search for actor mentions in text."""

from __future__ import annotations

from collections.abc import Mapping

from vigil.records import Actor
from vigil.resolve.actors import wording
from vigil.resolve.actors.index import ACTOR, DEMONYM, GENERIC, METONYM, PATRON, PROXY, Hit, SurfaceIndex
from vigil.resolve.actors.model import ActorEntry, ActorMatch

_ARMED = ("state_forces", "police")
_MILITIAS = ("political_militia", "identity_militia")
_RUN_GAP_MAX = 3


class ActorDictionary:
    """Known actors (by normalized name) with the compiled index of their surface forms.

    Built by :func:`vigil.resolve.load_actor_dictionary`; the constructor only stores what it is given.
    """

    def __init__(self, *, entries: Mapping[str, ActorEntry], index: SurfaceIndex) -> None:
        self._entries = dict(entries)
        self._index = index
        self._by_form = {form.casefold(): e for e in entries.values() for form in (e.name, *e.aliases)}
        self._states = {e.country: e for e in entries.values() if e.state and e.country}

    @property
    def entries(self) -> Mapping[str, ActorEntry]:
        """Every entry by normalized name."""
        return self._entries

    def entry(self, name: str) -> ActorEntry | None:
        """The entry with this normalized name or alias (case-insensitive), if any."""
        return self._entries.get(name) or self._by_form.get(name.casefold())

    def sponsors_of(self, name: str, *, include_reported: bool = True) -> list[str]:
        """Known backers of an actor (by name or alias); ``include_reported=False`` leaves out disputed ones."""
        found = self.entry(name)
        if found is None:
            return []
        return [b.name for b in found.backers if include_reported or not b.reported]

    def groups_in(self, text: str) -> list[str]:
        """Victim groups named in a phrase, in order of first mention ("Rohingya women": ethnic, women)."""
        out: list[str] = []
        for hit in self._index.scan(text, 0, len(text)):
            for group in hit.target.groups:
                if group not in out:
                    out.append(group)
        return out

    def to_actor(self, match: ActorMatch) -> Actor:
        """The record form of a match."""
        return Actor(
            text=match.text,
            span=match.span,
            actor=match.actor,
            kind=match.kind,
            groups=list(match.groups),
            backers=list(match.backers),
        )

    def normalize(self, text: str, *, country: str | None = None) -> Actor:
        """One phrase as an Actor: the known actor it names, else the kind its wording says, else ``unknown``.

        Spans of backers are offsets into ``text``; the Actor itself has no span.
        """
        matches = self.find(text, country=country)
        if not matches:
            return Actor(text=text.strip(), kind="unknown", groups=self.groups_in(text))
        head = matches[0]
        groups = [g for m in matches for g in m.groups]
        return Actor(
            text=text.strip(),
            actor=head.actor,
            kind=head.kind,
            groups=list(dict.fromkeys(groups)),
            backers=list(head.backers),
        )

    def find(
        self, text: str, *, start: int = 0, end: int | None = None, country: str | None = None
    ) -> list[ActorMatch]:
        """Every actor mention in ``text[start:end]``, in text order, with absolute spans.

        ``country`` (ISO alpha-2), when given, is where the text is about: generic state forces with no
        other clue ("government forces") resolve to that state's forces.
        """
        end = len(text) if end is None else end
        runs = self._runs(text, self._index.scan(text, start, end))
        by_start = {run[0].start: k for k, run in enumerate(runs)}
        extra: dict[int, list[Actor]] = {}
        owners: dict[int, list[Hit]] = {}
        skip: set[int] = set()
        out: list[ActorMatch] = []
        for k, run in enumerate(runs):
            if k in skip:
                continue
            hits = owners.pop(k, []) + run
            backers = extra.pop(k, [])
            if len(run) >= 2 and wording.PRO_PREFIX.search(text, max(start, run[0].start - 6), run[0].start):
                backers.append(self._as_actor(text, [run[0]], country))
                hits = hits[: len(hits) - len(run)] + run[1:]
            nxt = runs[k + 1] if k + 1 < len(runs) else None
            if nxt is not None and self._backs_next(text, run[-1].end, nxt[0].start, end):
                extra.setdefault(k + 1, []).append(self._as_actor(text, hits, country))
                continue
            if nxt is not None and self._owns_next(text, run[-1].end, nxt[0].start, end):
                owners[k + 1] = hits
                extra.setdefault(k + 1, []).extend(backers)
                continue
            match, standalone = self._resolve(text, hits, country, owned=len(hits) - len(run))
            if not standalone:
                continue
            match.backers[:0] = backers
            cursor = self._connected(text, match, runs, by_start, skip, end, country)
            ally = wording.ALLIED.match(text, cursor, end)
            if ally is not None and (j := by_start.get(ally.end())) is not None and j not in skip:
                ally_actor = Actor(text=match.text, span=match.span, actor=match.actor, kind=match.kind)
                extra.setdefault(j, []).append(ally_actor)
            out.append(match)
        return out

    # -- runs of adjacent forms ------------------------------------------------------------------------

    @staticmethod
    def _runs(text: str, hits: list[Hit]) -> list[list[Hit]]:
        """Adjacent forms separated by spaces only ("Russian Wagner mercenaries") make one run."""
        runs: list[list[Hit]] = []
        for hit in hits:
            if runs:
                last = runs[-1][-1]
                gap = text[last.end : hit.start]
                if hit.first == last.last and gap.isspace() and gap.count("\n") < 2 and len(gap) <= _RUN_GAP_MAX:
                    runs[-1].append(hit)
                    continue
            runs.append([hit])
        return runs

    @staticmethod
    def _backs_next(text: str, after: int, nxt: int, end: int) -> bool:
        m = wording.BACKED_SUFFIX.match(text, after, end)
        return m is not None and wording.BETWEEN.fullmatch(text, m.end(), nxt) is not None

    @staticmethod
    def _owns_next(text: str, after: int, nxt: int, end: int) -> bool:
        m = wording.POSSESSIVE.match(text, after, end)
        return m is not None and wording.ONE_WORD.fullmatch(text, m.end(), nxt) is not None

    def _connected(
        self,
        text: str,
        match: ActorMatch,
        runs: list[list[Hit]],
        by_start: dict[int, int],
        skip: set[int],
        end: int,
        country: str | None,
    ) -> int:
        """Backers named after the match ("X backed by Y and Z", "X loyal to Y"); returns where they stop."""
        cursor = match.span[1]
        m = wording.CONNECTOR.match(text, cursor, end)
        if m is None:
            return cursor
        j = by_start.get(m.end())
        if j is None:
            name = wording.NAME.match(text, m.end(), end)
            if name is None:
                return cursor
            match.backers.append(Actor(text=name.group(), span=(name.start(), name.end()), kind="unknown"))
            return name.end()
        while j is not None and j not in skip:
            match.backers.append(self._as_actor(text, runs[j], country))
            skip.add(j)
            cursor = runs[j][-1].end
            more = wording.MORE.match(text, cursor, end)
            j = by_start.get(more.end()) if more is not None else None
        return cursor

    # -- resolution ----------------------------------------------------------------------------------

    def _as_actor(self, text: str, hits: list[Hit], country: str | None) -> Actor:
        match, _ = self._resolve(text, hits, country)
        return self.to_actor(match)

    def _state_actor(self, text: str, hit: Hit) -> Actor:
        state = self._entries[hit.target.value]
        return Actor(text=text[hit.start : hit.end], span=(hit.start, hit.end), actor=state.name, kind=state.kind)

    def _resolve(self, text: str, hits: list[Hit], country: str | None, *, owned: int = 0) -> tuple[ActorMatch, bool]:
        """What a run of forms names, and whether it stands alone as an actor mention.

        The first ``owned`` forms are an owner ("Iran's" in "Iran's militias"): a state or patron that owns
        anything but its own forces is a backer.
        """
        start, stop = hits[0].start, hits[-1].end
        match = ActorMatch(text=text[start:stop], span=(start, stop))
        for hit in hits:
            match.groups.extend(g for g in hit.target.groups if g not in match.groups)
        states = [h for h in hits if self._is_state(h)]
        actors = [h for h in hits if h.target.type == ACTOR and not self._is_state(h)]
        kinds = [h for h in hits if h.target.type in (GENERIC, PROXY)]
        patrons = [h for h in hits if h.target.type == PATRON]
        head = kinds[-1] if kinds else None
        if actors:
            entry = self._entries[actors[-1].target.value]
            match.actor, match.kind, match.country = entry.name, entry.kind, entry.country
            if states and states[0].start < actors[-1].start:
                match.origin = self._state_actor(text, states[0])
            return match, True
        if head is not None:
            match.kind = next((h.target.value for h in reversed(kinds) if h.target.value != "unknown"), "unknown")
            allies = [h for h in kinds if h.target.value in _ARMED] if match.kind in _MILITIAS else []
            if owned and match.kind not in _ARMED:
                patrons += [h for h in states if h.start < hits[owned - 1].end]
                states = [h for h in states if h.start >= hits[owned - 1].end]
            if head.target.type == PROXY or (match.kind not in _ARMED and patrons) or allies:
                match.backers.extend(self._state_actor(text, h) for h in states)
                match.backers.extend(self._as_actor(text, [h], country) for h in patrons + allies)
                return match, True
            state = self._entries[states[0].target.value] if states else None
            if state is not None:
                match.country = state.country
                own = state.forces if match.kind == "state_forces" else state.police if match.kind == "police" else None
                if own is not None:
                    match.actor = own
                    match.kind = self._entries[own].kind
                else:
                    match.origin = self._state_actor(text, states[0])
            elif match.kind == "state_forces" and country is not None and (home := self._states.get(country)):
                match.actor, match.country = home.forces, home.country
            return match, True
        if states:
            state = self._entries[states[0].target.value]
            match.country = state.country
            if match.groups:
                match.kind = "civilians"
                match.origin = self._state_actor(text, states[0])
                return match, True
            match.actor, match.kind = state.name, state.kind
            return match, any(h.target.type == ACTOR for h in states)
        if match.groups:
            match.kind = "civilians"
            return match, True
        if patrons:
            match.kind = patrons[-1].target.value
        return match, False

    def _is_state(self, hit: Hit) -> bool:
        kind = hit.target.type
        return kind in (DEMONYM, METONYM) or (kind == ACTOR and self._entries[hit.target.value].state)
