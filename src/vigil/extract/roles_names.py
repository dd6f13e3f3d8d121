"""Names of people as victims, in capitalised and in lower-cased text.

A capitalised run of words ("Jane Doe") is a name unless it starts with a function word. Lower-cased
text ("the murder of jesuit priest juan perez") has no such cue, so a name there must follow a title
or office from ``data/roles_names.yaml`` ("priest", "mayor", "candidate") and ends at the first word
that cannot be part of a name (a function word, a number, a verb form in -ed/-ing).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from vigil.extract.lexicon import LexiconError, mapping, read_yaml, strings

_CAPITAL_NAME = re.compile(r"(?-i:[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][a-z'’-]+){1,6})")
_CAPITAL_WORD = re.compile(r"[A-Z][a-z'’-]+")
_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*")
_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "y", "van", "von"})
_ARTICLES = frozenset({"la", "las", "los"})  # of a name only after "de": "ana ruiz de la cruz"


@dataclass(frozen=True, slots=True)
class NameLexicon:
    titles: re.Pattern[str]
    stop: frozenset[str]
    function_words: re.Pattern[str]


def parse_names(data: object, *, where: str) -> NameLexicon:
    top = mapping(data, where=where, field="(top level)")
    titles = strings(top.get("titles"), where=where, field="titles")
    modifiers = strings(top.get("title_modifiers") or ["(?!)"], where=where, field="title_modifiers")
    stop = top.get("not_names")
    if not isinstance(stop, str) or not stop.split():
        raise LexiconError(f"{where}: field 'not_names' must be a text of words")
    words = frozenset(w.lower() for w in stop.split())
    try:
        title_re = re.compile(
            rf"(?<![\w-])(?:(?:{'|'.join(modifiers)})\s+){{0,2}}(?:{'|'.join(titles)})(?<!s)s?,?\s+(?=[a-z])"
        )
    except re.error as exc:
        raise LexiconError(f"{where}: field 'titles' makes a bad regular expression: {exc}") from exc
    function = re.compile(rf"^(?:{'|'.join(re.escape(w.capitalize()) for w in sorted(words))})\b")
    return NameLexicon(titles=title_re, stop=words, function_words=function)


@functools.cache
def load_names(path: Path | None = None) -> NameLexicon:
    """The built-in title and stop-word lists (``data/roles_names.yaml``) or a user's file in their place."""
    data, where = read_yaml(path, builtin="roles_names.yaml")
    return parse_names(data, where=where)


_NOT_NAME_ENDINGS = ("ed", "ing", "ly", "tion", "ment", "ness", "ers", "ists", "'s", "’s")
_LY_NAME = re.compile(r"[eo]lly$")  # "kelly", "donnelly", "connolly": names, not adverbs ("reportedly")


def _is_name_word(word: str, stop: frozenset[str]) -> bool:
    return (
        len(word) > 1
        and word[0].islower()
        and word not in stop
        and (not word.endswith(_NOT_NAME_ENDINGS) or _LY_NAME.search(word) is not None)
        and not any(c.isdigit() for c in word)
    )


def lower_name_after(text: str, start: int, end: int, lexicon: NameLexicon) -> tuple[int, int] | None:
    """The span of a lower-cased name of 2-4 words starting at ``start`` (before ``end``), if there is one.

    Titles before the name are passed over ("das director general ana ruiz" -> "ana ruiz"); a title after two
    name words ends the name.
    """
    pos = start
    words: list[tuple[int, int]] = []
    while sum(text[a:b] not in _PARTICLES | _ARTICLES for a, b in words) < 4 and len(words) < 6:
        title = lexicon.titles.match(text, pos, end)
        if title is not None and title.end() > pos:
            if len(words) >= 2:
                break
            words, pos = [], title.end()
            continue
        m = _WORD.match(text, pos, end)
        if m is None:
            break
        after_de = bool(words) and text[words[-1][0] : words[-1][1]] == "de"
        particle = bool(words) and m.group() in _PARTICLES  # "lopez y lopez"
        if not (_is_name_word(m.group(), lexicon.stop) or particle or (after_de and m.group() in _ARTICLES)):
            break
        words.append(m.span())
        nxt = m.end()
        if nxt < end and text[nxt] == " " and nxt + 1 < end and text[nxt + 1].isalpha():
            pos = nxt + 1
        else:
            break
    while words and text[words[-1][0] : words[-1][1]] in _PARTICLES | _ARTICLES:
        words.pop()  # "ana ruiz de" of "ana ruiz de la cruz"
    if len(words) < 2:
        return None
    return words[0][0], words[-1][1]


def titled_names(text: str, start: int, end: int, lexicon: NameLexicon) -> list[tuple[int, int]]:
    """Lower-cased names that follow a title between ``start`` and ``end``: "mayor juan perez"."""
    out = []
    for m in lexicon.titles.finditer(text, start, end):
        span = lower_name_after(text, m.end(), end, lexicon)
        if span is not None and (span := without_titles(text, *span, lexicon)) not in out:
            out.append(span)
    return out


def without_titles(text: str, n0: int, n1: int, lexicon: NameLexicon) -> tuple[int, int]:
    """The name less the titles it starts with ("msgr oscar romero" -> "oscar romero"), keeping two words."""
    while True:
        m = lexicon.titles.match(text, n0, n1)
        if m is None or len(text[m.end() : n1].split()) < 2:
            return n0, n1
        n0 = m.end()


def name_before(text: str, start: int, end: int, lexicon: NameLexicon) -> tuple[int, int] | None:
    """The run of two to four lower-cased name words that ends at ``end`` (no earlier than ``start``)."""
    kept: list[re.Match[str]] = []
    for w in reversed(list(_WORD.finditer(text, max(start, end - 60), end))):
        gap = text[w.end() : kept[0].start()] if kept else text[w.end() : end]
        if gap != ("" if not kept else " ") or not _is_name_word(w.group(), lexicon.stop) or len(kept) == 4:
            break
        if lexicon.titles.match(text, w.start(), end + 2) is not None:
            break  # "municipal official ana ruiz": the title is no part of the name
        kept.insert(0, w)
    if len(kept) < 2:
        return None
    if kept[0].start() > 0 and (text[kept[0].start() - 1].isalnum() or text[kept[0].start() - 1] in "'’-"):
        kept.pop(0)  # a word cut by the window
        if len(kept) < 2:
            return None
    return without_titles(text, kept[0].start(), kept[-1].end(), lexicon)


_NAME_LEAD = re.compile(r"(?:^|[.,;:(\"“]\s*|\b(?:and|of|including|namely)\s+)$", re.IGNORECASE)


def fullest_name(text: str, n0: int, n1: int, lexicon: NameLexicon) -> tuple[int, int]:
    """The fullest form the document gives of the name at ``n0:n1``: "jose antonio ruiz perez" for "ruiz perez"
    (or for "jose antonio ruiz") where the report names him in full elsewhere. Words before the name count where
    the fuller form stands after a title, at the start of a sentence or of a list item, or after "of" (capitalised:
    less the titles it starts with, "Health Minister Ana Ruiz Gil" -> "Ana Ruiz Gil"); one word after it where
    a comma, a semicolon or a bracket ends the fuller form. Else the name is kept as it is."""
    name = text[n0:n1]
    best = (n0, n1)
    capital = not name[:1].islower()
    pos = text.find(name)
    while pos >= 0:
        end = pos + len(name)
        if (pos == 0 or not _WORD_CHAR.match(text, pos - 1)) and not _WORD_CHAR.match(text, end):
            start = _start_before(text, pos, end, lexicon, capital=capital)
            stop = _end_after(text, start, end, lexicon, capital=capital)
            if len(text[start:stop].split()) > len(text[best[0] : best[1]].split()):
                best = (start, stop)
        pos = text.find(name, end)
    return best


def _start_before(text: str, pos: int, end: int, lexicon: NameLexicon, *, capital: bool) -> int:
    """Where the fuller name that ends at ``end`` starts, when words before ``pos`` belong to it."""
    full = _capital_before(text, pos, end, lexicon) if capital else name_before(text, max(0, pos - 60), end, lexicon)
    if full is None or full[0] >= pos or full[1] != end:
        return pos
    titled = any(m.end() == full[0] for m in lexicon.titles.finditer(text, max(0, full[0] - 40), full[0] + 1))
    return full[0] if capital or titled or _NAME_LEAD.search(text, max(0, full[0] - 15), full[0]) else pos


_NAME_END = re.compile(r"\s*[,;(]")


def _end_after(text: str, start: int, end: int, lexicon: NameLexicon, *, capital: bool) -> int:
    """Where the name from ``start`` ends, when the name word after ``end`` belongs to it: a comma, a semicolon or
    a bracket ends it ("bernardo jaramillo ossa, the candidate")."""
    m = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if m is None or len(text[start:end].split()) >= 4 or "'" in m.group() or "’" in m.group():
        return end
    if not (_CAPITAL_WORD.fullmatch(m.group()) if capital else _is_name_word(m.group(), lexicon.stop)):
        return end
    if _is_title(m.group(), lexicon) or not _NAME_END.match(text, m.end()):
        return end
    return m.end()


_WORD_CHAR = re.compile(r"[\w'’-]")


def _is_title(word: str, lexicon: NameLexicon) -> bool:
    m = lexicon.titles.match(f"{word.lower()} x")
    return m is not None and m.end() == len(word) + 1


def _capital_before(text: str, pos: int, end: int, lexicon: NameLexicon) -> tuple[int, int] | None:
    """The capitalised name of up to four words that ends at ``end`` and takes in the words before ``pos``, less
    the titles and function words before it ("Health Minister Ana Ruiz" -> "Ana Ruiz")."""
    run = None
    for m in _CAPITAL_NAME.finditer(text, max(0, pos - 60), end):
        if m.end() == end:
            run = m
    if run is None:
        return None
    words = list(_CAPITAL_WORD.finditer(text, run.start(), end))
    cut = [i for i, w in enumerate(words) if w.group().lower() in lexicon.stop or _is_title(w.group(), lexicon)]
    words = words[cut[-1] + 1 if cut else 0 :][-4:]  # the words after the last title: the name
    return (words[0].start(), end) if len(words) >= 2 else None


_LIST_NEXT = re.compile(
    r"(?:\s*,?\s*\([^()]{1,60}\))?"  # "juan gil (a spaniard), and ...", "juan gil, (the mayor's son) and ..."
    r"(?:,\s*\d{1,3})?(?:\s*[,;]\s*(?:and\s+(?:of\s+)?)?|\s+and\s+(?:of\s+)?)(?:(?:his|her|their)\s+[a-z]+\s+)?"
    r"(?:\d+-(?:year|month)-old\s+)?",
    re.IGNORECASE,
)
# an apposition closed by a semicolon before the next name: "juan gil, a teacher at the school; ana ruiz, ..."
_LIST_NEXT_APPOSED = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,\s*(?:[^;.()]|\.(?!\s)|\([^()]{1,40}\)){1,100}?;\s*(?:and\s+)?", re.IGNORECASE
)
_LIST_BEFORE = re.compile(r"[a-z](?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:his|her|their)\s+[a-z]+\s+)?$")
# every name of a list is read (a list of the dead can be long)
_LIST_LIMIT = 20


def listed_names(text: str, n0: int, n1: int, end: int, lexicon: NameLexicon) -> list[tuple[int, int]]:
    """Names listed after the name at ``n0:n1``: "juan perez, 42; colonel ana ruiz, and senator luis gil", "juan
    perez, a teacher; ana ruiz, a nurse; and luis gil"."""
    out: list[tuple[int, int]] = []
    while len(out) < _LIST_LIMIT:
        span = None
        for sep in (_LIST_NEXT, _LIST_NEXT_APPOSED):
            m = sep.match(text, n1, end)
            span = lower_name_after(text, m.end(), end, lexicon) if m is not None else None  # titles passed over
            if span is not None:
                break
        if span is None:
            break
        out.append(span)
        n1 = span[1]
    return out


def names_from(text: str, pos: int, end: int, lexicon: NameLexicon) -> list[tuple[int, int]]:
    """The name starting at ``pos`` (titles passed over) and the names listed after it; none if no name."""
    span = lower_name_after(text, pos, end, lexicon)
    return [] if span is None else [span, *listed_names(text, *span, end, lexicon)]


def listed_before(text: str, start: int, n0: int, lexicon: NameLexicon) -> tuple[int, int] | None:
    """The name coordinated right before the one at ``n0`` ("ana ruiz and juan perez were killed")."""
    m = _LIST_BEFORE.search(text, max(start, n0 - 30), n0)
    if m is None:
        return None
    return name_before(text, start, m.start() + 1, lexicon)


_INCLUDING = re.compile(r"\b(?:including|among them|among whom|namely|such as|along with)\s+", re.IGNORECASE)


def included_names(text: str, start: int, end: int, lexicon: NameLexicon) -> list[tuple[int, int]]:
    """Names given as members of a group just named ("six priests, including ana ruiz and juan gil")."""
    return [span for m in _INCLUDING.finditer(text, start, end) for span in names_from(text, m.end(), end, lexicon)]


_DWELLING = r"(?:homes?|houses?|residences?|offices?|cars?|vehicles?|farms?|estates?)"
_OWNED_BY = re.compile(rf"{_DWELLING}\s+of\s+(?:the\s+)?", re.IGNORECASE)
_OWNERS = re.compile(rf"['’]s?\s+(?:private\s+)?{_DWELLING}$", re.IGNORECASE)


def owner_name(text: str, g0: int, g1: int, lexicon: NameLexicon) -> tuple[int, int] | None:
    """The person whose home, office or car the phrase ``g0:g1`` names ("the home of mayor ana ruiz",
    "ana ruiz's residence")."""
    m = _OWNED_BY.match(text, g0, g1)
    if m is not None:
        span = lower_name_after(text, m.end(), g1, lexicon)
        return span if span is not None and span[1] == g1 else None
    m = _OWNERS.search(text, g0, g1)
    return name_before(text, g0, m.start(), lexicon) if m is not None else None


_APPOSED = re.compile(r",\s+(?=[a-z])")


def named_after(text: str, g1: int, end: int, lexicon: NameLexicon) -> list[tuple[int, int]]:
    """Names given in apposition right after a group ("two reporters, ana ruiz and juan gil")."""
    m = _APPOSED.match(text, g1, end)
    return [] if m is None else names_from(text, m.end(), end, lexicon)


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
    r"found dead|shot dead|gunned down|machinegunned|slain|released|freed|rescued|held hostage|taken hostage|"
    r"held captive)"
)
_NAME_OF = re.compile(
    r"\b(?:murders?|assassinations?|killings?|kidnappings?|abductions?|deaths?|disappearances?|executions?|release|"
    r"massacres?|murdering|assassinating|abducting|executing|wounding|injuring|"
    r"(?:killers|murderers|assassins|kidnappers|abductors|captors)\s+of|"
    rf"rescue|attack on|attempt on|attack against|bod(?:y|ies) of|remains of|funerals? of|{_HARM_VERB})\s+"
    r"(?:of\s+|(?:were|was)\s+|(?:on|in)\s+(?:[\w-]+\s+){1,3}?of\s+)?"  # "the murder on 2 may of ..."
    r"(?:\d+-(?:year|month)-old\s+)?(?=[a-z])",
    re.IGNORECASE,
)
_PASSIVE_HARM = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s*--)?(?:"  # "ana ruiz (as received), kidnapped by ...", "ana ruiz -- were"
    r"(?:(?:,\s*(?:[^,;()]|\([^()]{1,30}\)){1,120}){1,3},)?\s+(?:"
    r"(?:was|has been|had been|were|have been|are being|is being|is|are)\s+"
    rf"(?:\w+ly\s+|also\s+|later\s+)?{_HARM_VERB}\b"
    r"|(?:was|were|escaped|emerged)\s+(?:\w+ly\s+)?(?:unharmed|unhurt|unscathed)\b"
    r"|(?:was|were|became|has been|had been)\s+(?:the\s+|a\s+)?(?:\w+\s+)?victims?\s+of\b|died\b|was found dead\b)"
    rf"|\s+(?:died|was found dead)\b|,?\s+who\s+(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?{_HARM_VERB}\b"
    rf"|,\s+(?:\w+ly\s+)?{_HARM_VERB}\b"
    # "reporter ana ruiz of a dutch radio station was killed": the name and where the person is from
    r"|\s+of\s+(?:a|an|the)\s+(?:(?!(?:where|which|who|that|and|or)\b)[\w.'’-]+\s+){1,5}?"
    r"(?:was|were|has been|had been)\s+(?:\w+ly\s+)?"
    rf"{_HARM_VERB}\b)",
    re.IGNORECASE,
)
_HARMED_LIST = re.compile(
    r"\b(?:(?:dead|injured|wounded|victims?|hostages|missing|disappeared|kidnapped|murdered|killed)\s+(?:\w+\s+){0,2}?"
    r"(?:are|were|was|is|include[sd]?|included)(?!\s+identified)|(?:was|were|has\s+been|have\s+been)\s+identified\s+as|identified\s+(?:[\w-]+\s+){1,3}?as|"
    r"(?:died|were\s+killed|were\s+murdered|were\s+wounded|were\s+injured|were\s+kidnapped|were\s+abducted)"
    r"[^:.;]{0,40}:|(?:assassinations|murders|killings|kidnappings|abductions|victims)[^:.;]{0,60}:|"
    r"(?:taking|took|taken|held)\s+(?:\w+\s+)?(?:as\s+)?hostages?)\s*",
    re.IGNORECASE,
)  # "among the dead are ana ruiz, 42; juan gil", "the following men died in combat: colonel ana ruiz, ..."
_APPOSED_HARM = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:\d+-year-old\s+)?(?P<title>(?:(?!(?:said|says|who|whom|whose|which|that|and|or|when|where|if|as|after|because|but|while|was|were)"
    r"\b)[\w'’.-]+\s+){1,10}?)(?:was|were|has been|had been|have been)\s+(?:\w+ly\s+|also\s+)?" + _HARM_VERB + r"\b",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r",\s*(?:and\s+)?", re.IGNORECASE)
_POSSESSIVE_HARM = re.compile(
    r"['’]s?\s+(?:murder|assassination|killing|kidnapping|abduction|death|execution|disappearance)s?\b", re.IGNORECASE
)  # "ana ruiz's murder"


_DETAINED_OF = re.compile(
    r"\b(?:seizure|capture|arrests?|detention)\s+of\s+(?:\d+-(?:year|month)-old\s+)?(?=[a-z])", re.IGNORECASE
)  # "the arrest of juan perez": named as the one taken, in a report of an arrest or an abduction


_SELF = re.compile(r"\b(?:himself|herself|themselves)\b", re.IGNORECASE)


def names_in_next_sentence(text: str, end: int, lexicon: NameLexicon) -> list[tuple[int, int]]:
    """The names that the sentence right after ``end`` (the end of an event's sentence) gives as those harmed,
    in its first words: "... two men were shot dead. The victims were identified as ana ruiz and juan gil."."""
    start = len(text) - len(text[end:].lstrip())
    cue = _HARMED_LIST.search(text, start, min(len(text), start + 80))
    if cue is None or cue.start() - start > 40 or "." in text[start : cue.start()] or _SELF.search(cue.group()):
        return []  # not "the caller identified himself as ..."
    return names_from(text, cue.end(), min(len(text), cue.end() + 400), lexicon)


def harmed_names(
    text: str, start: int, end: int, lexicon: NameLexicon, *, detained: bool = False
) -> list[tuple[int, int]]:
    """Lower-cased names right after a harm word ("the murder of juan perez", "kidnapped ana ruiz") or
    right before a passive one ("juan perez was shot"); with ``detained``, also after an arrest or a capture
    ("the capture of ana ruiz")."""
    out = [span for m in _NAME_OF.finditer(text, start, end) for span in names_from(text, m.end(), end, lexicon)]
    if detained:
        out += [
            span for m in _DETAINED_OF.finditer(text, start, end) for span in names_from(text, m.end(), end, lexicon)
        ]
    for m in _PASSIVE_HARM.finditer(text, start, end):
        # the name is the run of name words before the verb or before one of the appositions it is given
        ends = [m.start()] + [m.start() + i for i, c in enumerate(m.group()) if c == "," and i > 0]
        span = next((x for e in ends if (x := name_before(text, start, e, lexicon)) is not None), None)
        for a, b in itertools.pairwise(ends):  # "..., and juan perez, the last of them, were killed"
            item = _LIST_ITEM.match(text, a, b)
            listed = lower_name_after(text, item.end(), b, lexicon) if item is not None else None
            if listed is not None and listed[1] == b:
                out.append(listed)
        if span is not None:
            out.append(span)
            for _ in range(6):  # "ana ruiz, luis gil, and juan perez were killed"
                other = listed_before(text, start, span[0], lexicon)
                if other is None:
                    break
                out.append(other)
                span = other
    for m in _HARMED_LIST.finditer(text, start, end):
        out.extend(names_from(text, m.end(), end, lexicon))
    for m in _APPOSED_HARM.finditer(text, start, end):
        # "ana ruiz, deputy secretary of the party was shot": an apposition with a title, its closing comma left out
        title = lexicon.titles.match(text, m.start("title"), m.end("title"))
        named = lower_name_after(text, title.end(), m.end("title"), lexicon) if title is not None else None
        if title is None or (named is not None and not text[named[1] : m.end("title")].strip()):
            continue  # no title, or a title and the name of the one harmed ("on the coast, judge ana ruiz was shot")
        span = name_before(text, start, m.start(), lexicon)
        while span is not None and len(out) < 64:  # "ana ruiz and juan gil, a teacher at the school, were killed"
            out.append(span)
            span = listed_before(text, start, span[0], lexicon)
    for m in _POSSESSIVE_HARM.finditer(text, start, end):
        span = name_before(text, start, m.start(), lexicon)
        while span is not None and len(out) < 64:  # "ana ruiz and juan gil, a teacher at the school, were killed"
            out.append(span)
            span = listed_before(text, start, span[0], lexicon)
    return out
