"""The trigger lexicon: words and phrases that signal an event, and the event type they signal.

``TriggerLexicon.triage`` is the cheap first pass (one compiled regex over the text);
``TriggerLexicon.best`` types one sentence: the strongest trigger wins, after context rules.
The lexicon is data (``data/triggers.yaml``); its header documents the schema.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from vigil.extract.lexicon import (
    LexiconError,
    check_ids,
    compile_words,
    mapping,
    optional_regex,
    read_yaml,
    strings,
)
from vigil.extract.prefilter import Prefilter, build_prefilter
from vigil.taxonomy import load_taxonomy


@dataclass(frozen=True, slots=True)
class Switch:
    when: re.Pattern[str]
    type: str


@dataclass(frozen=True, slots=True)
class TriggerRule:
    type: str
    weight: float
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None
    switches: tuple[Switch, ...] = ()
    indicators: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Noise:
    pattern: re.Pattern[str]
    max_weight: float
    unless: re.Pattern[str] | None = None  # the context is no noise when the sentence also matches this


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """A trigger found in a sentence: the type it gives, its strength and where it is."""

    type: str
    weight: float
    start: int
    end: int
    indicators: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    rules: tuple[TriggerRule, ...]
    noise: tuple[Noise, ...] = ()
    any_trigger: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    # where a rule (members 0..len(rules)-1) or a noise pattern (the members after) may start; None: try all
    prefilter: Prefilter | None = None

    def triage(self, text: str, *, start: int = 0, end: int | None = None) -> list[int]:
        """Offsets of every place in ``text[start:end]`` where some trigger may start (cheap)."""
        stop = len(text) if end is None else end
        if self.prefilter is None:
            return [m.start() for m in self.any_trigger.finditer(text, start, stop)]
        # the starts of ``any_trigger.finditer``: tried only where a trigger may start, never inside a match
        out: list[int] = []
        reached = start
        rules = len(self.rules)
        match = self.any_trigger.match
        for p, members in self.prefilter.candidates(text, start, stop):
            if p < reached or min(members) >= rules:
                continue
            m = match(text, p, stop)
            if m is not None:
                out.append(p)
                reached = m.end()
        return out

    def hits(self, text: str, *, start: int, end: int) -> list[TriggerHit]:
        """Every trigger of the sentence ``text[start:end]`` that survives its context rules."""
        sentence = text[start:end]
        found = self._first_matches(sentence)
        noisy = [
            n.max_weight
            for n, hit in zip(self.noise, found[len(self.rules) :], strict=True)
            if hit and (n.unless is None or not n.unless.search(sentence))
        ]
        ceiling = max(noisy) if noisy else -1.0
        out: list[TriggerHit] = []
        for rule, m in zip(self.rules, found, strict=False):
            if rule.weight <= ceiling:
                continue
            if m is None:
                continue
            if rule.requires is not None and not rule.requires.search(sentence):
                continue
            if rule.unless is not None and rule.unless.search(sentence):
                continue
            type_ = rule.type
            for sw in rule.switches:
                if sw.when.search(sentence):
                    type_ = sw.type
                    break
            out.append(TriggerHit(type_, rule.weight, start + m.start(), start + m.end(), rule.indicators))
        return out

    def _first_matches(self, sentence: str) -> list[re.Match[str] | None]:
        """The first match of every rule, then of every noise pattern, in ``sentence`` (None: no match)."""
        patterns = [*(r.pattern for r in self.rules), *(n.pattern for n in self.noise)]
        if self.prefilter is None:
            return [p.search(sentence) for p in patterns]
        found: list[re.Match[str] | None] = [None] * len(patterns)
        pending = set(range(len(patterns)))
        for p, members in self.prefilter.candidates(sentence):
            for n in sorted(members & pending):
                m = patterns[n].match(sentence, p)
                if m is not None:
                    found[n] = m
                    pending.discard(n)
            if not pending:
                break
        return found

    def best(self, text: str, *, start: int, end: int) -> TriggerHit | None:
        """The strongest trigger of the sentence (ties: the earliest in the lexicon)."""
        found = self.hits(text, start=start, end=end)
        return max(found, key=lambda h: h.weight) if found else None

    def ranked(self, text: str, *, start: int, end: int) -> list[TriggerHit]:
        """The triggers of the sentence, strongest first (ties: the earliest in the lexicon)."""
        return sorted(self.hits(text, start=start, end=end), key=lambda h: -h.weight)


def parse_triggers(data: object, *, where: str) -> TriggerLexicon:
    top = mapping(data, where=where, field="(top level)")
    raw = top.get("triggers")
    if not isinstance(raw, list) or not raw:
        raise LexiconError(f"{where}: field 'triggers' must be a non-empty list")
    taxonomy = load_taxonomy()
    types = taxonomy.event_type_ids
    rules = []
    every: list[str] = []
    members: list[list[str]] = []
    for n, entry in enumerate(raw):
        f = f"triggers[{n}]"
        entry = mapping(entry, where=where, field=f)
        type_ = entry.get("type")
        check_ids([str(type_)], types, where=where, field=f"{f}.type")
        weight = entry.get("weight")
        if not isinstance(weight, int | float) or not 0 <= weight <= 1:
            raise LexiconError(f"{where}: field '{f}.weight' must be a number between 0 and 1")
        patterns = strings(entry.get("patterns"), where=where, field=f"{f}.patterns")
        every.extend(patterns)
        members.append(patterns)
        switches = []
        for k, sw in enumerate(entry.get("switch") or []):
            sw = mapping(sw, where=where, field=f"{f}.switch[{k}]")
            check_ids([str(sw.get("type"))], types, where=where, field=f"{f}.switch[{k}].type")
            when = optional_regex(sw.get("when"), where=where, field=f"{f}.switch[{k}].when")
            if when is None:
                raise LexiconError(f"{where}: field '{f}.switch[{k}].when' is required")
            switches.append(Switch(when, str(sw["type"])))
        indicators = [str(i) for i in entry.get("indicators") or []]
        check_ids(indicators, tuple(taxonomy.indicators), where=where, field=f"{f}.indicators")
        rules.append(
            TriggerRule(
                type=str(type_),
                weight=float(weight),
                pattern=compile_words(patterns, where=where, field=f"{f}.patterns"),
                requires=optional_regex(entry.get("requires"), where=where, field=f"{f}.requires"),
                unless=optional_regex(entry.get("unless"), where=where, field=f"{f}.unless"),
                switches=tuple(switches),
                indicators=tuple(indicators),
            )
        )
    noise = []
    for n, entry in enumerate(top.get("noise") or []):
        f = f"noise[{n}]"
        entry = mapping(entry, where=where, field=f)
        pattern = optional_regex(entry.get("pattern"), where=where, field=f"{f}.pattern")
        limit = entry.get("max_weight")
        if pattern is None or not isinstance(limit, int | float):
            raise LexiconError(f"{where}: field '{f}' needs a pattern and a numeric max_weight")
        unless = optional_regex(entry.get("unless"), where=where, field=f"{f}.unless")
        noise.append(Noise(pattern, float(limit), unless))
        members.append([str(entry["pattern"])])
    return TriggerLexicon(
        rules=tuple(rules),
        noise=tuple(noise),
        any_trigger=compile_words(every, where=where, field="triggers[*].patterns"),
        prefilter=build_prefilter(members),
    )


def load_triggers(path: Path | None = None) -> TriggerLexicon:
    """The built-in trigger lexicon, or a user's file (same schema) read in its place."""
    data, where = read_yaml(path, builtin="triggers.yaml")
    return parse_triggers(data, where=where)
