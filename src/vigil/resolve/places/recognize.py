"""Toponym recognition: which spans of a text name places (candidates are checked in the gazetteer).

Rules, no model: capitalised token sequences (with "al-"/"el-" prefixes, hyphens, apostrophes) that the
gazetteer knows, longest first; demonyms ("Syrian" -> Syria); cues before ("in", "near") and after
("province", "city"); common words and person names rejected.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from vigil.resolve.places import lexicon

_TOKEN = re.compile(r"[^\W\d_][\w]*(?:[-'’.][^\W_][\w]*)*\.?")
_CONNECTORS = frozenset({"of", "the", "de", "del", "la", "le", "du", "des", "al", "el", "and", "da", "do", "dos", "di"})
_SENTENCE_END = re.compile(r"[.!?:;\"“”\n]\s*$")
_MAX_WORDS = 6
_SAID = frozenset({"said", "says", "told", "added", "wrote", "explained", "argued"})  # after a name: a person
_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|an|ash|at|az)-[A-Z]|d['’][A-Z]")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str

    dot_after: bool = False
    capitalised: bool = False  # upper-case first letter, or an article prefix before one ("al-Bab")


@dataclass(slots=True)
class Toponym:
    """A span the recogniser takes for a place name, with what its context says about it."""

    start: int
    end: int
    text: str
    demonym: str | None = None  # ISO code of the country a demonym names
    hint: str | None = None  # "admin" ("Idlib province") or "city" ("Aleppo city")
    direction: str | None = None  # "eastern" in "eastern Aleppo"
    cue: bool = False  # a word before it ("in", "near") says a place follows
    gazetteer: bool = True  # the gazetteer knows the name


def tokenize(text: str) -> list[Token]:
    out = []
    article = _ARTICLE.match
    for m in _TOKEN.finditer(text):
        start, end, word = m.start(), m.end(), m.group()
        if word.endswith(("'s", "’s")):
            end -= 2
            word = word[:-2]
        dot = False
        if word.endswith(".") and "." not in word[:-1]:
            end -= 1
            word = word[:-1]
            dot = True
        if word:
            cap = word[0].isupper() or (word[0] in "aed" and article(word) is not None)
            out.append(Token(start, end, word, dot, cap))
    return out


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start]
    return start == 0 or bool(_SENTENCE_END.search(before)) or not before.strip()


def recognize(text: str, *, known: Callable[[str, bool], int]) -> list[Toponym]:
    """Find the toponyms of ``text``.

    ``known(name, dotted)`` says what the gazetteer knows of the name: 0 nothing, 1 some place, 2 an
    abbreviation or alias of a place, 3 a country, division or large city (``dotted``: the text writes a
    dot after the name, which abbreviations such as "Ky." need).
    """
    tokens = tokenize(text)
    demonyms = lexicon.demonyms()
    cues = lexicon.cues()
    stop = lexicon.stopwords()
    lowered = {t.text.lower() for t in tokens if not t.capitalised}
    persons = _surnames(text, tokens, stop)
    out: list[Toponym] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not tok.capitalised:
            i += 1
            continue
        found = _longest(text, tokens, i, known, demonyms)
        if found is None:
            unknown = _unknown_after_cue(text, tokens, i, cues, stop)
            if unknown is not None:
                out.append(unknown)
                i += len(unknown.text.split())
            else:
                i += 1
            continue
        n, demonym, level = found
        last = tokens[i + n - 1]
        name = text[tok.start : last.end]
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + n] if i + n < len(tokens) else None
        cue = prev is not None and prev.text.lower() in cues.before and _adjacent(text, prev, tok)
        if not _plausible(text, tokens, i, n, name, stop, lowered, demonym, level, cue, persons) or (
            level < 3 and demonym is None and _named_before(text, tokens, i, n, stop, cues, demonyms, known)
        ):
            i += n
            continue
        top = Toponym(tok.start, last.end, name, demonym=demonym, cue=cue)
        if nxt is not None and _adjacent(text, last, nxt) and demonym is None:
            word = nxt.text.lower()
            if word in cues.after_admin:
                top.hint = "admin"
            elif word in cues.after_city:
                top.hint = "city"
        if prev is not None and prev.text.lower() in cues.directions and _adjacent(text, prev, tok):
            top.direction = prev.text.lower()
        out.append(top)
        i += n
    return out


def _named_before(
    text: str,
    tokens: list[Token],
    i: int,
    n: int,
    stop: lexicon.Stopwords,
    cues: lexicon.Cues,
    demonyms: dict[str, str],
    known: Callable[[str, bool], int],
) -> bool:
    """True when a (small) place's name begins a longer proper name that is no place: a publisher ("the Sulat
    Observer") or, for a one-word name, a person or a firm ("Burton Hayes", "Lakes Edge")."""
    if i + n >= len(tokens):
        return False
    last, nxt = tokens[i + n - 1], tokens[i + n]
    if text[last.end : nxt.start] != " " or not nxt.text[0].isupper():
        return False
    if nxt.text in stop.publishers:
        return True
    word = nxt.text
    return (
        n == 1
        and not tokens[i].dot_after
        and word not in stop.common
        and word.lower() not in cues.after_admin
        and word.lower() not in cues.after_city
        and word not in demonyms
        and not word.isupper()
        and not known(word, nxt.dot_after)
    )


def _adjacent(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end : b.start]
    return len(gap) <= 2 and gap.strip() in ("", "-")


def _longest(
    text: str, tokens: list[Token], i: int, known: Callable[[str, bool], int], demonyms: dict[str, str]
) -> tuple[int, str | None, int] | None:
    """The number of tokens of the longest gazetteer name (or demonym) starting at token i."""
    span = [tokens[i]]
    for j in range(i + 1, min(len(tokens), i + _MAX_WORDS)):
        t = tokens[j]
        if not _adjacent(text, span[-1], t) or not (t.capitalised or t.text.lower() in _CONNECTORS):
            break
        span.append(t)
    for n in range(len(span), 0, -1):
        if not span[n - 1].capitalised:
            continue
        name = text[span[0].start : span[n - 1].end]
        code = demonyms.get(name)
        if code is not None:
            return n, code, 3
        if n == 1 and name.isupper() and len(name) > 4:
            name = name.title()  # a dateline: "ALEPPO, Syria"
        level = known(name, span[n - 1].dot_after or "." in name)
        if level:
            return n, None, level
    return None


def _plausible(
    text: str,
    tokens: list[Token],
    i: int,
    n: int,
    name: str,
    stop: lexicon.Stopwords,
    lowered: set[str],
    demonym: str | None,
    level: int,
    cue: bool,
    persons: set[str],
) -> bool:
    """Reject common words and person names that happen to be gazetteer names."""
    prev = tokens[i - 1] if i > 0 else None
    if (
        prev is not None
        and _adjacent(text, prev, tokens[i])
        and (prev.text in stop.titles or prev.text in stop.first_names)
    ) and (level < 3 or not (prev.text in _SAID or prev.text.startswith("spokes"))):
        return False
    if demonym is not None:
        return True
    if n == 1 and (name in stop.common or name in persons):
        return False
    if n == 1 and name.isupper() and len(name) <= 5 and level < 2:
        return False  # an acronym (CNN, FDA) that is also the alternate name of some village
    if n == 1 and ("'" in name or "’" in name) and len(name) <= 5:
        return False
    nxt = tokens[i + n] if i + n < len(tokens) else None
    if level < 3 and nxt is not None and nxt.text in _SAID:
        return False
    if cue:
        return True
    if n == 1 and level < 3 and name.lower() in lowered:
        return False
    if n == 1 and name in stop.first_names:
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.capitalised and _adjacent(text, tokens[i], nxt):
            return False
    if n == 1 and name.lower() in lowered and _sentence_start(text, tokens[i].start):
        return False
    return not (n == 1 and len(name) < 3 and not name.isupper() and level < 2)


def _surnames(text: str, tokens: list[Token], stop: lexicon.Stopwords) -> set[str]:
    """Surnames of the people the text names ("John Walsh", "Mr Steele"): alone later, they are people too."""
    out = set()
    for a, b in itertools.pairwise(tokens):
        if a.text in _SAID or a.text.startswith("spokes"):
            continue
        if b.capitalised and _adjacent(text, a, b) and (a.text in stop.first_names or a.text in stop.titles):
            out.add(b.text)
    return out


def _unknown_after_cue(
    text: str, tokens: list[Token], i: int, cues: lexicon.Cues, stop: lexicon.Stopwords
) -> Toponym | None:
    """A capitalised name the gazetteer lacks, right after a strong cue ("in Kampungu"): kept unresolved."""
    if i == 0:
        return None
    prev = tokens[i - 1]
    before = text[max(0, prev.start - 12) : prev.end].lower()
    if not any(before.endswith(c) for c in cues.strong_before) or not _adjacent(text, prev, tokens[i]):
        return None
    span = [tokens[i]]
    for t in tokens[i + 1 : i + 3]:
        if not t.capitalised or not _adjacent(text, span[-1], t):
            break
        span.append(t)
    words = [t.text for t in span]
    if any(w in stop.common or w in stop.first_names or w in stop.titles for w in words) or words[0].isupper():
        return None
    if len(words) == 1 and len(words[0]) < 4:
        return None
    return Toponym(span[0].start, span[-1].end, text[span[0].start : span[-1].end], cue=True, gazetteer=False)
