"""Accusations: statements that hold named parties responsible for violence, with who makes them.

An accusation is not an event of its own. Three wordings are read (their cues live in
``data/accusations.yaml``):

- a speech that turns to the accused: "To the Assad regime, Russia, and Iran, your forces and proxies are
  carrying out these crimes" (the accused are capitalised names before a second-person "your"/"you");
- a charge: "Amnesty accused the army of killing ...", "the mayor blamed rebels for the attacks", "holds
  the government responsible for the massacre", "condemned X for ...";
- responsibility said of the accused: "the militia is responsible for these killings".

The charge must name a crime ("crimes", "killings", "shelling", ...). The speaker is the subject of the
charge, else the person a nearby earlier sentence introduces as speaking ("Here is Samantha Power at the
United Nations yesterday."); the accusation is dated by that sentence when it carries a date.

``link_accusations`` then gives the accused as perpetrators to the events the charge is about: those in the
same sentence, those a speech addresses ("your barrel bombs ..." later in the same paragraph) and, when the
charge points back ("these crimes"), the violent events told earlier that name no perpetrator. Each
accusation lists the mention ids it was linked to.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from vigil.extract.lexicon import LexiconError, compile_words, mapping, read_yaml, strings
from vigil.records import Accusation, Actor, Attribution, DateSpan, Mention, Span
from vigil.taxonomy import load_taxonomy

_VIOLENT_GROUPS = frozenset({"Violence against civilians", "Explosions/Remote violence", "Battles"})
_PRONOUNS = frozenset(
    "he she they it we i you him her them us me his its their who which that this these those one".split()  # noqa: SIM905
)
_NAME = r"(?:[A-Z][\w'’.-]*|al-[A-Z][\w'’-]*)"
_SPEAKER_NAME = re.compile(rf"{_NAME}(?:\s+(?:{_NAME}|bin|ibn|de|van|von|al)){{1,3}}")
_NOT_A_PARTY = frozenset("of in on at by with without for from to as into over about against".split())  # noqa: SIM905
_NOT_A_SPEAKER = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "to",
        "that",
        "which",
        "who",
        "claimed",
        "said",
        "says",
        "if",
        "because",
        "when",
        "since",
        "although",
        "while",
    ]
)
_TRAILING = frozenset(
    "has have had also again repeatedly publicly openly formally today yesterday".split()  # noqa: SIM905
)
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_ADDRESS_STARTS = ("To ", "to ", "And to ", "and to ")
_CLAUSE_START = re.compile(r"[,;:\"“”]\s*")


@dataclass(frozen=True, slots=True)
class AccusationLexicon:
    crime: re.Pattern[str]
    anaphoric: re.Pattern[str]
    address: re.Pattern[str]
    charges: tuple[re.Pattern[str], ...]
    responsible: re.Pattern[str]
    speech: re.Pattern[str]
    cue: re.Pattern[str]  # any charge verb or word of responsibility: a sentence without one is not read further
    responsible_cue: re.Pattern[str]


def _words(items: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in items)


def parse_accusations(data: object, *, where: str) -> AccusationLexicon:
    """The lexicon from parsed YAML; a ``LexiconError`` names the file and field that is wrong."""
    d = mapping(data, where=where, field="(top level)")
    crimes = strings(d.get("crimes"), where=where, field="crimes")
    anaphora = strings(d.get("anaphora"), where=where, field="anaphora")
    responsible = strings(d.get("responsible"), where=where, field="responsible")
    speech = strings(d.get("speech_cues"), where=where, field="speech_cues")
    raw_charges = d.get("charges")
    if not isinstance(raw_charges, list) or not raw_charges:
        raise LexiconError(f"{where}: field 'charges' must be a non-empty list of {{verb, link}} mappings")
    crime = _words(crimes)
    charges = []
    verbs: list[str] = []
    for n, item in enumerate(raw_charges):
        entry = mapping(item, where=where, field=f"charges[{n}]")
        verb, link = entry.get("verb"), entry.get("link")
        if not isinstance(verb, str) or not isinstance(link, str) or not verb or not link:
            raise LexiconError(f"{where}: field 'charges[{n}]' needs a 'verb' and a 'link' (regular expressions)")
        verbs.append(verb)
        charges.append(
            _compile(
                rf"(?<![\w-])(?:{verb})\s+(?P<accused>[^.;:!?]{{2,120}}?)\s+(?:{link})\s+(?P<claim>[^.;!?]{{3,240}})",
                where=where,
                field=f"charges[{n}]",
            )
        )
    return AccusationLexicon(
        crime=compile_words(crimes, where=where, field="crimes"),
        anaphoric=_compile(
            rf"\b(?:{_words(anaphora)})\s+(?:\w+\s+){{0,2}}?(?:{crime})\b", where=where, field="anaphora"
        ),
        address=re.compile(
            r"^(?:and\s+)?[Tt]o\s+(?P<accused>(?:the\s+)?[A-Z][^.;:!?]{1,160}?),\s+(?=(?:your|you)\b)",
        ),
        charges=tuple(charges),
        responsible=_compile(
            rf"(?P<accused>[^.;:!?,]{{2,120}}?)\s+(?:{_words(responsible)})\s+for\s+(?P<claim>[^.;!?]{{3,240}})",
            where=where,
            field="responsible",
        ),
        speech=compile_words(speech, where=where, field="speech_cues"),
        cue=compile_words([*verbs, *responsible], where=where, field="charges"),
        responsible_cue=compile_words(responsible, where=where, field="responsible"),
    )


def _compile(pattern: str, *, where: str, field: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(f"{where}: field {field!r} has a bad regular expression: {exc}") from exc


@functools.cache
def load_accusations(path: Path | None = None) -> AccusationLexicon:
    data, where = read_yaml(path, builtin="accusations.yaml")
    return parse_accusations(data, where=where)


@functools.cache
def _violent_types() -> frozenset[str]:
    return frozenset(t.id for t in load_taxonomy().event_types if t.event_type in _VIOLENT_GROUPS)


@dataclass(slots=True)
class _Found:
    accusation: Accusation
    addressed: bool  # a speech turned to the accused: "your ..." later in the paragraph is theirs
    anaphoric: bool  # "these crimes": the charge points back at events told earlier


def find_accusations(
    lexicon: AccusationLexicon,
    text: str,
    *,
    sentences: list[Span],
    dates: list[DateSpan],
    mentions: Iterable[Mention] = (),
) -> list[Accusation]:
    """The accusations made in ``text``; when ``mentions`` are given, the events they are about get the
    accused as perpetrators (see ``link_accusations``)."""
    found: list[_Found] = []
    starts = [s[0] for s in sentences]
    candidates = {bisect.bisect_right(starts, m.start()) - 1 for m in lexicon.cue.finditer(text)}
    candidates.update(n for n, (s0, _) in enumerate(sentences) if text.startswith(_ADDRESS_STARTS, s0))
    for n in sorted(candidates):
        if n < 0:
            continue
        s0, s1 = sentences[n]
        hit = _read(lexicon, text, s0, s1)
        if hit is None:
            continue
        accused, claim_span, speaker, addressed = hit
        if speaker is None:
            speaker_at = _speaker_before(lexicon, text, sentences, n)
            speaker = speaker_at[0] if speaker_at else None
            said_in = speaker_at[1] if speaker_at else (s0, s1)
        else:
            said_in = (s0, s1)
        claim = text[claim_span[0] : claim_span[1]].rstrip(' .!?"”’')
        accusation = Accusation(
            accused=accused,
            claim=claim,
            span=(s0, s1),
            speaker=speaker,
            date=_date_in(dates, said_in),
        )
        found.append(_Found(accusation, addressed, bool(lexicon.anaphoric.search(claim))))
    mentions = list(mentions)
    if mentions:
        _link(found, mentions, text)
    return [f.accusation for f in found]


def _read(
    lexicon: AccusationLexicon, text: str, s0: int, s1: int
) -> tuple[list[Actor], Span, Attribution | None, bool] | None:
    sentence = text[s0:s1]
    m = lexicon.address.match(sentence)
    if m:
        accused = _parties(text, s0 + m.start("accused"), s0 + m.end("accused"), capitalised=True)
        claim = (s0 + m.end(), s1)
        if accused and lexicon.crime.search(text, claim[0], claim[1]):
            return accused, claim, None, True
    if lexicon.cue.search(text, s0, s1) is None:
        return None
    for charge in lexicon.charges:
        for m in charge.finditer(sentence):
            claim = (s0 + m.start("claim"), s0 + m.end("claim"))
            if not lexicon.crime.search(text, claim[0], claim[1]):
                continue
            accused = _parties(text, s0 + m.start("accused"), s0 + m.end("accused"), capitalised=False)
            if accused:
                return accused, claim, _subject(text, s0, s0 + m.start()), False
    cue = lexicon.responsible_cue.search(text, s0, s1)
    m = lexicon.responsible.search(sentence, max(0, cue.start() - s0 - 125)) if cue else None
    if m:
        claim = (s0 + m.start("claim"), s0 + m.end("claim"))
        a0 = s0 + m.start("accused")
        a1 = s0 + m.end("accused")
        clause = list(_CLAUSE_START.finditer(text, a0, a1))
        a0 = clause[-1].end() if clause else a0
        speaker = None
        said = list(lexicon.speech.finditer(text, a0, a1))
        if said:  # "witnesses said the militia is responsible ..."
            speaker = _subject(text, a0, said[-1].start())
            that = re.match(r"\s+that\b", text[said[-1].end() : a1])
            a0 = said[-1].end() + (that.end() if that else 0)
        accused = _parties(text, a0, a1, capitalised=False)
        if accused and lexicon.crime.search(text, claim[0], claim[1]):
            return accused, claim, speaker, False
    return None


def _parties(text: str, start: int, end: int, *, capitalised: bool) -> list[Actor]:
    """The parties of a list ("the Assad regime, Russia, and Iran"), each with its span; pronouns and
    (when ``capitalised``) lower-case words are no party."""
    out: list[Actor] = []
    pos = start
    for sep in [*_LIST_SEPARATOR.finditer(text, start, end), None]:
        p0, p1 = pos, sep.start() if sep else end
        pos = sep.end() if sep else end
        while p0 < p1 and text[p0].isspace():
            p0 += 1
        lead = re.match(r"(?:the|a|an)\s+", text[p0:p1], re.IGNORECASE)
        part = text[p0:p1]
        words = part.split()
        if not words or len(words) > 8 or words[-1].lower() in _PRONOUNS or words[0].lower() in _PRONOUNS:
            continue
        if words[0].lower() in _NOT_A_PARTY:
            return []
        head = part[lead.end() :] if lead else part
        if capitalised and not head[:1].isupper():
            return []
        out.append(Actor(text=part, span=(p0, p1), kind="unknown"))
    return out


def _subject(text: str, s0: int, verb: int) -> Attribution | None:
    """Who makes a charge: the words before its verb, when they are a short name and not a pronoun."""
    head = text[s0:verb]
    clause = list(_CLAUSE_START.finditer(head))
    start = s0 + (clause[-1].end() if clause else 0)
    words = text[start:verb].split()
    while words and words[-1].lower() in _TRAILING:
        verb = text.rindex(words.pop(), start, verb)
    if not words or len(words) > 6 or words[0].lower() in _PRONOUNS:
        return None
    if any(w.lower().strip("[]()") in _NOT_A_SPEAKER for w in words) or not words[0][:1].isalnum():
        return None
    while verb > start and text[verb - 1].isspace():
        verb -= 1
    return Attribution(text=text[start:verb], span=(start, verb))


def _speaker_before(
    lexicon: AccusationLexicon, text: str, sentences: list[Span], n: int, *, reach: int = 6
) -> tuple[Attribution, Span] | None:
    """The person a nearby earlier sentence introduces as speaking, and that sentence."""
    for k in range(n - 1, max(-1, n - 1 - reach), -1):
        s0, s1 = sentences[k]
        cue = lexicon.speech.search(text, s0, s1)
        if cue is None:
            continue
        names = list(_SPEAKER_NAME.finditer(text, s0, s1))
        if names:
            name = min(names, key=lambda m: abs(m.start() - cue.start()))
            return Attribution(text=name.group(), span=(name.start(), name.end())), (s0, s1)
    return None


def _date_in(dates: list[DateSpan], sentence: Span) -> DateSpan | None:
    inside = [d for d in dates if d.span and sentence[0] <= d.span[0] < sentence[1]]
    return inside[0] if inside else None


def _link(found: list[_Found], mentions: list[Mention], text: str) -> None:
    violent = _violent_types()
    for f in found:
        a = f.accusation
        a0, a1 = a.span
        paragraph_end = text.find("\n\n", a1)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        for mention in mentions:
            m0, m1 = mention.span
            same = m0 < a1 and a0 < m1
            addressed = (
                f.addressed
                and a1 <= m0 < paragraph_end
                and re.search(r"\byour?\b", text[m0:m1], re.IGNORECASE) is not None
            )
            earlier = f.anaphoric and m1 <= a0 and mention.type in violent
            if not (same or addressed or earlier):
                continue
            if not mention.perpetrators:
                mention.perpetrators = [
                    Actor(text=x.text, span=x.span, kind=x.kind, groups=list(x.groups)) for x in a.accused
                ]
            if mention.id not in a.events:
                a.events.append(mention.id)
