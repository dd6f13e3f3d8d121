"""Counts of people: "82 civilians were killed", "killing at least 12", "the death toll rose to 40".

Every quantity found by ``numbers.quantity_pattern()`` is a count only when what it counts can be read
from the words around it, in this order:

1. a word just before it: "killing at least 12 people", "the evacuation of 5,000 civilians";
2. a cue after its noun phrase, in the same clause: "82 civilians were killed", "40 bodies",
   "3 children among the dead", "no one was hurt" (an active verb with an object, "two gunmen killed
   12", is not read as counting the gunmen);
3. a toll named earlier in the clause: "the death toll rose to 40";
4. for people ("tens of thousands of civilians") a siege word nearby: "encircled", "trapped", "besieged".

A part of a total ("the dead included 4 children") is a lower bound of its kind (low 4, high ``None``),
listed after the total and never replacing it; an aside after a total (", including 11 women and 13
children,", ", 12 of them children") is not counted. One person named with "a"/"an" and a killing or
injury verb ("a child was killed", "the killing of a journalist") is a count of exactly one.

People joined by "and" are one total of the kind the verb gives them ("two doctors and a nurse were killed":
three; "killing five soldiers and two policemen": seven): the figures of one kind reconcile as alternatives,
so two counts would read as a range, not a sum.

Years, dates, ages, times, money, percentages, units and reference numbers are not counts. The cue words
live in ``data/count_kinds.yaml``. ``Count.text`` is the quantity and its noun phrase ("at least 82
civilians"); ``Count.span`` is absolute.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from vigil.extract.numbers import (
    DataFileError,
    Quantity,
    phrase_alternation,
    quantity_from_match,
    quantity_pattern,
    read_data_file,
    string_list,
)
from vigil.records import Count

DATA_FILE = "vigil/extract/data/count_kinds.yaml"
_ROLES = ("after", "nouns", "before", "tolls")
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
_YEAR_BEFORE = frozenset(
    ("in", "since", "of", "by", "until", "till", "from", "during", "year", "years", "early", "late", "mid", "before",
     "after", "to", "between", "through", "spring", "summer", "autumn", "fall", "winter")
)  # fmt: skip
_FUNCTION_WORDS = frozenset(("of", "the", "a", "an"))
_ASIDE = (
    r",\s*(?:including|among\s+them|among\s+whom|mostly|mainly|many\s+of\s+them|most\s+of\s+them"
    r"|all\s+of\s+them)\b[^,.;:!?()]*,"
)
_OBJECT_WORDS = frozenset(("a", "an", "his", "her", "their", "its", "our", "your", "my"))
_CHANGE = r"(?:rose|risen|rising|climbed|climbing|increased|jumped|grew|soared|went\s+up|fell|dropped|revised|raised)"
_TOKEN = r"[^\W\d_][\w'’-]*|\d[\d,.]*|[^\w\s]"


@dataclass(frozen=True, slots=True)
class CountData:
    cues: dict[tuple[str, ...], tuple[str, str]]  # words -> (kind, "after" | "nouns")
    first_words: frozenset[str]
    longest: int
    before: dict[str, str]  # normalised phrase -> kind
    tolls: dict[str, str]
    zero_expands: dict[str, tuple[str, ...]]
    parts: dict[str, str]  # normalised phrase -> kind
    singular_kinds: frozenset[str]
    singular_nouns: tuple[str, ...]
    nearby_window: int
    people: tuple[str, ...]
    trapped: tuple[str, ...]
    aux: frozenset[str]
    breaks: frozenset[str]
    stops: frozenset[str]
    not_before: tuple[str, ...]
    not_after: tuple[str, ...]


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def parse_count_data(data: Any, *, where: str = DATA_FILE, kinds: frozenset[str] | None = None) -> CountData:
    """Check the count-kinds file (and, given ``kinds``, that every kind is one of them)."""
    if not isinstance(data, dict) or not isinstance(data.get("kinds"), dict):
        raise DataFileError(f"{where}: field 'kinds' must be a mapping of count kind to cue lists")
    cues: dict[tuple[str, ...], tuple[str, str]] = {}
    before: dict[str, str] = {}
    tolls: dict[str, str] = {}
    parts: dict[str, str] = {}
    for kind, entry in data["kinds"].items():
        if kinds is not None and kind not in kinds:
            raise DataFileError(f"{where}: field 'kinds.{kind}' is not a count kind of the taxonomy")
        if not isinstance(entry, dict):
            raise DataFileError(f"{where}: field 'kinds.{kind}' must be a mapping with {', '.join(_ROLES)}")
        lists = {role: string_list(entry.get(role), where=where, field=f"kinds.{kind}.{role}") for role in _ROLES}
        for role in ("after", "nouns"):
            for phrase in lists[role]:
                cues.setdefault(tuple(re.findall(_TOKEN, phrase)), (str(kind), role))
        for phrase in lists["before"]:
            before.setdefault(_norm(phrase), str(kind))
        for phrase in lists["tolls"]:
            tolls.setdefault(_norm(phrase), str(kind))
        for phrase in string_list(entry.get("parts", []), where=where, field=f"kinds.{kind}.parts"):
            parts.setdefault(_norm(phrase), str(kind))
    raw_zero = data.get("zero_expands")
    if not isinstance(raw_zero, dict):
        raise DataFileError(f"{where}: field 'zero_expands' must be a mapping of noun to kinds")
    zero = {_norm(str(k)): string_list(v, where=where, field=f"zero_expands.{k}") for k, v in raw_zero.items()}
    words = {name: string_list(data.get(name), where=where, field=name) for name in ("aux", "breaks", "stops")}
    singular, nearby = data.get("singular"), data.get("nearby")
    if not isinstance(singular, dict):
        raise DataFileError(f"{where}: field 'singular' must be a mapping with kinds and nouns")
    if not isinstance(nearby, dict):
        raise DataFileError(f"{where}: field 'nearby' must be a mapping with window, people and trapped")
    window = nearby.get("window")
    if not isinstance(window, int) or isinstance(window, bool) or window < 1:
        raise DataFileError(f"{where}: field 'nearby.window' must be a positive integer")
    singular_kinds = frozenset(string_list(singular.get("kinds"), where=where, field="singular.kinds"))
    if kinds is not None and not singular_kinds <= kinds:
        raise DataFileError(f"{where}: field 'singular.kinds' names a kind the taxonomy lacks")
    return CountData(
        cues=cues,
        first_words=frozenset(k[0] for k in cues),
        longest=max((len(k) for k in cues), default=1),
        before=before,
        tolls=tolls,
        zero_expands=zero,
        parts=parts,
        singular_kinds=singular_kinds,
        singular_nouns=string_list(singular.get("nouns"), where=where, field="singular.nouns"),
        nearby_window=window,
        people=string_list(nearby.get("people"), where=where, field="nearby.people"),
        trapped=string_list(nearby.get("trapped"), where=where, field="nearby.trapped"),
        aux=frozenset(words["aux"]),
        breaks=frozenset(words["breaks"]),
        stops=frozenset(words["stops"]),
        not_before=string_list(data.get("not_before"), where=where, field="not_before"),
        not_after=string_list(data.get("not_after"), where=where, field="not_after"),
    )


@functools.cache
def count_data() -> CountData:
    return parse_count_data(read_data_file("count_kinds.yaml"))


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    data = count_data()
    before = re.compile(
        rf"(?<![\w])(?P<cue>{phrase_alternation([*data.before, *data.parts])})\s+"
        r"(?:(?:(?:an?|the|whole|entire)\s+){0,2}(?:family|household)\s+of\s+)?$",  # "killing a family of five"
        re.IGNORECASE,
    )
    toll = re.compile(rf"\b(?P<cue>{phrase_alternation(list(data.tolls))})\b[^.;!?]{{0,60}}$", re.IGNORECASE)
    not_before = re.compile(
        rf"(?:(?<![\w])(?:{phrase_alternation(list(data.not_before))})\s*|(?-i:{_MONTHS})\.?\s+|\d[/.:-]|[$€£#])$",
        re.IGNORECASE,
    )
    not_after = re.compile(
        rf"\s*-?\s*(?:(?:{phrase_alternation(list(data.not_after))})(?![\w])|(?:of\s+)?(?-i:{_MONTHS})\b"
        r"|[/:]\d|[%°]|-[a-z])",
        re.IGNORECASE,
    )
    change = re.compile(rf"\b{_CHANGE}\s+from\s+$", re.IGNORECASE)
    token = re.compile(_TOKEN)
    aside = re.compile(_ASIDE, re.IGNORECASE)
    singular = re.compile(
        rf"\b(?:an?)\s+(?:(?!(?:{phrase_alternation(list(data.aux | data.stops))})\b)[\w'’-]+\s+)?"
        rf"(?:{phrase_alternation(list(data.singular_nouns))})\b",
        re.IGNORECASE,
    )
    people = re.compile(rf"\b(?:{phrase_alternation(list(data.people))})\b", re.IGNORECASE)
    trapped = re.compile(rf"\b(?:{phrase_alternation(list(data.trapped))})\b", re.IGNORECASE)
    return before, toll, not_before, not_after, change, token, aside, singular, people, trapped


def _is_year(raw: str, previous: str, following: str) -> bool:
    if not re.fullmatch(r"(?:1[89]\d\d|20\d\d)", raw.strip()):
        return False
    words = re.findall(r"[A-Za-z]+", previous[-20:])
    if words and (words[-1].lower() in _YEAR_BEFORE or re.fullmatch(_MONTHS, words[-1])):
        return True
    return bool(re.match(r"\s*(?:[,.;:)]|and\b|to\b|[-–])", following))


def _skip(text: str, m: re.Match[str], lo: int, hi: int) -> bool:
    """True when the quantity is a year, a date, an age, a time, money, a percentage or a reference."""
    not_before, not_after = _patterns()[2:4]
    previous = text[max(lo, m.start() - 30) : m.start()]
    following = text[m.end() : min(hi, m.end() + 30)]
    if m.group("bound") is None and m.group("approx") is None and not_before.search(previous):
        return True
    if not_after.match(following):
        return True
    first = m.group("a") or m.group("a1") or ""
    return _is_year(first, previous, following if not (m.group("b") or m.group("b1")) else ",")


def _tokens(text: str, pos: int, hi: int) -> list[tuple[str, int, int]]:
    """Lower-cased word tokens after ``pos`` up to the first punctuation (a clause break); an aside
    between commas (", including 11 women and 13 children,") is stepped over."""
    token, aside = _patterns()[5], _patterns()[6]
    limit = min(hi, pos + 200)
    out: list[tuple[str, int, int]] = []
    while len(out) < 14:
        t = token.search(text, pos, limit)
        if t is None:
            break
        word = t.group()
        pos = t.end()
        if word == ",":
            skip = aside.match(text, t.start(), limit)
            if skip is None:
                break
            pos = skip.end()
            continue
        if not (word[0].isalnum() or word[0] == "_") and word not in "-'’":
            break
        out.append((word.lower(), t.start(), t.end()))
    return out


def _cue_at(tokens: list[tuple[str, int, int]], i: int) -> tuple[str, str, int] | None:
    data = count_data()
    if tokens[i][0] not in data.first_words:
        return None
    for n in range(min(data.longest, len(tokens) - i), 0, -1):
        hit = data.cues.get(tuple(t[0] for t in tokens[i : i + n]))
        if hit is not None:
            return hit[0], hit[1], n
    return None


def _starts_quantity(text: str, pos: int, hi: int) -> bool:
    return quantity_pattern().match(text, pos, hi) is not None


def _noun_phrase_end(text: str, tokens: list[tuple[str, int, int]], start: int) -> int:
    """Where the noun phrase after a quantity ends: before the first aux, break, stop or verb cue."""
    data = count_data()
    end = start
    i = 0
    while i < len(tokens) and i < 6:
        word = tokens[i][0]
        if word[0].isdigit() or word in data.aux or word in data.breaks or word in data.stops:
            break
        cue = _cue_at(tokens, i)
        if cue is not None and cue[1] != "nouns":
            break
        n = cue[2] if cue else 1
        if word not in _FUNCTION_WORDS:  # "One of the injured" is "One"
            end = tokens[i + n - 1][2]
        if cue is not None:  # "5,000 refugees": the counted noun ends the phrase
            break
        i += n
    return end


def _cue_after(text: str, m: re.Match[str], hi: int) -> tuple[str, int] | None:
    """The kind named after the quantity's noun phrase, and where that noun phrase ends."""
    data = count_data()
    tokens = _tokens(text, m.end(), hi)
    np_end = _noun_phrase_end(text, tokens, m.end())
    in_np = True
    i = 0
    while i < min(len(tokens), 12):
        word = tokens[i][0]
        if word == "and" and i + 1 < len(tokens):
            other = quantity_pattern().match(text, tokens[i + 1][1], hi)
            if other is not None and other.group("zero") is None:
                # "12 soldiers and 3 civilians were killed": step over the coordinated quantity
                i += 1
                while i < len(tokens) and tokens[i][1] < other.end():
                    i += 1
                in_np = False
                continue
        if word[0].isdigit() or (word in data.stops and word != "no"):
            return None
        cue = _cue_at(tokens, i)
        if cue is not None:
            kind, role, n = cue
            after = tokens[i + n][0] if i + n < len(tokens) else ""
            active = in_np and role == "after" and (after in _OBJECT_WORDS or _quantity_next(text, tokens, i + n, hi))
            return None if active else (kind, np_end)
        if word in data.aux or word in data.breaks:
            in_np = False
        of_one = word == "one" and i > 0 and tokens[i - 1][0] == "of"  # "40 members of one family"
        if not of_one and _starts_quantity(text, tokens[i][1], hi) and word not in ("the", "of"):
            return None
        i += 1
    return None


def _quantity_next(text: str, tokens: list[tuple[str, int, int]], i: int, hi: int) -> bool:
    if i >= len(tokens):
        return False
    m = quantity_pattern().match(text, tokens[i][1], hi)
    return m is not None


def _kind_before(text: str, start: int, lo: int) -> tuple[str, bool] | None:
    """The kind named just before ``start`` and whether it names a part of a total ("the dead included")."""
    hit = _patterns()[0].search(text, max(lo, start - 40), start)
    if hit is None:
        return None
    cue = _norm(hit.group("cue"))
    data = count_data()
    return (data.parts[cue], True) if cue in data.parts else (data.before[cue], False)


def _trapped_nearby(text: str, m: re.Match[str], end: int, lo: int, hi: int) -> bool:
    """People counted ("tens of thousands of civilians") with a siege word in the same clause nearby."""
    p = _patterns()
    if not p[8].search(text, m.start(), max(end, m.end())):
        return False
    w = count_data().nearby_window
    left, right = max(lo, m.start() - w), min(hi, max(end, m.end()) + w)
    for stop in _CLAUSE_END.finditer(text, left, m.start()):
        left = stop.end()
    after = _CLAUSE_END.search(text, m.end(), right)
    return p[9].search(text, left, after.start() if after else right) is not None


def _toll_before(text: str, m: re.Match[str], lo: int) -> str | None:
    toll = _patterns()[1]
    hit = toll.search(text, max(lo, m.start() - 90), m.start())
    return count_data().tolls[_norm(hit.group("cue"))] if hit else None


def _counts_at(text: str, m: re.Match[str], lo: int, hi: int) -> list[Count]:
    quantity = quantity_from_match(m)
    if quantity is None or _skip(text, m, lo, hi):
        return []
    q_start = m.start()
    if m.group("b") is not None and _patterns()[4].search(text, max(lo, m.start() - 40), m.start()):
        q_start = m.start("b")  # "rose from 20 to 40": the figure is 40
        value = quantity_pattern().fullmatch(text, q_start, m.end())
        quantity = quantity_from_match(value) if value else None
        if quantity is None:
            return []
    before = _kind_before(text, m.start(), lo)
    kind, part = before if before else (None, False)
    end = _noun_phrase_end(text, _tokens(text, m.end(), hi), m.end())
    if kind is None and m.group().lower() == "one" and re.search(r"\bof\s+$", text[max(lo, m.start() - 4) : m.start()]):
        return []  # "members of one family": "one" counts families, not people
    if kind is None:
        found = _cue_after(text, m, hi)
        if found is not None:
            kind, end = found
    if kind is None:
        kind = _toll_before(text, m, lo)
    if kind is None and _trapped_nearby(text, m, end, lo, hi):
        kind = "trapped"
    if kind is None:
        return []
    if part and quantity.low:
        quantity = Quantity(quantity.low, None, quantity.approximate)
    kinds: tuple[str, ...] = (kind,)
    if quantity.low == 0 and quantity.high == 0:
        for noun, expanded in count_data().zero_expands.items():
            if re.search(rf"\b{re.escape(noun)}\b", text[m.end() : end], re.IGNORECASE):
                kinds = expanded
    return [_count(k, quantity, text, q_start, end) for k in kinds]


def _count(kind: str, q: Quantity, text: str, start: int, end: int) -> Count:
    return Count(kind=kind, low=q.low, high=q.high, text=text[start:end], span=(start, end), approximate=q.approximate)


_CLAUSE_END = re.compile(r"[.;!?]")
_PASSIVE = frozenset(("was", "is", "has", "had", "been", "got", "gets", "be", "being"))


def _singular_at(text: str, m: re.Match[str], lo: int, hi: int) -> Count | None:
    """One person: "a child was killed", "a man died in the raid", "the killing of a journalist"."""
    data = count_data()
    one = Quantity(1, 1, False)
    before = _kind_before(text, m.start(), lo)
    if before is not None and not before[1] and before[0] in data.singular_kinds:
        return _count(before[0], one, text, m.start(), m.end())
    tokens = _tokens(text, m.end(), hi)
    passive = False
    for i, (word, _, _) in enumerate(tokens[:8]):
        cue = _cue_at(tokens, i)
        if cue is not None and cue[1] == "after":
            following = tokens[i + cue[2]][0] if i + cue[2] < len(tokens) else ""
            ends = not following or following in data.breaks or following in data.stops
            if cue[0] in data.singular_kinds and (passive or ends):
                return _count(cue[0], one, text, m.start(), m.end())
            return None
        if word not in data.aux:
            return None
        passive = passive or word in _PASSIVE
    return None


def find_counts(text: str, *, start: int = 0, end: int | None = None) -> list[Count]:
    """Every count of people in ``text[start:end]`` whose kind can be read; spans are absolute."""
    if not isinstance(text, str) or not text:
        return []
    lo = max(0, min(start, len(text)))
    hi = len(text) if end is None else max(lo, min(end, len(text)))
    counts: list[Count] = []
    for m in quantity_pattern().finditer(text, lo, hi):
        if m.end() > m.start():
            counts.extend(_counts_at(text, m, lo, hi))
    for m in _patterns()[7].finditer(text, lo, hi):
        one = _singular_at(text, m, lo, hi)
        if one is not None:
            counts.append(one)
    if len(counts) > 1:
        counts.sort(key=lambda c: c.span[0] if c.span else 0)
    counts = _joined(text, counts)
    return [_with_conjuncts(text, c, counts, lo, hi) for c in counts]


_CONJUNCT_BEFORE = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+and\s+$", re.IGNORECASE)  # "two doctors and "
_CONJUNCT_AFTER = re.compile(r"\s+and\s+", re.IGNORECASE)
_CONJUNCT_NOUN = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?=[\w'’-]+\b)", re.IGNORECASE)


def _joined(text: str, counts: list[Count]) -> list[Count]:
    """Counts of one kind joined by "and" are one total: "five soldiers and two policemen were killed" is seven."""
    out: list[Count] = []
    for c in counts:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == c.kind
            and last.span is not None
            and c.span is not None
            and _CONJUNCT_AFTER.fullmatch(text, last.span[1], c.span[0])
        ):
            high = None if last.high is None or c.high is None else last.high + c.high
            low = None if last.low is None or c.low is None else last.low + c.low
            span = (last.span[0], c.span[1])
            out[-1] = Count(
                kind=c.kind,
                low=low,
                high=high,
                text=text[span[0] : span[1]],
                span=span,
                approximate=last.approximate or c.approximate,
            )
            continue
        out.append(c)
    return out


def _with_conjuncts(text: str, count: Count, counts: list[Count], lo: int, hi: int) -> Count:
    """A count with the people named beside it by "and" that no count of their own takes: "two doctors and a
    nurse were killed" is three killed, "killing five soldiers and two policemen" seven."""
    if count.span is None:
        return count
    start, end = count.span
    others = [c.span for c in counts if c is not count and c.span is not None]
    low, high = count.low, count.high
    # before: "two doctors and [a nurse were killed]"
    for m in quantity_pattern().finditer(text, max(lo, start - 60), start):
        q = quantity_from_match(m) if m.end() > m.start() else None
        if q is None or q.low is None or _skip(text, m, lo, hi) or any(s[0] <= m.start() < s[1] for s in others):
            continue
        if _CONJUNCT_BEFORE.fullmatch(text, m.end(), start) and not _CLAUSE_END.search(text, m.end(), start):
            low, high = _plus(low, high, q)
            start = m.start()
            break
    # after: "[killing two doctors] and a nurse", "[killing five soldiers] and two policemen"
    joint = _CONJUNCT_AFTER.match(text, end, hi)
    if joint is not None and not any(joint.end() <= s[0] < joint.end() + 3 for s in others):
        after = quantity_pattern().match(text, joint.end(), hi)
        one = _patterns()[7].match(text, joint.end(), hi)
        q = quantity_from_match(after) if after is not None and after.end() > after.start() else None
        if after is not None and q is not None and q.low is not None:
            if not _skip(text, after, lo, hi) and _CONJUNCT_NOUN.match(text, after.end(), hi):
                low, high = _plus(low, high, q)
                end = _noun_phrase_end(text, _tokens(text, after.end(), hi), after.end())
        elif one is not None:
            low, high = _plus(low, high, Quantity(1, 1, False))
            end = one.end()
    if (start, end) == count.span:
        return count
    return Count(
        kind=count.kind, low=low, high=high, text=text[start:end], span=(start, end), approximate=count.approximate
    )


def _plus(low: int | None, high: int | None, q: Quantity) -> tuple[int | None, int | None]:
    """Bounds with the people of ``q`` added: no upper bound stays none."""
    return (low or 0) + (q.low or 0), None if high is None or q.high is None else high + q.high
