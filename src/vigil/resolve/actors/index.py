"""The compiled surface forms of a dictionary: a token trie, and a scan of a text for the longest forms.

Text is cut into word tokens once; the trie is walked from each token, keeping the longest form whose
tokens match. Forms are matched case-insensitively, except acronyms of at most four letters ("IS", "SAA",
"M23"), which must match as written. Tokens of a form may be separated by spaces, one hyphen or one dot ("U.S."), and
apostrophes inside a word are ignored ("Kata'ib" and "Kataib" are the same), so one form covers the
usual spellings; a possessive may stand between them ("Iran's Revolutionary Guards").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

TOKEN = re.compile(r"\w+(?:['’](?![sS]\b)\w+)*")
_GAP = re.compile(r"\s*(?:[-‐‑–.]|['’]s\s)?\s*")
_QUOTES = str.maketrans("", "", "'’.")

ACTOR = "actor"
DEMONYM = "demonym"
METONYM = "metonym"
GENERIC = "generic"
PROXY = "proxy"
PATRON = "patron"
GROUP = "group"


@dataclass(frozen=True, slots=True)
class Target:
    """What a surface form names: an entry (``actor``, ``demonym``, ``metonym``: ``value`` is the entry's name),
    wording of an actor kind (``generic``, ``proxy``, ``patron``: ``value`` is the kind), or a victim ``group``."""

    type: str
    value: str
    groups: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    """A surface form found in a text: token indices ``[first, last)`` and character span ``[start, end)``."""

    first: int
    last: int
    start: int
    end: int
    target: Target


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    folded: Target | None = None
    exact: dict[tuple[str, ...], Target] | None = None


def _exact(token: str) -> str:
    return token.translate(_QUOTES)


def _key(token: str) -> str:
    return token.translate(_QUOTES).casefold()


def is_acronym(form: str) -> bool:
    """A form matched as written: no lower-case letter, no space, and at most four letters."""
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and len(letters) <= 4 and not any(c.islower() for c in form) and " " not in form.strip()


class SurfaceIndex:
    """The token trie of every surface form; ``add`` later forms over earlier ones."""

    def __init__(self) -> None:
        self._root = _Node()

    def add(self, form: str, target: Target) -> None:
        tokens = [m.group() for m in TOKEN.finditer(form)]
        if not tokens:
            return
        node = self._root
        for token in tokens:
            node = node.children.setdefault(_key(token), _Node())
        if is_acronym(form):
            if node.exact is None:
                node.exact = {}
            node.exact[tuple(_exact(t) for t in tokens)] = target
        else:
            node.folded = target

    def scan(self, text: str, start: int, end: int) -> list[Hit]:
        """Longest surface forms in ``text[start:end]``, left to right, not overlapping."""
        spans: list[tuple[int, int]] = []
        keys: list[str] = []
        for m in TOKEN.finditer(text, start, end):
            spans.append(m.span())
            key = m.group().lower()
            keys.append(key if key.isalnum() else _key(key))
        root = self._root.children
        hits: list[Hit] = []
        n = len(spans)
        i = 0
        while i < n:
            node = root.get(keys[i])
            if node is None:
                i += 1
                continue
            best: tuple[int, Target] | None = None
            j = i + 1
            while True:
                target = self._target(node, text, spans, i, j)
                if target is not None:
                    best = (j, target)
                if j >= n or _GAP.fullmatch(text, spans[j - 1][1], spans[j][0]) is None:
                    break
                child = node.children.get(keys[j])
                if child is None:
                    break
                node = child
                j += 1
            if best is None:
                i += 1
                continue
            last, target = best
            hits.append(Hit(i, last, spans[i][0], spans[last - 1][1], target))
            i = last
        return hits

    @staticmethod
    def _target(node: _Node, text: str, spans: list[tuple[int, int]], i: int, j: int) -> Target | None:
        if node.exact:
            written = tuple(_exact(text[s:e]) for s, e in spans[i:j])
            found = node.exact.get(written)
            if found is not None:
                return found
        return node.folded
