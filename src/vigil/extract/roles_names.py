"""Names of people as victims, in capitalised and in lower-cased text.

A capitalised run of words ("Jane Doe") is a name unless it starts with a function word. Lower-cased
text ("the murder of jesuit priest juan perez") has no such cue, so a name there must follow a title
or office from ``data/roles_names.yaml`` ("priest", "mayor", "candidate") and ends at the first word
that cannot be part of a name (a function word, a number, a verb form in -ed/-ing).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from vigil.extract.lexicon import LexiconError, mapping, read_yaml, strings

_CAPITAL_NAME = re.compile(r"(?-i:[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][a-z'’-]+){1,6})")
_CAPITAL_WORD = re.compile(r"[A-Z][a-z'’-]+")
_WORD = re.compile(r"[a-z][a-z'’-]*")


@dataclass(frozen=True, slots=True)
class NameLexicon:
    titles: re.Pattern[str]
    stop: frozenset[str]
    function_words: re.Pattern[str]


def parse_names(data: object, *, where: str) -> NameLexicon:
    top = mapping(data, where=where, field="(top level)")
    titles = strings(top.get("titles"), where=where, field="titles")
    stop = top.get("not_names")
    if not isinstance(stop, str) or not stop.split():
        raise LexiconError(f"{where}: field 'not_names' must be a text of words")
    words = frozenset(w.lower() for w in stop.split())
    try:
        title_re = re.compile(rf"(?<![\w-])(?:{'|'.join(titles)})\s+(?=[a-z])")
    except re.error as exc:
        raise LexiconError(f"{where}: field 'titles' makes a bad regular expression: {exc}") from exc
    function = re.compile(rf"^(?:{'|'.join(re.escape(w.capitalize()) for w in sorted(words))})\b")
    return NameLexicon(titles=title_re, stop=words, function_words=function)


@functools.cache
def load_names(path: Path | None = None) -> NameLexicon:
    """The built-in title and stop-word lists (``data/roles_names.yaml``) or a user's file in their place."""
    data, where = read_yaml(path, builtin="roles_names.yaml")
    return parse_names(data, where=where)


def _is_name_word(word: str, stop: frozenset[str]) -> bool:
    return (
        len(word) > 1
        and word not in stop
        and not word.endswith(("ed", "ing", "ly", "tion", "ment", "ness", "ers", "ists"))
        and not any(c.isdigit() for c in word)
    )


def lower_name_after(text: str, start: int, end: int, lexicon: NameLexicon) -> tuple[int, int] | None:
    """The span of a lower-cased name of 2-4 words starting at ``start`` (before ``end``), if there is one."""
    pos = start
    words: list[tuple[int, int]] = []
    while len(words) < 4:
        m = _WORD.match(text, pos, end)
        if m is None or not _is_name_word(m.group(), lexicon.stop):
            break
        words.append(m.span())
        nxt = m.end()
        if nxt < end and text[nxt] == " " and nxt + 1 < end and text[nxt + 1].isalpha():
            pos = nxt + 1
        else:
            break
    if len(words) < 2:
        return None
    return words[0][0], words[-1][1]


def titled_names(text: str, start: int, end: int, lexicon: NameLexicon) -> list[tuple[int, int]]:
    """Lower-cased names that follow a title between ``start`` and ``end``: "mayor juan perez"."""
    out = []
    for m in lexicon.titles.finditer(text, start, end):
        span = lower_name_after(text, m.end(), end, lexicon)
        if span is not None:
            out.append(span)
    return out


def capital_names(text: str, start: int, end: int, lexicon: NameLexicon) -> list[tuple[int, int]]:
    """Capitalised runs of two to four words, less the function words they start with ("On Monday Ana Ruiz")."""
    out = []
    for m in _CAPITAL_NAME.finditer(text, start, end):
        words = [w for w in _CAPITAL_WORD.finditer(text, m.start(), m.end())]
        while words and words[0].group().lower() in lexicon.stop:
            words.pop(0)
        if len(words) >= 2:
            out.append((words[0].start(), words[min(3, len(words) - 1)].end()))
    return out


_HARM_VERB = (
    r"(?:killed|murdered|kidnapped|abducted|assassinated|shot|executed|wounded|injured|tortured|seized|"
    r"found dead|shot dead|gunned down|machinegunned|slain|released|freed|rescued)"
)
_NAME_OF = re.compile(
    r"\b(?:murder|assassination|killing|kidnapping|abduction|death|disappearance|execution|release|rescue|"
    rf"attack on|attempt on|attack against|{_HARM_VERB})\s+(?:of\s+)?(?=[a-z])",
    re.IGNORECASE,
)
_PASSIVE_HARM = re.compile(
    rf"\s+(?:was|has been|had been|were)\s+(?:\w+ly\s+|also\s+)?{_HARM_VERB}\b|\s+(?:died|was found dead)\b",
    re.IGNORECASE,
)
_WORDS_BEFORE = re.compile(r"(?:[a-z][a-z'’-]*\s+){1,4}$")


def harmed_names(text: str, start: int, end: int, lexicon: NameLexicon) -> list[tuple[int, int]]:
    """Lower-cased names right after a harm word ("the murder of juan perez", "kidnapped ana ruiz") or
    right before a passive one ("juan perez was shot")."""
    out = []
    for m in _NAME_OF.finditer(text, start, end):
        span = lower_name_after(text, m.end(), end, lexicon)
        if span is not None:
            out.append(span)
    for m in _PASSIVE_HARM.finditer(text, start, end):
        before = _WORDS_BEFORE.search(text, max(start, m.start() - 60), m.start() + 1)
        if before is None:
            continue
        words = list(_WORD.finditer(text, before.start(), m.start()))
        kept: list[re.Match[str]] = []
        for w in reversed(words):  # the name is the run of name words that ends at the verb
            if not _is_name_word(w.group(), lexicon.stop):
                break
            kept.insert(0, w)
        if len(kept) >= 2:
            out.append((kept[0].start(), kept[-1].end()))
    return out
