"""Does a sentence tell an occurrence, or only a sum of many, a question, a period, an aim, a weapon, a policy,
a charge or a figure of speech?

Read from ``data/occurrence.yaml`` (its header describes every section). A monitor wants events that happened,
once each. None of these gives an event:

- a toll: "nearly 300 people have been killed since the war began" sums events (a sum told with a day of its
  own, "gunmen killed five on Monday, bringing the toll since January to 40", still tells that day's event);
- a question: "who ordered the raid?";
- a period: in "the first meeting since the fighting began" the fighting only dates the meeting;
- an aim: "a plot to kill the mayor" (but "managed to kill", "tried to abduct" are deeds);
- a means with no act: "the air force commander was dismissed", "the plane carried 24 missiles";
- a policy: "the war on drugs", "the fight against terrorism";
- a charge against a whole people with no number or day: "they came to massacre the salvadoran people";
- a figure of speech or a kind: "a social explosion", "the kind of violence that ...", "a common practice";
- commentary (``commentary.py``): a word in another sense ("the execution of the plan"), a charge of character
  ("a regime that murders priests"), a duty ("we must fight them", "the killings must stop").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from vigil.extract.commentary import charges_a_character, in_a_caption, in_a_link, in_another_sense, names_a_duty
from vigil.extract.lexicon import alternation, compile_regex, compile_words, mapping, read_yaml, strings
from vigil.records import Span

_QUESTION = re.compile(r"\?[\"'”’)\]]*\s*$")
_BEFORE = 80  # characters before a trigger that may name the period it stands in ("since the start of the")
_NEAR = 20  # characters between a trigger and the words of a toll that make it part of the toll


@dataclass(frozen=True, slots=True)
class OccurrenceData:
    periods: re.Pattern[str]
    perfect: re.Pattern[str]
    war_tolls: re.Pattern[str]
    days: re.Pattern[str]
    telling: re.Pattern[str]
    lasting: frozenset[str]
    years: re.Pattern[str]
    alone: re.Pattern[str]
    since: re.Pattern[str]
    began: re.Pattern[str]
    habits: re.Pattern[str]
    whole: re.Pattern[str]
    figure: re.Pattern[str]
    figure_before: re.Pattern[str]
    figure_after: re.Pattern[str]
    numbers: re.Pattern[str]
    means: re.Pattern[str]
    policies: re.Pattern[str]
    ills: re.Pattern[str]
    acts: re.Pattern[str]
    purpose: re.Pattern[str]
    plans: re.Pattern[str]
    verbs: re.Pattern[str]
    done: re.Pattern[str]
    appeals: re.Pattern[str]


def _pattern(
    section: dict[str, Any], key: str, *, where: str, field: str, left: str = "", right: str = ""
) -> re.Pattern[str]:
    """The alternation of the patterns at ``section[key]`` (a string or a list of strings) between ``left`` and
    ``right``, case-insensitive."""
    value = section.get(key)
    found = [value] if isinstance(value, str) and value else strings(value, where=where, field=field)
    return compile_regex(f"{left}(?:{alternation(found)}){right}", where=where, field=field)


_WORD_BEFORE = r"(?<![\w'’-])"  # the pattern starts a word
_ENDS_AT_TRIGGER = "$"  # searched in the text before the trigger, up to its start
_NOT_IN_PLACE = r"(?!(?:in|at|of|from|near|across|throughout|within|inside|around|for|by)\s)"


def parse_occurrence(data: Any, *, where: str) -> OccurrenceData:
    top = mapping(data, where=where, field="(top level)")
    names = ("tolls", "time", "purpose", "appeals", "means", "policies", "peoples", "figures")
    sections = {k: mapping(top.get(k), where=where, field=k) for k in names}

    def words(section: str, key: str) -> re.Pattern[str]:
        field = f"{section}.{key}"
        return compile_words(strings(sections[section].get(key), where=where, field=field), where=where, field=field)

    def rx(section: str, key: str, left: str = "", right: str = "") -> re.Pattern[str]:
        return _pattern(sections[section], key, where=where, field=f"{section}.{key}", left=left, right=right)

    return OccurrenceData(
        periods=words("tolls", "periods"),
        perfect=words("tolls", "perfect"),
        war_tolls=words("tolls", "war_tolls"),
        days=words("tolls", "days"),
        telling=rx("tolls", "telling", _WORD_BEFORE, r"\s+$"),
        lasting=frozenset(strings(sections["tolls"].get("lasting"), where=where, field="tolls.lasting")),
        years=words("tolls", "years"),
        alone=rx("time", "alone", _WORD_BEFORE, _ENDS_AT_TRIGGER),
        since=rx("time", "since", _WORD_BEFORE, _ENDS_AT_TRIGGER),
        began=rx("time", "began", r"\s+", r"(?![\w])"),
        means=rx("means", "triggers"),
        acts=words("means", "acts"),
        policies=rx("policies", "triggers"),
        ills=rx(
            "policies",
            "ills",
            r"\s+(?:against|on)\s+(?:the\s+|all\s+|illegal\s+|illicit\s+|organi[sz]ed\s+|international\s+)*",
            r"(?![\w-])",
        ),
        whole=rx("peoples", "whole", rf"\s+(?:{_NOT_IN_PLACE}[\w-]+\s+){{0,3}}?(?:(?:against|on)\s+)?", r"(?![\w-])"),
        numbers=words("peoples", "numbers"),
        figure=rx("figures", "triggers"),
        figure_before=rx("figures", "before", _WORD_BEFORE, r"\s+$"),
        figure_after=rx("figures", "after", r"\s+", r"(?![\w-])"),
        habits=compile_words(strings(top.get("habits"), where=where, field="habits"), where=where, field="habits"),
        purpose=rx("purpose", "to", _WORD_BEFORE, _ENDS_AT_TRIGGER),
        plans=rx("purpose", "plans", _WORD_BEFORE, _ENDS_AT_TRIGGER),
        verbs=rx("purpose", "verbs", "", r"(?![\w])"),
        done=rx("purpose", "done", _WORD_BEFORE, r"\s+$"),
        appeals=rx(
            "appeals",
            "stop",
            _WORD_BEFORE,
            # the words between: none "of" ("the end of the war" is a time), none that opens a clause or tells a
            # circumstance ("called for calm after gunmen killed ...")
            r"\s+(?:(?:the|all|any|their|its|this|these|such|his|her|our)\s+)?"
            r"(?:(?!(?:of|after|when|while|as|because|since|following|before|until|despite|amid|over|where|who|which|"
            r"that)\s)[\w-]+\s+){0,2}$",
        ),
    )


@functools.cache
def occurrence_data() -> OccurrenceData:
    data, where = read_yaml(None, builtin="occurrence.yaml")
    return parse_occurrence(data, where=where)


def _has_day(d: OccurrenceData, text: str, s0: int, s1: int) -> bool:
    """A day of an event in the sentence; the day of a telling ("the UN said on Tuesday") is none."""
    for m in d.days.finditer(text, s0, s1):
        if d.telling.search(text, max(s0, m.start() - 24), m.start()) is None:
            return True
    return False


def is_toll(
    text: str, *, trigger: Span, sentence: Span, type_: str | None = None, data: OccurrenceData | None = None
) -> bool:
    """True when the trigger stands in a sum of events over a period or a war, and the sentence names no day.
    Events of a lasting type (detentions) are held now: their sum since a day is no toll, their sum over years is."""
    d = data or occurrence_data()
    s0, s1 = sentence
    if type_ in d.lasting and d.years.search(text, s0, s1) is None:
        return False
    t0, t1 = trigger
    summed = any(_near(text, m.start(), m.end(), t0, t1) for m in d.war_tolls.finditer(text, s0, s1))
    if not summed and d.periods.search(text, s0, s1) is not None:
        summed = any(_near(text, m.start(), m.end(), t0, t1) for m in d.perfect.finditer(text, s0, s1))
    return summed and not _has_day(d, text, s0, s1)


def _near(text: str, m0: int, m1: int, t0: int, t1: int) -> bool:
    """The words ``text[m0:m1]`` hold or stand next to the trigger, with no comma or semicolon between."""
    if m0 < t1 and t0 < m1:
        return True
    gap = (m1, t0) if m1 <= t0 else (t1, m0)
    return gap[1] - gap[0] <= _NEAR and not any(c in ",;" for c in text[gap[0] : gap[1]])


def names_a_period(text: str, *, trigger: Span, sentence: Span, data: OccurrenceData | None = None) -> bool:
    """True when the trigger only dates something else: "since the start of the war", "since the fighting began
    in April", "after two weeks of fighting"."""
    d = data or occurrence_data()
    t0, t1 = trigger
    lo = max(sentence[0], t0 - _BEFORE)
    if d.alone.search(text, lo, t0) is not None:
        return True
    return d.since.search(text, lo, t0) is not None and d.began.match(text, t1, sentence[1]) is not None


def names_a_demand(text: str, *, trigger: Span, sentence: Span, data: OccurrenceData | None = None) -> bool:
    """True when the trigger names what someone should stop or calls for: "stop the killings", "an end to the
    bombing", "called for a ceasefire", "demanded the arrest of the mayor"."""
    d = data or occurrence_data()
    t0 = trigger[0]
    return d.appeals.search(text, max(sentence[0], t0 - 48), t0) is not None


def names_an_aim(text: str, *, trigger: Span, sentence: Span, data: OccurrenceData | None = None) -> bool:
    """True when the trigger is an infinitive of aim, order or plan ("sent to attack"), or the object of one
    ("mobilising to launch revenge attacks"), not of a deed done ("managed to kill")."""
    d = data or occurrence_data()
    t0 = trigger[0]
    m = d.purpose.search(text, max(sentence[0], t0 - 24), t0) if d.verbs.match(text, t0, trigger[1]) else None
    if m is None:
        m = d.plans.search(text, max(sentence[0], t0 - 70), t0)
    if m is None:
        return False
    return d.done.search(text, max(sentence[0], m.start() - 24), m.start()) is None


def names_a_means(text: str, *, trigger: Span, sentence: Span, data: OccurrenceData | None = None) -> bool:
    """True when the trigger names only a means of violence (a weapon, an aircraft, an air force) and nothing in
    the sentence is done with it: "the air force general was dismissed", "the plane carried 24 missiles"."""
    d = data or occurrence_data()
    t0, t1 = trigger
    if d.means.fullmatch(text, t0, t1) is None:
        return False
    s0, s1 = sentence
    return d.acts.search(text, s0, t0) is None and d.acts.search(text, t1, s1) is None


def names_a_policy(text: str, *, trigger: Span, sentence: Span, data: OccurrenceData | None = None) -> bool:
    """True when the trigger is a fight against a social ill: "the war on drugs", "the fight against terrorism"."""
    d = data or occurrence_data()
    t0, t1 = trigger
    return d.policies.fullmatch(text, t0, t1) is not None and d.ills.match(text, t1, sentence[1]) is not None


def charges_a_people(text: str, *, trigger: Span, sentence: Span, data: OccurrenceData | None = None) -> bool:
    """True when the violence is done to a whole people ("bombing the civilian population") and the sentence has
    no number and no day: a charge, not a report."""
    d = data or occurrence_data()
    s0, s1 = sentence
    if d.whole.match(text, trigger[1], s1) is None:
        return False
    return d.numbers.search(text, s0, s1) is None and not _has_day(d, text, s0, s1)


def is_a_figure(text: str, *, trigger: Span, sentence: Span, data: OccurrenceData | None = None) -> bool:
    """True when the trigger is a figure of speech: "a social explosion", "an explosion of anger"."""
    d = data or occurrence_data()
    t0, t1 = trigger
    if d.figure.fullmatch(text, t0, t1) is None:
        return False
    before = d.figure_before.search(text, max(sentence[0], t0 - 20), t0) is not None
    return before or d.figure_after.match(text, t1, sentence[1]) is not None


def in_a_figure(text: str, *, trigger: Span, sentence: Span, data: OccurrenceData | None = None) -> bool:
    """True when the trigger is a word of violence in another sense ("fighting for his life", "clashed
    verbally") or names a period ("since the shelling began"): another trigger of its sentence may still tell an
    event ("thousands have fled their homes since the shelling began")."""
    d = data or occurrence_data()
    return in_another_sense(text, trigger=trigger, sentence=sentence, acts=d.acts) or names_a_period(
        text, trigger=trigger, sentence=sentence, data=d
    )


def tells_an_occurrence(
    text: str, *, trigger: Span, sentence: Span, type_: str | None = None, data: OccurrenceData | None = None
) -> bool:
    """False when the sentence asks, sums events, tells a kind of violence, or uses the trigger to name a period
    or an aim. ``type_`` is the event type the trigger gives."""
    d = data or occurrence_data()
    s0, s1 = sentence
    if _QUESTION.search(text, s0, s1) is not None:
        return False
    if (
        names_a_period(text, trigger=trigger, sentence=sentence, data=d)
        or names_an_aim(text, trigger=trigger, sentence=sentence, data=d)
        or names_a_demand(text, trigger=trigger, sentence=sentence, data=d)
    ):
        return False
    if (
        names_a_means(text, trigger=trigger, sentence=sentence, data=d)
        or names_a_policy(text, trigger=trigger, sentence=sentence, data=d)
        or charges_a_people(text, trigger=trigger, sentence=sentence, data=d)
        or is_a_figure(text, trigger=trigger, sentence=sentence, data=d)
    ):
        return False
    if (
        in_another_sense(text, trigger=trigger, sentence=sentence, acts=d.acts)
        or charges_a_character(text, trigger=trigger, sentence=sentence)
        or names_a_duty(text, trigger=trigger, sentence=sentence)
        or in_a_link(text, trigger=trigger, sentence=sentence)
        or in_a_caption(text, trigger=trigger, sentence=sentence)
    ):
        return False  # commentary: "the execution of the plan", "a regime that murders priests", "we must fight"
    if is_toll(text, trigger=trigger, sentence=sentence, type_=type_, data=d):
        return False
    return d.habits.search(text, s0, s1) is None or _has_day(d, text, s0, s1)
