"""Does a sentence of commentary -- a speech, a communiqué, an analysis -- tell an act, or only use the words of
violence for something else?

Read from ``data/commentary.yaml`` (its header describes every section). None of these gives an event:

- a word of violence in another sense: "the report demonstrated that ...", "the execution of the plan", "the
  looting of our natural resources", "he harshly attacked the president", "an attack on the judicial branch",
  "clashes and disagreements between the two leaders";
- a charge of character told in the present tense: "a government that murders priests", "a regime known for
  killing its critics";
- a duty or a skill: "we must fight the traffickers", "the guilty have to be jailed", "how to use explosives";
- a demand told after the violence: "the killing of civilians must stop", "we want this violence to end";
- the headline of another story: "Read: Editor arrested in the capital";
- the caption of a picture: "File photo: smoke rises after an air strike", "Residents at the site of the attack
  (AFP)".

A word in another sense marked ``alone`` gives no event only when nothing else in the sentence is done: "the
militia attacked the villages and pillaged the natural resources" still tells the attack.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from vigil.extract.lexicon import LexiconError, alternation, compile_regex, mapping, read_yaml, strings
from vigil.records import Span

_WORD_BEFORE = r"(?<![\w'’-])"
_WORD_END = r"(?![\w-])"
_BEFORE = 60  # characters before a trigger that may hold the subject of a charge or a duty


@dataclass(frozen=True, slots=True)
class Figure:
    """A trigger (``triggers``) in another sense, cued by the words just before it or right after it."""

    triggers: re.Pattern[str]
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    alone: bool


@dataclass(frozen=True, slots=True)
class Kind:
    """A verb of violence (``verbs``) told of a kind of actor (``subjects``, ending just before it)."""

    subjects: re.Pattern[str]
    verbs: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class CommentaryData:
    figures: tuple[Figure, ...]
    kinds: tuple[Kind, ...]
    duties: re.Pattern[str]
    named: re.Pattern[str]
    ends: re.Pattern[str]
    how: re.Pattern[str]
    links: re.Pattern[str]
    files: re.Pattern[str]
    credits: re.Pattern[str]


def _rx(value: Any, *, where: str, field: str, left: str = "", right: str = "") -> re.Pattern[str]:
    found = [value] if isinstance(value, str) and value else strings(value, where=where, field=field)
    return compile_regex(f"{left}(?:{alternation(found)}){right}", where=where, field=field)


def _figure(entry: Any, *, where: str, field: str) -> Figure:
    e = mapping(entry, where=where, field=field)
    before = e.get("before")
    after = e.get("after")
    if before is None and after is None:
        raise LexiconError(f"{where}: field '{field}' needs 'before' or 'after'")
    cue_before = r"\s+(?:[\w-]+\s+)?$"  # at most one word between the cue and the trigger
    return Figure(
        triggers=_rx(e.get("triggers"), where=where, field=f"{field}.triggers"),
        before=None
        if before is None
        else _rx(before, where=where, field=f"{field}.before", left=_WORD_BEFORE, right=cue_before),
        after=None if after is None else _rx(after, where=where, field=f"{field}.after", left=r"\s+", right=_WORD_END),
        alone=bool(e.get("alone", False)),
    )


def _kind(entry: Any, *, where: str, field: str) -> Kind:
    e = mapping(entry, where=where, field=field)
    return Kind(
        subjects=_rx(e.get("subjects"), where=where, field=f"{field}.subjects", left=_WORD_BEFORE, right=r"$"),
        verbs=_rx(e.get("verbs"), where=where, field=f"{field}.verbs"),
    )


def parse_commentary(data: Any, *, where: str) -> CommentaryData:
    top = mapping(data, where=where, field="(top level)")
    raw = top.get("figures")
    if not isinstance(raw, list) or not raw:
        raise LexiconError(f"{where}: field 'figures' must be a non-empty list")
    figures = tuple(_figure(e, where=where, field=f"figures[{n}]") for n, e in enumerate(raw))
    raw_kinds = top.get("kinds")
    if not isinstance(raw_kinds, list) or not raw_kinds:
        raise LexiconError(f"{where}: field 'kinds' must be a non-empty list")
    kinds = tuple(_kind(k, where=where, field=f"kinds[{n}]") for n, k in enumerate(raw_kinds))
    ends = mapping(top.get("ends"), where=where, field="ends")
    breaks = _rx(ends.get("breaks"), where=where, field="ends.breaks").pattern
    demands = _rx(ends.get("demands"), where=where, field="ends.demands").pattern
    captions = mapping(top.get("captions"), where=where, field="captions")
    return CommentaryData(
        figures=figures,
        kinds=kinds,
        duties=_rx(top.get("duties"), where=where, field="duties", left=_WORD_BEFORE, right=r"$"),
        named=_rx(ends.get("named"), where=where, field="ends.named", left=_WORD_BEFORE, right=r"$"),
        ends=compile_regex(rf"(?:(?!\s(?:{breaks})\b)[^.;:!?])*?\s(?:{demands}){_WORD_END}", where=where, field="ends"),
        how=_rx(top.get("how"), where=where, field="how", left=_WORD_BEFORE, right=r"\s+$"),
        links=_rx(top.get("links"), where=where, field="links", left=r"\s*"),
        files=_rx(captions.get("files"), where=where, field="captions.files", left=r"\s*"),
        credits=_rx(captions.get("credits"), where=where, field="captions.credits", left=r"\(\s*", right=r"\s*\)\s*$"),
    )


@functools.cache
def commentary_data() -> CommentaryData:
    data, where = read_yaml(None, builtin="commentary.yaml")
    return parse_commentary(data, where=where)


def in_another_sense(
    text: str, *, trigger: Span, sentence: Span, acts: re.Pattern[str], data: CommentaryData | None = None
) -> bool:
    """True when the trigger is a word of violence used in another sense ("demonstrated that", "the execution of
    the plan"); an ``alone`` figure counts only when ``acts`` finds nothing done elsewhere in the sentence."""
    d = data or commentary_data()
    t0, t1 = trigger
    s0, s1 = sentence
    for f in d.figures:
        if f.triggers.fullmatch(text, t0, t1) is None:
            continue
        cued = (f.before is not None and f.before.search(text, max(s0, t0 - 40), t0) is not None) or (
            f.after is not None and f.after.match(text, t1, s1) is not None
        )
        if cued and not (f.alone and (acts.search(text, s0, t0) or acts.search(text, t1, s1))):
            return True
    return False


def charges_a_character(text: str, *, trigger: Span, sentence: Span, data: CommentaryData | None = None) -> bool:
    """True when the trigger is a present-tense verb that tells what a kind of actor does ("a government that
    murders priests", "a regime known for killing", "officers who kidnap"), not what happened."""
    d = data or commentary_data()
    t0, t1 = trigger
    lo = max(sentence[0], t0 - _BEFORE)
    return any(k.verbs.fullmatch(text, t0, t1) and k.subjects.search(text, lo, t0) for k in d.kinds)


def names_a_duty(text: str, *, trigger: Span, sentence: Span, data: CommentaryData | None = None) -> bool:
    """True when the trigger is what someone must do or must suffer ("we must fight them", "they have to be
    jailed"), a skill ("how to use explosives"), or what must stop ("the killing of civilians must stop")."""
    d = data or commentary_data()
    t0, t1 = trigger
    lo = max(sentence[0], t0 - 40)
    if d.duties.search(text, lo, t0) is not None or d.how.search(text, lo, t0) is not None:
        return True
    return d.named.search(text, lo, t0) is not None and d.ends.match(text, t1, sentence[1]) is not None


def in_a_link(text: str, *, trigger: Span, sentence: Span, data: CommentaryData | None = None) -> bool:
    """True when the line that holds the trigger starts with a link label ("Read: Editor arrested"): the
    headline of another story."""
    d = data or commentary_data()
    t0 = trigger[0]
    return d.links.match(text, _line_start(text, sentence, t0), t0) is not None


def _line_start(text: str, sentence: Span, pos: int) -> int:
    """Where the line that holds ``pos`` starts, within its sentence."""
    return text.rfind("\n", sentence[0], pos) + 1 or sentence[0]


def in_a_caption(text: str, *, trigger: Span, sentence: Span, data: CommentaryData | None = None) -> bool:
    """True when the line that holds the trigger is the caption of a picture: it starts with a file label ("File
    photo: smoke rises after an air strike") or ends, within the trigger's sentence, with a photo credit in brackets
    ("... the site of the attack (AFP)")."""
    d = data or commentary_data()
    t0 = trigger[0]
    if d.files.match(text, _line_start(text, sentence, t0), t0) is not None:
        return True
    end = text.find("\n", t0, sentence[1])
    end = sentence[1] if end < 0 else end
    return d.credits.search(text, t0, end) is not None
