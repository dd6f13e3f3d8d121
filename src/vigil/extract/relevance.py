"""Does a trigger name something that happened, or only a kind of violence, or a war as a lasting state?

Read from ``data/relevance.yaml``. A trigger that names a kind of violence ("violence", "the fighting",
"attacks") rather than an act names an event only when its sentence ties it to something that happened: a
number, a casualty, an act in the past tense, an outbreak, a day. "A culture of fear grips the country as
attacks continue" and "efforts are under way to resolve the clashes" are background, and so is a war told
as a state that lasts: "a group that has fought the government for 16 years".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from vigil.extract.lexicon import compile_words, mapping, read_yaml, strings
from vigil.records import Span


@dataclass(frozen=True, slots=True)
class RelevanceData:
    abstract: re.Pattern[str]
    anchors: re.Pattern[str]
    durative: re.Pattern[str]
    durations: re.Pattern[str]


def _words(data: dict[str, Any], key: str, *, where: str, field: str) -> re.Pattern[str]:
    return compile_words(strings(data.get(key), where=where, field=field), where=where, field=field)


def parse_relevance(data: Any, *, where: str) -> RelevanceData:
    top = mapping(data, where=where, field="(top level)")
    durative = mapping(top.get("durative"), where=where, field="durative")
    return RelevanceData(
        abstract=_words(top, "abstract", where=where, field="abstract"),
        anchors=_words(top, "anchors", where=where, field="anchors"),
        durative=_words(durative, "triggers", where=where, field="durative.triggers"),
        durations=_words(durative, "spans", where=where, field="durative.spans"),
    )


@functools.cache
def relevance_data() -> RelevanceData:
    data, where = read_yaml(None, builtin="relevance.yaml")
    return parse_relevance(data, where=where)


def names_an_occurrence(text: str, *, trigger: Span, sentence: Span, data: RelevanceData | None = None) -> bool:
    """False when the trigger at ``trigger`` names no occurrence: a kind of violence that nothing in ``sentence``
    anchors, or fighting that the sentence makes a lasting state."""
    d = data or relevance_data()
    t0, t1 = trigger
    s0, s1 = sentence
    if d.durative.fullmatch(text, t0, t1) is not None and d.durations.search(text, s0, s1) is not None:
        return False
    if d.abstract.fullmatch(text, t0, t1) is None:
        return True
    return d.anchors.search(text, s0, s1) is not None
