"""A fast sentence splitter: regular expressions, no model.

It knows the usual traps of news text: abbreviations ("Gen.", "U.S.", "Jan."), initials ("J. Smith"),
decimals ("3.5"), closing quotes and brackets after the full stop, and paragraph breaks, which always
end a sentence. Spans are ``[start, end)`` offsets into the text, stripped of surrounding whitespace.
"""

from __future__ import annotations

import functools
import re

from vigil.records import Span

_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr brig gov sen rep rev fr st sr jr
    mt ft no nos vol fig approx est dept univ inc corp co ltd bros vs etc al cf ie eg
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    ave blvd rd hwy km kg lb oz pp para art sec
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


@functools.cache
def _boundary() -> re.Pattern[str]:
    # A candidate end: ., ! or ? (possibly repeated), then closing quotes/brackets, then whitespace;
    # or a blank line (paragraph break).
    return re.compile(r"""([.!?]+)(["'”’»)\]]*)(?=\s)|\n\s*\n""")


@functools.cache
def _upper() -> re.Pattern[str]:
    return re.compile(r"[A-Z]")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial, not a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot]
    if not word:
        return False
    if "." in word:  # U.S. / e.g. / a.m.
        return True
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    return word.lower() in _ABBREVIATIONS


def _next_starts_sentence(text: str, pos: int) -> bool:
    """True when the first non-space character after ``pos`` can open a sentence."""
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    if pos >= n:
        return True
    ch = text[pos]
    return ch.isupper() or ch.isdigit() or ch in "\"'“‘«([-—–•*"


def _strip(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def split_sentences(text: str, *, start: int = 0, end: int | None = None) -> list[Span]:
    """The sentences of ``text[start:end]`` as spans into ``text``.

    A sentence ends at ``.``, ``!`` or ``?`` followed by whitespace and a capital, a digit or a quote
    (so lower-cased text is split only where the next word could not continue the sentence... which
    for lower-cased text means at every full stop that is not an abbreviation or a decimal), or at a
    blank line.
    """
    stop = len(text) if end is None else end
    spans: list[Span] = []
    head = text[start : min(stop, start + 2000)]
    lowered = len(_upper().findall(head)) * 100 < len(head)  # under 1% capitals: lower-cased, but for a header
    begin = start
    for m in _boundary().finditer(text, start, stop):
        if m.group(1) is None:  # a paragraph break
            cut = m.start()
        else:
            marks = m.group(1)
            if marks == "." and _is_abbreviation(text, m.start(1)) and not _ends_with_known_stop(text, m.start(1)):
                continue
            if not lowered and not _next_starts_sentence(text, m.end()):
                continue
            cut = m.end()
        span = _strip(text, begin, cut)
        if span:
            spans.append(span)
        begin = cut
    span = _strip(text, begin, stop)
    if span:
        spans.append(span)
    return spans


def _ends_with_known_stop(text: str, dot: int) -> bool:
    """An abbreviation at the very end of a paragraph still ends the sentence."""
    rest = text[dot + 1 : dot + 4]
    return rest.startswith("\n\n") or (rest.strip() == "" and dot + 1 >= len(text.rstrip()))
