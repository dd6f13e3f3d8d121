"""Doers named by a claim of responsibility or an attribution anywhere in the document.

News names who did an attack in a sentence of its own, often far from the account of the attack:
"A bomb exploded outside the bank on Monday. ... The Popular Front later claimed responsibility for the
attack", "the rebels, who are being held responsible for the bombing", "police attributed the attack to
the cartel". The context step (``context.py``) reads only the sentences next to an event; this step reads
every sentence of the document that holds such wording and gives its claimant to the violent events that
still name no doer: the nearest claim whose incident word fits the event ("the kidnapping" fits an
abduction; "the attack", "the action", "the incident" fit any violent event).

The wording is grammar (claim, hold responsible, blame on, attribute to, be behind) and lives here; the
phrases that can be a doer come from the context step (actor heads, institutions, capitalised names).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from vigil.extract.context import sentence_phrases
from vigil.extract.context_lexicon import ContextLexicon
from vigil.extract.roles import RoleLexicon, with_organisations
from vigil.records import Actor, Mention, Span
from vigil.taxonomy import load_taxonomy

_FLAGS = re.IGNORECASE
_REACH = 8  # sentences between a claim and the event it is about, at most
_MAX_DOERS = 2
_GROUPS = frozenset({"Violence against civilians", "Explosions/Remote violence"})
_NOT_DOERS = frozenset({"civilians", "protesters"})
_PROPERTY = "looting_property_destruction"
_ALSO = frozenset({_PROPERTY})  # arson and sabotage are claimed like attacks

# A phrase followed by this claims the act or is held to have done it; what it claims follows ("for the attack").
_AFTER = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:,\s*(?:which|who)\b[^,;]{0,80}?)?(?:,[^,;]{1,60},\s*)?"
    r"(?:(?:has|have|had|also|later|publicly|today|yesterday|already|reportedly|allegedly|immediately)\s+){0,3}"
    r"(?:(?:claimed|claims|claim|claiming|accepted|assumed|admitted|took)\s+(?:full\s+)?(?:the\s+)?"
    r"(?:responsibility|credit|authorship)"
    r"|(?:is|was|were|are|be|been|being)\s+(?:(?:being|now|also|still|directly|widely|officially|generally)\s+)?"
    r"(?:(?:held|considered|deemed)\s+)?responsible"
    r"|(?:is|was|were|are)\s+(?:(?:presumed|believed|suspected|thought|said|reported|alleged)\s+to\s+(?:be|have\s+been)\s+)?"
    r"(?:behind|the\s+(?:authors?|perpetrators?)))\b(?P<object>[^.;]{0,80})",
    _FLAGS,
)
# "... for which the rebels are being held responsible": the incident comes before.
_FOR_WHICH = re.compile(r"\b(?:for|behind)\s+which\s+(?:[\w'’().-]+\s+){0,6}$", _FLAGS)
# A phrase after this is the one the act is laid on; what is laid on it comes before ("the bombing was
# attributed to the cartel", "authorities blamed the attack on the rebels").
_BEFORE = re.compile(
    r"(?:\b(?:attributed|attributes|attributing|blamed|blames|blaming|ascribed|pinned)\s+(?:[\w'’-]+\s+){0,5}?(?:on|to)"
    r"|\b(?:perpetrated|carried\s+out|committed)\s+by|\bthe\s+work\s+of"
    r"|\b(?:presumed|believed|suspected|thought)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}?involved)"
    r"\s+(?:the\s+|a\s+|an\s+|some\s+|members\s+of\s+(?:the\s+)?|(?:a\s+)?group\s+of\s+)?(?:[\w'’().\"-]+\s+){0,3}$",
    _FLAGS,
)
# A claim denied, refused or supposed is no claim ("no group has claimed responsibility", "if this crime was
# committed by ...").
_NOT_A_CLAIM = re.compile(
    r"\b(?:no|nor|any|not|never|nobody|none|denied|denies|deny|denying|rejected|rejects|if|whether|unless|could|might)\b",
    _FLAGS,
)

# What a claim is about, and the events each word fits (None: any violent event).
_INCIDENTS: tuple[tuple[str, frozenset[str] | None], ...] = (
    (r"kidnapp\w*|abduct\w*|hostages?", frozenset({"abduction_forced_disappearance"})),
    (
        r"bomb\w*|explosions?|explosives?|blasts?|dynamit\w*|car[- ]bombs?|grenades?",
        frozenset({"remote_explosive_landmine_ied", "suicide_bomb", "grenade", "attack", _PROPERTY}),
    ),
    (r"murders?|assassinat\w*|killings?|massacres?|deaths?|shootings?|executions?", frozenset({"attack"})),
    (r"arson|fires?|burning|torched|sabotage", frozenset({_PROPERTY, "attack"})),
    (r"attacks?|actions?|incidents?|crimes?|acts?|assaults?|ambush(?:es)?", None),
)


@dataclasses.dataclass(frozen=True, slots=True)
class Claim:
    """Who claims or is held responsible (``doers``), in which sentence, for what (``fits``: the event types
    the incident word fits; None, any violent event)."""

    sentence: int
    span: Span
    doers: tuple[Actor, ...]
    fits: frozenset[str] | None


def add_claimed_doers(
    lexicon: ContextLexicon, roles: RoleLexicon, text: str, mentions: list[Mention], *, sentences: list[Span]
) -> None:
    """Give each violent mention that names no perpetrator the doers of the nearest fitting claim (in place)."""
    violent = _violent_types()
    needy = [m for m in mentions if not m.perpetrators and m.type in violent and m.modality != "negated"]
    if not needy or not sentences:
        return
    claims = find_claims(lexicon, roles, text, sentences=sentences)
    if not claims:
        return
    starts = [s[0] for s in sentences]
    for mention in needy:
        n = max(0, bisect.bisect_right(starts, mention.span[0]) - 1)
        fitting = (c for c in claims if abs(c.sentence - n) <= _REACH and (c.fits is None or mention.type in c.fits))
        best = min(fitting, key=lambda c: abs(c.sentence - n), default=None)  # the nearest; ties: the earlier
        if best is not None:
            doers = [dataclasses.replace(a) for a in best.doers[:_MAX_DOERS]]
            mention.perpetrators = with_organisations(roles, text, doers, sentence=best.span, victims=mention.victims)


def find_claims(lexicon: ContextLexicon, roles: RoleLexicon, text: str, *, sentences: list[Span]) -> list[Claim]:
    """The claims of responsibility and attributions of the document, one per sentence that holds one."""
    cue = _cue()
    out: list[Claim] = []
    for i, (s0, s1) in enumerate(sentences):
        if cue.search(text, s0, s1) is None:
            continue
        doers: list[Actor] = []
        phrases = [p for p in sentence_phrases(lexicon, roles, text, s0, s1) if p[2] not in _NOT_DOERS]
        for k, (a0, a1, kind, _how) in enumerate(phrases):
            if k + 1 < len(phrases) and not text[a1 : phrases[k + 1][0]].strip(" \"'“”"):
                continue  # a modifier of the phrase after it ("maoist" in "maoist shining path")
            if _claims(text, s0, s1, a0, a1):
                doers.append(Actor(text=text[a0:a1], span=(a0, a1), kind=kind))
        if doers:
            out.append(Claim(sentence=i, span=(s0, s1), doers=tuple(doers), fits=_incident(text, s0, s1)))
    return out


def _claims(text: str, s0: int, s1: int, a0: int, a1: int) -> bool:
    """True when the wording around the phrase ``text[a0:a1]`` claims an incident for it or lays one on it."""
    incident = _incident_any()
    after = _AFTER.match(text, a1, s1)
    if after is not None:
        if _NOT_A_CLAIM.search(text, max(s0, a0 - 30), after.start("object")):
            return False
        return bool(incident.search(after.group("object")) or _FOR_WHICH.search(text, max(s0, a0 - 80), a0))
    before = _BEFORE.search(text, max(s0, a0 - 120), a0)
    if before is None or _NOT_A_CLAIM.search(text, max(s0, before.start() - 40), before.end()):
        return False
    return incident.search(text, max(s0, before.start() - 120), a0) is not None  # "blamed the bombing on"


def _incident(text: str, s0: int, s1: int) -> frozenset[str] | None:
    """The event types the first incident word of a claim sentence fits (None: any violent event)."""
    found = [(m.start(), fits) for pattern, fits in _incident_patterns() for m in [pattern.search(text, s0, s1)] if m]
    return min(found, key=lambda f: f[0])[1] if found else None


@functools.cache
def _cue() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:responsib\w*|authorship|credit|attribut\w*|blam\w*|ascribed|pinned|behind|perpetrated|carried out by|"
        r"committed by|work of|authors? of|perpetrators? of|involved)\b",
        _FLAGS,
    )


@functools.cache
def _incident_patterns() -> tuple[tuple[re.Pattern[str], frozenset[str] | None], ...]:
    return tuple((re.compile(rf"\b(?:{p})\b", _FLAGS), fits) for p, fits in _INCIDENTS)


@functools.cache
def _incident_any() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(p for p, _ in _INCIDENTS) + r")\b", _FLAGS)


@functools.cache
def _violent_types() -> frozenset[str]:
    return frozenset(t.id for t in load_taxonomy().event_types if t.event_type in _GROUPS) | _ALSO
