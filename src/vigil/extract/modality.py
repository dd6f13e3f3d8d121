"""Modality and attribution: is the event asserted, reported, alleged, denied, negated, hypothetical or planned,
and who says so.

``modality_of`` looks at the words around a trigger inside its sentence. Cues, their scopes and their
priority live in ``data/modality.yaml``. The trigger's clause ends at ";", "but", "while", "whereas" and
"although", so "activists said 12 were killed but the army denied it" is reported, not denied. A source is
read from "according to X", "X said" and ", said X"; a source with no stronger cue makes the value
"reported". A comparison with another atrocity ("will join the ranks of Halabja", "a massacre like
Srebrenica", "the worst since the genocide") makes the value "hypothetical" before any other cue is weighed.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from vigil.extract.numbers import DataFileError, phrase_alternation, read_data_file, string_list
from vigil.extract.prefilter import dispatch_body
from vigil.records import Attribution

DATA_FILE = "vigil/extract/data/modality.yaml"
_SCOPES = ("near", "after", "clause")
_WORD = re.compile(r"[^\W_][\w'’.-]*|[^\w\s]")
# a case-sensitive cue ("may") is the month, not the verb, next to a day or after a word that names a time:
# "on 11 may", "may 11", "in may", "since may" (lower-cased wire copy keeps no capital to tell them apart)
_NOT_A_DATE_BEFORE = r"(?<!\d\s)(?<!\bin\s)(?<!\bof\s)(?<!since\s)(?<!until\s)(?<!last\s)(?<!early\s)(?<!mid-)"
_CLAUSE_BREAK = re.compile(r";|\s[-–—]\s|\b(?:but|while|whereas|although|though|however)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Modality:
    """The modality id (from the taxonomy) and, when the text names one, who says so."""

    value: str
    source: Attribution | None = None


@dataclass(frozen=True, slots=True)
class ModalityData:
    priority: tuple[str, ...]
    window: int
    after_window: int
    cues: dict[str, dict[str, re.Pattern[str] | None]]
    comparisons: dict[str, re.Pattern[str] | None]
    needs_name: frozenset[str]
    attribution: re.Pattern[str]
    passive: frozenset[str]
    stops_before: frozenset[str]
    stops_after: frozenset[str]
    plans_kept: frozenset[str]


def _compile(phrases: tuple[str, ...], case_sensitive: frozenset[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    parts = []
    for p in sorted(phrases, key=len, reverse=True):
        alt = phrase_alternation([p]).replace(r"\*", r"[\w'’-]+")  # "*" is any one word
        parts.append(rf"{_NOT_A_DATE_BEFORE}(?-i:{alt})(?!\s\d)" if p in case_sensitive else alt)
    return re.compile(rf"(?<![\w'])(?:{dispatch_body(parts)})(?![\w])", re.IGNORECASE)


def parse_modality_data(data: Any, *, where: str = DATA_FILE, values: frozenset[str] | None = None) -> ModalityData:
    """Check the modality file (and, given ``values``, that every modality is one of them)."""
    if not isinstance(data, dict):
        raise DataFileError(f"{where}: the file must be a mapping")
    priority = string_list(data.get("priority"), where=where, field="priority")
    sizes: dict[str, int] = {}
    for key in ("window", "after_window"):
        size = data.get(key)
        if not isinstance(size, int) or isinstance(size, bool) or size < 1:
            raise DataFileError(f"{where}: field {key!r} must be a positive integer")
        sizes[key] = size
    raw = data.get("cues")
    if not isinstance(raw, dict):
        raise DataFileError(f"{where}: field 'cues' must be a mapping of modality to scopes")
    case_sensitive = frozenset(string_list(data.get("case_sensitive"), where=where, field="case_sensitive"))
    cues: dict[str, dict[str, re.Pattern[str] | None]] = {}
    for value, scopes in raw.items():
        if values is not None and value not in values:
            raise DataFileError(f"{where}: field 'cues.{value}' is not a modality of the taxonomy")
        if value not in priority:
            raise DataFileError(f"{where}: field 'priority' lacks {value!r}")
        if not isinstance(scopes, dict):
            raise DataFileError(f"{where}: field 'cues.{value}' must be a mapping with {', '.join(_SCOPES)}")
        cues[str(value)] = {
            scope: _compile(string_list(scopes.get(scope), where=where, field=f"cues.{value}.{scope}"), case_sensitive)
            for scope in _SCOPES
        }
    raw_comparisons = data.get("comparisons")
    if not isinstance(raw_comparisons, dict):
        raise DataFileError(f"{where}: field 'comparisons' must be a mapping with {', '.join(_SCOPES)}")
    for key in raw_comparisons:
        if key not in _SCOPES:
            raise DataFileError(f"{where}: field 'comparisons.{key}' is not a scope ({', '.join(_SCOPES)})")
    comparisons = {
        scope: _compile(
            string_list(raw_comparisons.get(scope), where=where, field=f"comparisons.{scope}"), case_sensitive
        )
        for scope in _SCOPES
    }
    verbs = string_list(data.get("attribution_verbs"), where=where, field="attribution_verbs")
    return ModalityData(
        priority=priority,
        window=sizes["window"],
        after_window=sizes["after_window"],
        cues=cues,
        comparisons=comparisons,
        needs_name=frozenset(string_list(data.get("needs_name"), where=where, field="needs_name")),
        attribution=re.compile(rf"(?<![\w'])(?:{phrase_alternation(list(verbs))})(?![\w])", re.IGNORECASE),
        passive=frozenset(string_list(data.get("passive"), where=where, field="passive")),
        stops_before=frozenset(string_list(data.get("source_stops_before"), where=where, field="source_stops_before")),
        stops_after=frozenset(string_list(data.get("source_stops_after"), where=where, field="source_stops_after")),
        plans_kept=frozenset(string_list(data.get("plans_kept"), where=where, field="plans_kept")),
    )


@functools.cache
def modality_data() -> ModalityData:
    return parse_modality_data(read_data_file("modality.yaml"))


def _clause(text: str, t0: int, t1: int, s0: int, s1: int) -> tuple[int, int]:
    start, end = s0, s1
    for m in _CLAUSE_BREAK.finditer(text, s0, s1):
        if m.end() <= t0:
            start = m.end()
        elif m.start() >= t1:
            end = m.start()
            break
    return start, end


def _window_start(text: str, c0: int, t0: int, n: int) -> int:
    words = [m.start() for m in _WORD.finditer(text, c0, t0) if m.group()[0].isalnum()]
    return words[-n] if len(words) >= n else c0


def _window_end(text: str, t1: int, c1: int, n: int) -> int:
    end = t1
    for i, m in enumerate(_WORD.finditer(text, t1, c1)):
        if i >= n:
            break
        end = m.end()
    return end


def _has_name_after(text: str, pos: int, end: int) -> bool:
    m = re.compile(r"\s*(?:the\s+)?(?:\.\.\.\s*|…\s*)?[A-Z]").match(text, pos, end)
    return m is not None


def _cued(value: str, text: str, spans: dict[str, tuple[int, int]]) -> bool:
    data = modality_data()
    patterns = data.comparisons if value == "comparison" else data.cues[value]
    for scope in _SCOPES:
        pattern = patterns[scope]
        if pattern is None:
            continue
        lo, hi = spans[scope]
        for m in pattern.finditer(text, lo, hi):
            cue = " ".join(m.group().lower().split())
            if value == "comparison" and scope == "near":
                if not re.search(r"[,;:()]", text[m.end() : hi]):
                    return True  # "the worst since the GENOCIDE", not "the worst attack since 2015, KILLED"
                continue
            if value not in ("hypothetical", "comparison") or cue not in data.needs_name:
                return True
            if _has_name_after(text, m.end(), spans["clause"][1]):
                return True
    return False


def _words(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, lo, hi))


def _source_before(text: str, verb: re.Match[str], s0: int, trigger: tuple[int, int]) -> Attribution | None:
    data = modality_data()
    floor = s0 if verb.start() < trigger[0] else max(s0, trigger[1])
    words = _words(text, floor, verb.start())
    if words and words[-1].group().lower() in ("has", "have", "had"):
        words = words[:-1]
    if words and words[-1].group().lower() in data.passive:
        return None
    taken: list[re.Match[str]] = []
    for w in reversed(words):
        token = w.group()
        if not token[0].isalnum() or token.lower() in data.stops_before or len(taken) >= 10:
            break
        taken.append(w)
    if not taken:
        return None
    start, end = taken[-1].start(), taken[0].end()
    return Attribution(text=text[start:end], span=(start, end))


def _source_after(text: str, pos: int, s1: int, trigger: tuple[int, int]) -> Attribution | None:
    data = modality_data()
    ceiling = s1 if pos >= trigger[1] else trigger[0]
    taken: list[re.Match[str]] = []
    for w in _words(text, pos, ceiling):
        token = w.group()
        if not token[0].isalnum() or token.lower() in data.stops_after or len(taken) >= 10:
            break
        taken.append(w)
    while taken and taken[-1].group().endswith("."):  # a sentence's last word keeps no full stop
        last = taken[-1]
        if len(last.group()) > 1:
            return _attribution(text, taken[0].start(), last.end() - 1)
        taken.pop()
    if not taken:
        return None
    return _attribution(text, taken[0].start(), taken[-1].end())


def _attribution(text: str, start: int, end: int) -> Attribution | None:
    return Attribution(text=text[start:end], span=(start, end)) if end > start else None


_NAMED_STATES = re.compile(r"(?:united|member|gulf|arab|baltic|island|allied|frontline|federated)\s+$", re.IGNORECASE)


def _name_part(text: str, verb: re.Match[str], s0: int) -> bool:
    """A reporting verb that is part of a name: "Member States", "the United States" (also lower-cased)."""
    if verb.start() > s0 and verb.group()[:1].isupper():
        return True
    return verb.group().lower() in ("states", "state") and _NAMED_STATES.search(text, s0, verb.start()) is not None


def attribution_of(text: str, *, trigger: tuple[int, int], sentence: tuple[int, int]) -> Attribution | None:
    """Who the sentence says reports the event: "according to X", "X said", ", said X"."""
    s0, s1 = sentence
    m = re.compile(r"\baccording\s+to\s+", re.IGNORECASE).search(text, s0, s1)
    if m is not None:
        found = _source_after(text, m.end(), s1, trigger)
        if found is not None:
            return found
    verbs = list(modality_data().attribution.finditer(text, s0, s1))
    verbs = [v for v in verbs if not (trigger[0] <= v.start() < trigger[1]) and not _name_part(text, v, s0)]
    verbs.sort(key=lambda v: abs(v.start() - trigger[0]))
    for verb in verbs:
        before = text[s0 : verb.start()].rstrip()
        if not before or before[-1] in ",\"'”’":
            after = _source_after(text, verb.end(), s1, trigger)
            if after is not None:
                return after
        found = _source_before(text, verb, s0, trigger)
        if found is not None:
            return found
    return None


def tells_an_event(modality: Modality, *, type_: str) -> bool:
    """False when the modality says nothing happened: a hypothetical or negated event, or the plan of one whose
    type is not in ``plans_kept`` ("they will be bombed" is a threat; "an evacuation will begin" is tracked)."""
    if modality.value in ("hypothetical", "negated"):
        return False
    return modality.value != "planned" or type_ in modality_data().plans_kept


def modality_of(text: str, *, trigger: tuple[int, int], sentence: tuple[int, int]) -> Modality:
    """The modality of the event named at ``trigger`` (absolute span) within ``sentence`` (absolute span)."""
    n = len(text)
    s0, s1 = max(0, min(sentence[0], n)), max(0, min(sentence[1], n))
    s1 = max(s0, s1)
    t0, t1 = max(s0, min(trigger[0], s1)), max(s0, min(trigger[1], s1))
    t1 = max(t0, t1)
    data = modality_data()
    c0, c1 = _clause(text, t0, t1, s0, s1)
    spans = {
        "near": (_window_start(text, c0, t0, data.window), t0),
        "after": (t1, _window_end(text, t1, c1, data.after_window)),
        "clause": (c0, c1),
    }
    source = attribution_of(text, trigger=(t0, t1), sentence=(s0, s1))
    if _cued("comparison", text, spans):
        return Modality(value="hypothetical", source=source)
    for value in data.priority:
        if value in data.cues and _cued(value, text, spans):
            return Modality(value=value, source=source)
    return Modality(value="reported" if source else "asserted", source=source)
