"""Atrocity indicators and violations read from an event's evidence (``data/cues.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from vigil.extract.lexicon import LexiconError, check_ids, compile_words, mapping, read_yaml, strings
from vigil.extract.prefilter import Prefilter, build_prefilter
from vigil.taxonomy import load_taxonomy

_VOID_REACH = 120  # characters before a cue's match searched for wording that voids it


@dataclass(frozen=True, slots=True)
class Cue:
    """A violation or indicator named by wording. ``void`` matches the words right before a match that make it
    no act done in this event ("at risk of torture", "the Committee against Torture", "was not arrested");
    ``unless`` matches a sentence in which the cue gives nothing, even by the event's type (the arrest of the
    suspects of a murder is no arbitrary detention)."""

    id: str
    pattern: re.Pattern[str]
    types: frozenset[str] | None = None
    by_type: frozenset[str] = frozenset()
    void: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None

    def applies(self, type_: str, sentence: str) -> bool:
        if self.unless is not None and self.unless.search(sentence) is not None:
            return False
        if type_ in self.by_type:
            return True
        if self.types is not None and type_ not in self.types:
            return False
        return any(self.stands(sentence, m.start()) for m in self.pattern.finditer(sentence))

    def stands(self, sentence: str, start: int) -> bool:
        """True unless the words before a match at ``start`` void it."""
        return self.void is None or self.void.search(sentence, max(0, start - _VOID_REACH), start) is None


@dataclass(frozen=True, slots=True)
class Agent:
    """Wording that names the doer inside the act ("killed in police firing", "police lobbed tear gas"): the
    first ``head`` in a match of ``pattern`` is one, and so is the last in a match of ``done_by`` ("rounded up
    by the police"). ``not_doers`` is wording in which a head only tells, receives or suffers ("police said")."""

    kind: str
    pattern: re.Pattern[str] | None
    head: re.Pattern[str]
    done_by: re.Pattern[str] | None = None
    not_doers: re.Pattern[str] | None = None
    measures: re.Pattern[str] | None = None  # like ``pattern``; its heads do not join events of ``measures_not_for``
    measures_not_for: frozenset[str] = frozenset()

    def heads_in(self, text: str, *, start: int, end: int, type_: str | None = None) -> list[tuple[int, int]]:
        """The spans of the heads that do an act in ``text[start:end]`` (an event of type ``type_``)."""
        out: list[tuple[int, int]] = []
        firsts = [self.pattern]
        if self.measures is not None and type_ not in self.measures_not_for:
            firsts.append(self.measures)
        for pattern in firsts:
            if pattern is None:
                continue
            for m in pattern.finditer(text, start, end):
                h = self.head.search(text, m.start(), m.end())
                if h is not None:
                    out.append(h.span())
        if self.done_by is not None:
            for m in self.done_by.finditer(text, start, end):
                heads = list(self.head.finditer(text, m.start(), m.end()))
                if heads:
                    out.append(heads[-1].span())
        return out

    def bystanders_in(self, text: str, *, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of wording in ``text[start:end]`` where a head only tells, receives or suffers."""
        if self.not_doers is None:
            return []
        return [m.span() for m in self.not_doers.finditer(text, start, end)]


@dataclass(frozen=True, slots=True)
class CueLexicon:
    indicators: tuple[Cue, ...]
    violations: tuple[Cue, ...]
    comparison: re.Pattern[str] | None = None
    agents: tuple[Agent, ...] = ()
    # where an indicator / a violation cue may start in a sentence (None: search every cue)
    indicator_starts: Prefilter | None = None
    violation_starts: Prefilter | None = None

    def agents_in(
        self, text: str, *, start: int, end: int, type_: str | None = None
    ) -> list[tuple[str, tuple[int, int]]]:
        """(kind, span of the head) of every agent named by the wording of an act in ``text[start:end]``, the
        sentence of an event of type ``type_`` (None: any measure counts)."""
        return [
            (agent.kind, span)
            for agent in self.agents
            for span in agent.heads_in(text, start=start, end=end, type_=type_)
        ]

    def bystanders_in(self, text: str, *, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
        """(kind, span) of wording in ``text[start:end]`` where an agent only tells, receives or suffers."""
        return [(a.kind, span) for a in self.agents for span in a.bystanders_in(text, start=start, end=end)]

    def indicators_of(self, type_: str, sentence: str) -> list[str]:
        return _applying(self.indicators, self.indicator_starts, type_, sentence)

    def is_comparison(self, text: str, *, trigger: tuple[int, int], sentence: tuple[int, int]) -> bool:
        """True when the trigger stands in a historical comparison ("the ranks of the massacres of ...")."""
        if self.comparison is None:
            return False
        return self.comparison.search(text, max(sentence[0], trigger[0] - 50), trigger[0]) is not None

    def violations_of(self, type_: str, sentence: str) -> list[str]:
        return _applying(self.violations, self.violation_starts, type_, sentence)


def _applying(cues: tuple[Cue, ...], starts: Prefilter | None, type_: str, sentence: str) -> list[str]:
    """The ids of the cues that apply to a sentence of an event of type ``type_`` (as ``Cue.applies``)."""
    if starts is None:
        return [c.id for c in cues if c.applies(type_, sentence)]
    candidates: list[tuple[int, frozenset[int]]] | None = None
    out = []
    for n, cue in enumerate(cues):
        if cue.unless is not None and cue.unless.search(sentence) is not None:
            continue
        if type_ in cue.by_type:
            out.append(cue.id)
            continue
        if cue.types is not None and type_ not in cue.types:
            continue
        if candidates is None:
            candidates = starts.candidates(sentence)
        match = cue.pattern.match
        if any(
            n in members and match(sentence, p) is not None and cue.stands(sentence, p) for p, members in candidates
        ):
            out.append(cue.id)
    return out


def _cues(
    raw: object, known: tuple[str, ...], *, where: str, field: str, void: re.Pattern[str] | None = None
) -> tuple[tuple[Cue, ...], Prefilter | None]:
    types = load_taxonomy().event_type_ids
    out = []
    members = []
    for key, entry in mapping(raw, where=where, field=field).items():
        f = f"{field}.{key}"
        check_ids([str(key)], known, where=where, field=f)
        entry = mapping(entry, where=where, field=f)
        patterns = strings(entry.get("patterns"), where=where, field=f"{f}.patterns")
        members.append(patterns)
        only = entry.get("types")
        by_type = [str(t) for t in entry.get("by_type") or []]
        check_ids([str(t) for t in only or []] + by_type, types, where=where, field=f"{f}.types")
        out.append(
            Cue(
                id=str(key),
                pattern=compile_words(patterns, where=where, field=f"{f}.patterns"),
                types=frozenset(str(t) for t in only) if only else None,
                by_type=frozenset(by_type),
                void=void,
                unless=_unless(entry.get("unless"), where=where, field=f"{f}.unless"),
            )
        )
    return tuple(out), build_prefilter(members)


def _unless(raw: object, *, where: str, field: str) -> re.Pattern[str] | None:
    return None if raw is None else compile_words(strings(raw, where=where, field=field), where=where, field=field)


def _void(raw: object, *, where: str) -> re.Pattern[str] | None:
    """The wording that voids a violation word right after it: one of the ``voiding`` expressions, then at
    most one free word and a list of up to four words ("threatened to arrest, beat and [kill]")."""
    if raw is None:
        return None
    entry = mapping(raw, where=where, field="voiding")
    body = "|".join(f"(?:{p})" for p in strings(entry.get("before"), where=where, field="voiding.before"))
    aux = "|".join(strings(entry.get("auxiliaries") or [], where=where, field="voiding.auxiliaries"))
    aux_part = rf"(?:(?:{aux})\s+)?" if aux else ""
    items = r"(?:[\w'’-]+(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)){0,4}"
    try:
        return re.compile(rf"(?<![\w-])(?:{body})\s+{aux_part}(?:[\w'’-]+\s+)?{items}$", re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(f"{where}: field 'voiding.before' has a bad regular expression: {exc}") from exc


def parse_cues(data: object, *, where: str) -> CueLexicon:
    top = mapping(data, where=where, field="(top level)")
    taxonomy = load_taxonomy()
    if "indicators" not in top or "violations" not in top:
        raise LexiconError(f"{where}: fields 'indicators' and 'violations' are required")
    indicators, indicator_starts = _cues(top["indicators"], tuple(taxonomy.indicators), where=where, field="indicators")
    violations, violation_starts = _cues(
        top["violations"],
        tuple(taxonomy.violations),
        where=where,
        field="violations",
        void=_void(top.get("voiding"), where=where),
    )
    return CueLexicon(
        indicators=indicators,
        violations=violations,
        indicator_starts=indicator_starts,
        violation_starts=violation_starts,
        comparison=_comparison(top.get("comparisons"), where=where),
        agents=_agents(top.get("agents"), tuple(taxonomy.actor_kinds), where=where),
    )


def _agents(raw: object, kinds: tuple[str, ...], *, where: str) -> tuple[Agent, ...]:
    if raw is None:
        return ()
    out = []
    for kind, entry in mapping(raw, where=where, field="agents").items():
        f = f"agents.{kind}"
        check_ids([str(kind)], kinds, where=where, field=f)
        entry = mapping(entry, where=where, field=f)
        head = strings([entry.get("head")], where=where, field=f"{f}.head")[0]
        stops = entry.get("gap_stops")
        stop = f"(?!(?:{stops})(?![\\w-]))" if isinstance(stops, str) and stops else ""
        gap = rf"(?:,? who)?(?:,? {stop}[\w'’.-]+){{0,5}}?,? "  # "policemen who on sunday fired"
        whole = _acts(entry, head=head, gap=gap, where=where, field=f)
        measures: list[str] = []
        not_for: list[str] = []
        if entry.get("measures") is not None:
            m = mapping(entry["measures"], where=where, field=f"{f}.measures")
            measures = _acts(m, head=head, gap=gap, where=where, field=f"{f}.measures")
            not_for = [str(t) for t in m.get("not_for") or []]
            check_ids(not_for, load_taxonomy().event_type_ids, where=where, field=f"{f}.measures.not_for")
        done_by = _optional_strings(entry, "done_by", where=where, field=f)
        by = [rf"(?:{'|'.join(done_by)}) (?:\w+ ){{0,3}}by (?:the )?(?:[\w-]+ ){{0,3}}(?:{head})"] if done_by else []
        not_doers = _optional_strings(entry, "not_doers", where=where, field=f)
        bystanders = [p.replace("<head>", f"(?:{head})") for p in not_doers]
        if not whole and not by and not measures:
            raise LexiconError(f"{where}: field {f!r} needs 'patterns', 'acts', 'measures' or 'done_by'")
        out.append(
            Agent(
                kind=str(kind),
                pattern=compile_words(whole, where=where, field=f"{f}.patterns") if whole else None,
                head=compile_words([head], where=where, field=f"{f}.head"),
                done_by=compile_words(by, where=where, field=f"{f}.done_by") if by else None,
                not_doers=compile_words(bystanders, where=where, field=f"{f}.not_doers") if bystanders else None,
                measures=compile_words(measures, where=where, field=f"{f}.measures") if measures else None,
                measures_not_for=frozenset(not_for),
            )
        )
    return tuple(out)


def _acts(entry: dict[str, object], *, head: str, gap: str, where: str, field: str) -> list[str]:
    """The whole ``patterns`` of an entry, and its ``acts`` done by a head: "<head> <gap> <act>"."""
    whole = _optional_strings(entry, "patterns", where=where, field=field)
    acts = _optional_strings(entry, "acts", where=where, field=field)
    if acts:
        whole.append(f"(?:{head}){gap}(?:{'|'.join(f'(?:{a})' for a in acts)})")
    return whole


def _optional_strings(entry: dict[str, object], key: str, *, where: str, field: str) -> list[str]:
    value = entry.get(key)
    return [] if value is None else strings(value, where=where, field=f"{field}.{key}")


def _comparison(raw: object, *, where: str) -> re.Pattern[str] | None:
    if raw is None:
        return None
    body = "|".join(f"(?:{p})" for p in strings(raw, where=where, field="comparisons"))
    try:
        return re.compile(rf"(?<![\w-])(?:{body})\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(f"{where}: field 'comparisons' has a bad regular expression: {exc}") from exc


def load_cues(path: Path | None = None) -> CueLexicon:
    """The built-in cue lexicon, or a user's file (same schema) read in its place."""
    data, where = read_yaml(path, builtin="cues.yaml")
    return parse_cues(data, where=where)
