"""Speed-ups for the lexicons' word patterns that never change what they match.

Every lexicon pattern is matched case-insensitively behind ``(?<![\\w-])`` (see ``lexicon.compile_words``).
Two things are worked out from the parsed form of the patterns:

- ``dispatch_body``: the alternation of many patterns regrouped by first character, so that at a word start
  only the alternatives that can begin with the character there are tried (same leftmost-first choice);
- ``Prefilter``: the few places of a text where a pattern of a lexicon may start (the text there begins with
  one of the pattern's possible first six characters), found by one scan of a character trie, and which
  patterns may start there. Callers then try only those patterns, only at those places.

Both are conservative: an element whose characters are not worked out (``\\w``, ``.``, a negated class)
stands for any continuation, so a pattern is never ruled out where it could match.
"""

from __future__ import annotations

import functools
import re
import re._constants as _c  # the parsed form of a pattern (the stdlib's own parser)
import re._parser as _parser
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

_WIDTH = 6  # characters of a pattern's start that the prefilter knows
_CAP = 4000  # prefixes per pattern beyond which a pattern is not prefiltered
_SEEN = 50_000  # texts at a candidate remembered by a prefilter
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}


class _Unknown(Exception):
    """A pattern (element) whose possible starts are not worked out."""


# ------------------------------------------------------------------ first characters: dispatch


def dispatch_body(patterns: Sequence[str]) -> str:
    """An alternation of ``patterns`` (case-insensitive) matching exactly what ``(?:p1)|(?:p2)|...`` matches,
    written as one branch per set of first characters: ``(?=[ab])(?:(?:p1)|(?:p3))|(?=[c])(?:(?:p2))``.

    Falls back to the plain alternation when some pattern's first characters cannot be told.
    """
    plain = "|".join(f"(?:{p})" for p in patterns)
    firsts: list[frozenset[str]] = []
    for p in patterns:
        try:
            chars, nullable = _first_chars(_parser.parse(p, re.IGNORECASE))
        except (re.error, _Unknown):
            return plain
        if nullable or "(?P" in p or not all(c.isascii() for c in chars):
            return plain
        firsts.append(frozenset(c.lower() for c in chars))
    groups: dict[tuple[int, ...], list[str]] = {}
    every: set[str] = set().union(*firsts)
    for c in sorted(every):
        groups.setdefault(tuple(n for n, f in enumerate(firsts) if c in f), []).append(c)
    branches = []
    for members, firsts_here in groups.items():
        charset = "".join(re.escape(c) for c in firsts_here)
        body = "|".join(f"(?:{patterns[n]})" for n in members)
        branches.append(f"(?=[{charset}])(?:{body})")
    return "|".join(branches) if branches else plain


def _first_chars(items: Any) -> tuple[set[str], bool]:
    """The characters a parsed pattern can start with, and whether it can match the empty string."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_of(op, av)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_of(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is _c.LITERAL:
        return {chr(av)}, False
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < 128:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                raise _Unknown
        return chars, False
    if op is _c.SUBPATTERN:
        return _first_chars(av[3])
    if op is _c.ATOMIC_GROUP:
        return _first_chars(av)
    if op is _c.BRANCH:
        chars, nullable = set(), False
        for alternative in av[1]:
            c, n = _first_chars(alternative)
            chars |= c
            nullable = nullable or n
        return chars, nullable
    if op in _REPEATS:
        chars, nullable = _first_chars(av[2])
        return chars, nullable or av[0] == 0
    if op in _ZERO_WIDTH:
        return set(), True
    raise _Unknown


# ------------------------------------------------------------------ first six characters: prefilter

_Starts = tuple[set[str], set[str]]  # (complete strings shorter than _WIDTH, prefixes that end the knowledge)


def pattern_starts(pattern: str, *, width: int = _WIDTH) -> set[str]:
    """Lower-cased strings, at most ``width`` long, one of which every match of ``pattern`` starts with
    (case-insensitively). Raises ``ValueError`` when there are too many to list."""
    try:
        open_, done = _seq(_parser.parse(pattern, re.IGNORECASE), width)
    except _Unknown as exc:
        raise ValueError(f"too many possible starts: {pattern!r}") from exc
    return open_ | done


def _grow(prefixes: set[str], tails_open: set[str], tails_done: set[str], k: int, done: set[str]) -> set[str]:
    """Each prefix followed by each tail, cut to ``k`` characters: those that reach ``k`` or end go to ``done``
    (in place), the rest are returned, still open."""
    grown: set[str] = set()
    for s in prefixes:
        for e in tails_open:
            t = s + e
            (done if len(t) >= k else grown).add(t[:k])
        for e in tails_done:
            done.add((s + e)[:k])
    return grown


def _seq(items: Any, k: int) -> _Starts:
    open_: set[str] = {""}
    done: set[str] = set()
    for op, av in items:
        e_open, e_done = _elem(op, av, k)
        open_ = _grow(open_, e_open, e_done, k, done)
        if len(open_) + len(done) > _CAP:
            raise _Unknown
        if not open_:
            break
    return open_, done


def _char(code: int) -> str | None:
    c = chr(code)
    return c.lower() if c.isascii() else None


def _elem(op: Any, av: Any, k: int) -> _Starts:
    if op is _c.LITERAL:
        c = _char(av)
        return ({c}, set()) if c is not None else (set(), {""})
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL and (c := _char(value)) is not None:
                chars.add(c)
            elif kind is _c.RANGE and value[1] < 128:
                chars.update(chr(x).lower() for x in range(value[0], value[1] + 1))
            else:
                return set(), {""}
        return chars, set()
    if op is _c.SUBPATTERN:
        return _seq(av[3], k)
    if op is _c.ATOMIC_GROUP:
        return _seq(av, k)
    if op is _c.BRANCH:
        open_: set[str] = set()
        done: set[str] = set()
        for alternative in av[1]:
            o, d = _seq(alternative, k)
            open_ |= o
            done |= d
        return open_, done
    if op in _REPEATS:
        return _repeat(av[0], av[1], av[2], k)
    if op in _ZERO_WIDTH:
        return {""}, set()
    return set(), {""}  # anything else: any continuation


def _repeat(lo: int, hi: int, sub: Any, k: int) -> _Starts:
    sub_open, sub_done = _seq(sub, k)
    open_: set[str] = {""} if lo == 0 else set()
    done: set[str] = set()
    current = {""}
    n = 0
    while current and n < min(hi, k):
        n += 1
        current = _grow(current, sub_open, sub_done, k, done)
        if n >= lo:
            open_ |= current
        if len(current) + len(done) > _CAP:
            raise _Unknown
    if current and n < lo:  # more copies were due than were spelled out: any continuation
        done |= current
    return open_, done


@functools.cache
def _bmp() -> str:
    return "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)


@functools.cache
def _variants(c: str) -> str:
    """Every character that ``c`` matches case-insensitively (``k`` also matches the Kelvin sign)."""
    return "".join(re.findall(re.escape(c), _bmp(), re.IGNORECASE))


def _trie(strings: set[str]) -> str:
    """A case-insensitive regex (written with plain character classes, which the engine skips fast) that
    matches at a position where the text starts with one of ``strings``."""
    if "" in strings:
        return ""
    heads: dict[str, set[str]] = {}
    for s in strings:
        heads.setdefault(s[0], set()).add(s[1:])
    branches = []
    for head in sorted(heads):
        rest = _trie(heads[head])
        branches.append(f"[{re.escape(_variants(head))}]{rest}")
    return f"(?:{'|'.join(branches)})"


@dataclass(frozen=True, slots=True)
class Prefilter:
    """The places of a text where some of a list of patterns (the members) may start, and which ones."""

    scan: re.Pattern[str]
    table: dict[str, frozenset[int]]
    every: frozenset[int]
    width: int = _WIDTH
    # members by the text at a candidate (a cache: the same words come back again and again)
    seen: dict[str, frozenset[int]] = field(default_factory=dict, compare=False, repr=False)

    def candidates(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, frozenset[int]]]:
        """(position, members that may match there) for every possible start in ``text[start:end]``."""
        stop = len(text) if end is None else end
        out = []
        width, seen = self.width, self.seen
        for m in self.scan.finditer(text, start, stop):
            p = m.start()
            head = text[p : min(p + width, stop)]
            found = seen.get(head)
            if found is None:
                found = self._members(head)
                if len(seen) >= _SEEN:
                    seen.clear()
                seen[head] = found
            if found:
                out.append((p, found))
        return out

    def _members(self, head: str) -> frozenset[int]:
        head = head.lower()
        if not head.isascii():  # a letter that matches an ASCII one case-insensitively (the Kelvin sign): try all
            return self.every
        found: frozenset[int] = frozenset()
        for n in range(1, len(head) + 1):
            hit = self.table.get(head[:n])
            if hit is not None:
                found = found | hit
        return found


def build_prefilter(members: Sequence[Sequence[str]], *, lookbehind: str = r"(?<![\w-])") -> Prefilter | None:
    """A prefilter for ``members`` (each a list of patterns matched behind ``lookbehind``); ``None`` when
    some pattern may start with anything, where a prefilter would not pay."""
    table: dict[str, set[int]] = {}
    for n, patterns in enumerate(members):
        for p in patterns:
            try:
                starts = pattern_starts(p)
            except (ValueError, re.error):
                return None
            if "" in starts:
                return None
            for s in starts:
                table.setdefault(s, set()).add(n)
    scan = re.compile(f"{lookbehind}(?={_trie(set(table))})")
    return Prefilter(
        scan=scan,
        table={s: frozenset(ms) for s, ms in table.items()},
        every=frozenset(range(len(members))),
    )
