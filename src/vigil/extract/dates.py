"""Dates in reports, as ranges of days with a precision: "13 December 2016", "yesterday", "last week".

One compiled expression finds them all (no ``dateparser.search_dates``: too many false positives, and slow).
Relative expressions are resolved against the publication date and yield nothing without it:

- "yesterday" is published - 1; "today", "tonight", "this morning" are published; "last night" and
  "overnight" are published - 1 (the night that ended on the publication day).
- "on Tuesday" (or "Tuesday") is the most recent Tuesday on or before published: a report dated on a
  Tuesday that says "on Tuesday" means that day. "last Tuesday" is strictly before, "next Tuesday" after.
  After a future cue in the same clause ("will", "is due to", "is scheduled to", "plans to"), "on Friday"
  is the first Friday on or after published: "the evacuation will begin on Friday".
- "last week" is Monday to Sunday of the previous week (precision week); "this week" and "earlier this week"
  run from this week's Monday to published (or the day before); "last weekend" is the previous Saturday and
  Sunday. "last month", "this month", "earlier this month", "last year", "this year" likewise (precision
  month or year).
- "two days ago" is published - 2; "two weeks ago" is the week holding published - 14; "a few days ago"
  is published - 6 to published - 2 (precision week).
- A day and month without a year ("Dec. 13", "13 December") take the year that puts them nearest the
  publication date, at most 30 days after it; "on the 13th" likewise takes the nearest month.
- Month names must be capitalised ("may" is a verb), and a month alone needs a preposition ("in May").
- A year alone needs a preposition ("in 2019") or stands before the event it dates ("the 2014 abduction").
- Absolute dates ("3 May 2019", "May 2019", "in 2019", "2019-05-03") resolve without a publication date.

``event_date`` picks the date of an event from a document's dates: the one nearest the trigger in its
sentence, else the last one before the sentence (a dateline, an earlier "on Monday"), else the first one
after it, else, when asked, the publication date.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Sequence
from datetime import date, timedelta

from vigil.records import DateSpan, Span

_MONTH_NUMBERS = {
    name: n
    for n, names in enumerate(
        [
            ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",), ("June", "Jun"),
            ("July", "Jul"), ("August", "Aug"), ("September", "Sep", "Sept"), ("October", "Oct"),
            ("November", "Nov"), ("December", "Dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2,
}  # fmt: skip
_MAX_FUTURE = timedelta(days=30)
_FUTURE = re.compile(
    r"(?<![\w'])(?:will|'ll|shall|(?:is|are|was|were)\s+(?:due|expected|scheduled|set|going)\s+to|scheduled\s+for"
    r"|plans?\s+to|planned\s+for|planning\s+to|intends?\s+to|to\s+be\s+held|due\s+to\s+(?:begin|start|open|resume))"
    r"(?![\w])",
    re.IGNORECASE,
)
_COUNTED = (
    r"people|persons|civilians|residents|soldiers|troops|men|women|children|families|members|refugees|fighters"
    r"|students|workers|police|policemen|officers|villagers|prisoners|detainees|protesters|others|of|and|to|or"
)


@functools.cache
def _pattern() -> re.Pattern[str]:
    whole = ("May", "June", "July")  # full names as short as an abbreviation: no full stop after them
    full = "|".join(sorted((n for n in _MONTH_NUMBERS if len(n) > 4 or n in whole), key=len, reverse=True))
    short = "|".join(sorted((n for n in _MONTH_NUMBERS if len(n) <= 4 and n not in whole), key=len, reverse=True))
    month = rf"(?:(?:{full})(?![a-z])|(?:{short})(?![a-z])\.?)"
    full_month = "(?:" + "|".join(n for n in _MONTH_NUMBERS if len(n) > 3 or n == "May") + r")\b"
    year = r"(?:1[89]\d\d|20\d\d)(?!\d)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
    weekday = "(?:" + "|".join(_WEEKDAYS) + r")\b"
    counts = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _COUNT_WORDS), key=len, reverse=True))
    parts = [
        rf"(?<![\d-])(?P<iso_y>{year})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?![\d-])",
        rf"(?<![\d.,])(?P<r_d1>{day})\s*(?:-|–|(?i:to|and))\s*(?P<r_d2>{day})\s+(?:of\s+)?(?P<r_m>{month})"
        rf"(?:,?\s+(?P<r_y>{year}))?",
        rf"(?<![\d.,])(?P<dmy_d>{day})\s+(?:of\s+)?(?P<dmy_m>{month})(?:,?\s+(?P<dmy_y>{year}))?",
        rf"\b(?P<mdy_m>{month})\s+(?P<mdy_d>{day})(?:,?\s+(?P<mdy_y>{year}))?",
        rf"\b(?P<my_m>{month}),?\s+(?P<my_y>{year})",
        rf"\b(?i:on)\s+(?P<ord>the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?{month})",
        rf"\b(?i:in|since|during|until|by|early|late|mid-|end\s+of|beginning\s+of)\s*(?P<mo>{full_month})"
        rf"(?!\s*,?\s*\d)",
        rf"\b(?i:in|since|during|until|by|early|late|mid-)\s*(?P<yr>{year})(?!\s*[-–/]\s*\d)",
        rf"\b(?i:the|a|an|its|their|his|her)\s+(?P<yr_adj>{year})(?:['’]s)?(?=\s+[a-z])(?!\s+(?i:{_COUNTED})\b)",
        r"\b(?P<word>(?i:the\s+day\s+before\s+yesterday|yesterday|today|tonight|this\s+morning|this\s+afternoon"
        r"|this\s+evening|last\s+night|overnight))\b",
        rf"\b(?P<wd_pre>(?i:last|next|this|on)\s+)?(?P<wd>{weekday})",
        r"\b(?P<per>(?i:last|this|next|earlier\s+this|later\s+this|late\s+last|early\s+last))\s+"
        r"(?P<per_u>(?i:week|weekend|month|year))\b",
        rf"\b(?P<ago_n>\d{{1,3}}|(?i:{counts}|a\s+few|several))\s+(?P<ago_u>(?i:days?|weeks?|months?|years?))"
        r"\s+(?i:ago)\b",
    ]
    # every alternative starts a word: one cheap test rejects most positions
    return re.compile(r"\b(?=[0-9A-Za-z])(?:" + "|".join(f"(?:{p})" for p in parts) + ")")


def _day(text: str) -> int:
    return int(re.match(r"\d+", text.strip()).group())  # type: ignore[union-attr]


def _month(text: str) -> int:
    return _MONTH_NUMBERS[text.rstrip(".")]


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _nearest_year(m: int, d: int, published: date) -> date | None:
    """The day m/d in the year that puts it nearest published, at most 30 days after it."""
    options = [x for y in (published.year - 1, published.year, published.year + 1) if (x := _safe(y, m, d))]
    options = [x for x in options if x <= published + _MAX_FUTURE]
    return min(options, key=lambda x: abs((x - published).days), default=None)


def _nearest_month(d: int, published: date) -> date | None:
    options = []
    for shift in (-1, 0, 1):
        y, m = divmod(published.year * 12 + published.month - 1 + shift, 12)
        if (x := _safe(y, m + 1, d)) and x <= published + _MAX_FUTURE:
            options.append(x)
    return min(options, key=lambda x: abs((x - published).days), default=None)


def _month_range(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _shift_month(d: date, months: int) -> tuple[int, int]:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return y, m + 1


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _period(which: str, unit: str, p: date) -> tuple[date, date, str] | None:
    which = " ".join(which.lower().split())
    unit = unit.lower()
    last = which in ("last", "late last", "early last")
    earlier = which == "earlier this"
    later = which == "later this"
    if unit in ("week", "weekend"):
        monday = _monday(p) + timedelta(days=-7 if last else 7 if which == "next" else 0)
        if unit == "weekend":
            return monday + timedelta(days=5), monday + timedelta(days=6), "week"
        if last or which == "next":
            return monday, monday + timedelta(days=6), "week"
        if later:
            return p, monday + timedelta(days=6), "week"
        return monday, max(monday, p - timedelta(days=1)) if earlier else p, "week"
    if unit == "month":
        y, m = _shift_month(p, -1 if last else 1 if which == "next" else 0)
        first, final = _month_range(y, m)
        if last or which == "next":
            return first, final, "month"
        if later:
            return p, final, "month"
        return first, max(first, p - timedelta(days=1)) if earlier else p, "month"
    y = p.year - 1 if last else p.year + 1 if which == "next" else p.year
    if last or which == "next":
        return date(y, 1, 1), date(y, 12, 31), "year"
    if later:
        return p, date(y, 12, 31), "year"
    return date(y, 1, 1), max(date(y, 1, 1), p - timedelta(days=1)) if earlier else p, "year"


def _ago(n_text: str, unit: str, p: date) -> tuple[date, date, str] | None:
    n_text = " ".join(n_text.lower().split())
    unit = unit.lower().rstrip("s")
    if n_text in ("a few", "several"):
        if unit != "day":
            return None
        return p - timedelta(days=6), p - timedelta(days=2), "week"
    n = int(n_text) if n_text.isdigit() else _COUNT_WORDS.get(n_text)
    if n is None or n > 400:
        return None
    if unit == "day":
        x = p - timedelta(days=n)
        return x, x, "day"
    if unit == "week":
        monday = _monday(p - timedelta(days=7 * n))
        return monday, monday + timedelta(days=6), "week"
    if unit == "month":
        first, final = _month_range(*_shift_month(p, -n))
        return first, final, "month"
    return date(p.year - n, 1, 1), date(p.year - n, 12, 31), "year"


def _weekday(prefix: str, name: str, p: date, *, future: bool = False) -> date:
    target = _WEEKDAYS.index(name)
    prefix = prefix.strip().lower()
    if future and prefix in ("", "on", "this"):
        return p + timedelta(days=(target - p.weekday()) % 7)
    if prefix == "next":
        return p + timedelta(days=(target - p.weekday()) % 7 or 7)
    back = (p.weekday() - target) % 7
    if prefix == "last" and back == 0:
        back = 7
    return p - timedelta(days=back)


def _future(text: str, pos: int, lo: int) -> bool:
    """A future cue ("will", "is due to") in the clause before ``pos``."""
    base = start = max(lo, pos - 80)
    for stop in re.finditer(r"[.;!?]|\s[-–—]\s", text[base:pos]):
        start = base + stop.end()
    return _FUTURE.search(text, start, pos) is not None


def _resolve(m: re.Match[str], p: date | None, *, future: bool = False) -> tuple[date, date, str, int] | None:
    """(start, end, precision, span start) for one match; ``None`` when it cannot be resolved."""
    g = m.group
    if g("iso_y"):
        x = _safe(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
        return (x, x, "day", m.start()) if x else None
    if g("r_d1"):
        mo = _month(g("r_m"))
        a, b = sorted((_day(g("r_d1")), _day(g("r_d2"))))
        if g("r_y"):
            first, last = _safe(int(g("r_y")), mo, a), _safe(int(g("r_y")), mo, b)
        elif p is not None:
            last = _nearest_year(mo, b, p)
            first = _safe(last.year, mo, a) if last else None
        else:
            return None
        return (first, last, "day", m.start()) if first and last else None
    for prefix in ("dmy", "mdy"):
        if g(f"{prefix}_d"):
            mo, d = _month(g(f"{prefix}_m")), _day(g(f"{prefix}_d"))
            y = g(f"{prefix}_y")
            x = _safe(int(y), mo, d) if y else (_nearest_year(mo, d, p) if p else None)
            return (x, x, "day", m.start()) if x else None
    if g("my_m"):
        first, last = _month_range(int(g("my_y")), _month(g("my_m")))
        return first, last, "month", m.start()
    if g("yr") or g("yr_adj"):
        which = "yr" if g("yr") else "yr_adj"
        y = int(g(which))
        return date(y, 1, 1), date(y, 12, 31), "year", m.start(which)
    if p is None:
        return None
    if g("ord"):
        x = _nearest_month(_day(g("ord")[3:].strip()), p)
        return (x, x, "day", m.start("ord")) if x else None
    if g("mo"):
        mo = _month(g("mo"))
        first, last = _month_range(p.year if mo <= p.month else p.year - 1, mo)
        return first, last, "month", m.start("mo")
    if g("word"):
        word = " ".join(g("word").lower().split())
        back = {"yesterday": 1, "last night": 1, "overnight": 1, "the day before yesterday": 2}.get(word, 0)
        x = p - timedelta(days=back)
        return x, x, "day", m.start()
    if g("wd"):
        prefix = g("wd_pre") or ""
        x = _weekday(prefix, g("wd"), p, future=future)
        return x, x, "day", m.start("wd") if prefix.strip().lower() == "on" else m.start()
    if g("per"):
        found = _period(g("per"), g("per_u"), p)
        return (*found, m.start()) if found else None
    if g("ago_n"):
        found = _ago(g("ago_n"), g("ago_u"), p)
        return (*found, m.start()) if found else None
    return None


def find_dates(text: str, *, published: date | None, start: int = 0, end: int | None = None) -> list[DateSpan]:
    """Every date in ``text[start:end]``, resolved against ``published``; spans are absolute."""
    if not isinstance(text, str) or not text:
        return []
    lo = max(0, min(start, len(text)))
    hi = len(text) if end is None else max(lo, min(end, len(text)))
    found: list[DateSpan] = []
    for m in _pattern().finditer(text, lo, hi):
        future = m.group("wd") is not None and published is not None and _future(text, m.start(), lo)
        resolved = _resolve(m, published, future=future)
        if resolved is None:
            continue
        first, last, precision, s = resolved
        e = m.end()
        while e > s and text[e - 1] in " \t\n,":
            e -= 1
        if last < first:
            first, last = last, first
        found.append(DateSpan(start=first, end=last, text=text[s:e], span=(s, e), precision=precision))
    return found


def resolve_relative(expression: str, *, published: date) -> DateSpan | None:
    """The date one expression ("yesterday", "last week", "on Tuesday") names, spans into ``expression``."""
    found = find_dates(expression, published=published)
    return max(found, key=lambda d: (d.span[1] - d.span[0]) if d.span else 0, default=None)


def event_date(
    dates: Sequence[DateSpan],
    *,
    trigger: Span,
    sentence: Span,
    published: date | None = None,
) -> DateSpan | None:
    """The date of the event at ``trigger``, from ``dates`` (``find_dates`` over the whole document).

    The date in the trigger's sentence nearest the trigger; else the last date before the sentence (a
    dateline, an earlier "on Monday"); else the first date after it; else ``published`` as a day without
    span, when given.
    """
    inside = [d for d in dates if d.span and sentence[0] <= d.span[0] < sentence[1]]
    if inside:
        return min(inside, key=lambda d: abs(d.span[0] - trigger[0]) if d.span else 0)
    before = [d for d in dates if d.span and d.span[1] <= sentence[0]]
    if before:
        return max(before, key=lambda d: d.span[0] if d.span else 0)
    after = [d for d in dates if d.span and d.span[0] >= sentence[1]]
    if after:
        return min(after, key=lambda d: d.span[0] if d.span else 0)
    if published is not None:
        return DateSpan(start=published, end=published, text="", span=None, precision="day")
    return None
