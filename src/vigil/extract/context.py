"""Doers named around an event in the same document: the document context of its roles.

The role reader ties a doer to the trigger of an event inside its sentence. News often names the doer
elsewhere: in the next or the previous sentence ("... was shot dead on Monday. Two men on a motorcycle
opened fire", "Police arrested him at his home"), by a word that names the role alone ("the gunmen
fled"), by a claim or a blame ("X claimed responsibility"), by a charge ("three men were charged with
kidnapping") or as the agent of a passive verb far from the trigger ("was detained at the airport on
Friday by the security services"). For every mention that names violations but no perpetrator, this
step reads its sentences and their neighbours for a doer of one of its violations' acts and attaches
it with its own span.

The wording that makes a phrase a doer is grammar (auxiliaries, "by", "at the hands of") and lives
here; the verbs and nouns of each act, the doer nouns and the state institutions are data in
``data/context.yaml``.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable

import vigil.extract.roles_wording as w
from vigil.extract.context_lexicon import Act, ContextLexicon
from vigil.extract.roles import RoleLexicon, with_organisations
from vigil.extract.sentences import split_sentences
from vigil.records import Actor, Mention, Span

_NOT_DOERS = frozenset({"civilians", "protesters"})
_STATE = frozenset({"police", "state_forces"})
_BY_THE_STATE = frozenset({"arbitrary_detention", "enforced_disappearance"})
_CLAUSE_SUBJECT = re.compile(r"\s+(?:had\s+|have\s+)?[a-z]+ed\b(?!\s+(?:by|that)\b)")  # "said X stormed ..."
_COURT = re.compile(r"\b(?:courts?|tribunals?|judges?|magistrates?|prosecut\w*)\b", re.IGNORECASE)
_MAX_DOERS = 2
_LEFT = 120  # how far back the wording before a phrase is read
_FLAGS = re.IGNORECASE

_Phrase = tuple[int, int, str, str]  # start, end, actor kind, how it may be a doer

_FUNCTION = (
    r"On|In|At|The|A|An|And|But|Or|As|After|Before|During|When|While|Since|Last|This|That|These|Those|Some|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Meanwhile|However|Also|Earlier|Later|Yesterday|Today|Then|It|He|She|They|"
    r"We|I|His|Her|Their|Its|Our|According|Both|Two|Three|Four|Five|Six|Many|Several|Most|All|No|Not|If|So|Yet|Mr|"
    r"Mrs|Ms|Dr|Instead|Still|Even|Now|Here|There|What|Who|Why|How|Where|Which|Each|Every|Such|Despite|Although|Though|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# A capitalised name of up to six words ("the Department of State Services (DSS)", "Israel").
_NAME = re.compile(
    rf"(?-i:(?<![\w'’.-])(?!(?:{_FUNCTION})\b)[A-Z][\w'’.-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?|for\s+)?[A-Z][\w'’-]*){0,5}(?:\s+\([A-Z][A-Za-z]{1,8}\))?)"
)
# People named by a pronoun or a number: doers only when charged ("the two were found guilty of murder").
_PERSONS = re.compile(
    r"(?<![\w-])(?:he|she|they|(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:others|of them))?|"
    r"the\s+\d{1,3})(?![\w-])",
    _FLAGS,
)
_CHARGE = re.compile(
    r"\b(?:charged|convicted|accused|guilty|indicted|sentenced|suspected|arrested|held|linked|implicated|involved)\b",
    _FLAGS,
)
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|being)\b", _FLAGS)
_NOT_ACTIVE_NEXT = re.compile(
    r"\s+(?:in|on|at|during|when|while|after|by|near|as|since|for|last|outside|inside|and|or|from|over|amid|"
    r"because|with|without|under|following|before|this|that|of|themselves|himself|herself|itself)\b|\s*[,.;:)”\"]",
    _FLAGS,
)
_BLAME_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:blamed|blames|blame|blaming|attributed|attributes|attribute|ascribed|pinned)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:on|to)|responsibility\s+(?:of|for)|perpetrated\s+by|work\s+of|"
    r"(?P<accused>accused|accuses|accuse|accusing))\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:and|or|of|in|on|at|to|for|with|from)\b)[\w'’.-]+\s+){0,2}$",
    _FLAGS,
)


def add_context_doers(
    lexicon: ContextLexicon,
    roles: RoleLexicon,
    text: str,
    mentions: list[Mention],
    *,
    sentences: list[Span] | None = None,
    reach: int = 1,
) -> None:
    """Attach to each mention with violations and no perpetrator the doers of its acts named in its
    sentences and in the ``reach`` sentences before and after them (in place)."""
    needy = [m for m in mentions if m.violations and not m.perpetrators]
    if not needy:
        return
    spans = sentences if sentences is not None else split_sentences(text)
    starts = [s[0] for s in spans]
    read: dict[tuple[int, tuple[str, ...]], list[Actor]] = {}  # a sentence is read once per set of acts
    phrases: dict[tuple[int, bool], list[_Phrase]] = {}
    for mention in needy:
        first = max(0, bisect.bisect_right(starts, mention.span[0]) - 1)
        last = min(len(spans), bisect.bisect_left(starts, mention.span[1]))
        violations = tuple(sorted(v for v in mention.violations if v in lexicon.acts))
        acts = [lexicon.acts[v] for v in violations]
        found: list[Actor] = []
        lo, hi = first, last
        for ring in range(reach + 1):  # its own sentences first, then one more on each side: the nearest doer
            lo, hi = max(0, first - ring), min(len(spans), last + ring)
            for i in {lo, hi - 1} if ring else range(lo, hi):
                key = (i, violations)
                if key not in read:
                    s0, s1 = spans[i]
                    full = lexicon.worded(text, s0, s1, acts=acts)
                    if (i, full) not in phrases:
                        phrases[i, full] = _candidates(lexicon, roles, text, s0, s1, full=full)
                    read[key] = _doers(lexicon, roles, text, phrases[i, full], start=s0, end=s1, acts=acts)
                found.extend(read[key])
            if found:
                break
        if not found and lo < hi:  # a doer another mention of these sentences names ("set upon by police")
            w0, w1 = spans[lo][0], spans[hi - 1][1]
            found = [
                a
                for other in mentions
                if other is not mention
                and other.span[0] < w1
                and w0 < other.span[1]
                and (set(other.violations) & set(mention.violations) or other.type == mention.type)
                for a in other.perpetrators
                if a.kind not in _NOT_DOERS
            ]
        if not found and lo < hi and set(mention.violations) <= _BY_THE_STATE:
            # an arrest or a disappearance is the state's act: the state's agents these sentences name
            for i in range(lo, hi):
                if (i, True) not in phrases:
                    phrases[i, True] = _candidates(lexicon, roles, text, spans[i][0], spans[i][1], full=True)
                found += _state_agents(roles, text, phrases[i, True], start=spans[i][0])
        found.sort(key=lambda a: _distance(a.span, mention.span))
        mention.perpetrators = _organised(roles, text, found[:_MAX_DOERS], spans, starts, victims=mention.victims)
        _drop_doers_from_victims(mention)


def _organised(
    roles: RoleLexicon, text: str, doers: list[Actor], spans: list[Span], starts: list[int], *, victims: list[Actor]
) -> list[Actor]:
    """Copies of ``doers`` with the organisations their phrases name their members by ("fmln guerrillas")."""
    out: list[Actor] = []
    for doer in doers:
        doer = dataclasses.replace(doer)
        if doer.span is None:
            out.append(doer)
            continue
        sentence = spans[max(0, bisect.bisect_right(starts, doer.span[0]) - 1)]
        for a in with_organisations(roles, text, [doer], sentence=sentence, victims=victims):
            if all(a.span != b.span for b in out):
                out.append(a)
    return out


def _state_agents(roles: RoleLexicon, text: str, phrases: list[_Phrase], *, start: int) -> list[Actor]:
    """Police and state phrases of a sentence that are no source ("police said"), no part of another noun
    ("police station"), no object ("conspiring against the government"), not harmed ("two policemen were
    killed") and no court (courts try, they do not arrest)."""
    out = []
    for a0, a1, kind, how in phrases:
        if kind not in _STATE or how == "person" or w.SPEECH.match(text, a1) or w.COMPOUND.match(text, a1):
            continue
        before = text[max(start, a0 - 40) : a0]
        if w.ACCORDING.search(before) or w.OBJECT_PREP.search(before) or _COURT.search(text, a0, a1):
            continue
        if w.HARMED_AFTER.search(before) or w.HARMED_BEFORE.match(text, a1):
            continue  # "ten policemen were killed", "the death of one soldier": those harmed, not who arrests
        a0 = _extend(roles, text, start, a0)
        out.append(Actor(text=text[a0:a1], span=(a0, a1), kind=kind))
    return out


def find_doers(
    lexicon: ContextLexicon, roles: RoleLexicon, text: str, *, start: int, end: int, violations: Iterable[str]
) -> list[Actor]:
    """The phrases of the sentence ``text[start:end]`` that the wording makes doers of the acts of
    ``violations``."""
    acts = [lexicon.acts[v] for v in violations if v in lexicon.acts]
    phrases = _candidates(lexicon, roles, text, start, end, full=lexicon.worded(text, start, end, acts=acts))
    return _doers(lexicon, roles, text, phrases, start=start, end=end, acts=acts)


def _doers(
    lexicon: ContextLexicon,
    roles: RoleLexicon,
    text: str,
    phrases: list[_Phrase],
    *,
    start: int,
    end: int,
    acts: list[Act],
) -> list[Actor]:
    out: list[Actor] = []
    for a0, a1, kind, how in phrases:
        if how == "noun" or _is_doer(lexicon, acts, text, a0=a0, a1=a1, kind=kind, how=how, start=start, end=end):
            if how != "person":
                a0 = _extend(roles, text, start, a0)  # with its modifiers ("unidentified gunmen")
            # a phrase with its modifiers takes the place of a doer it holds ("French" in "by French police")
            out = [x for x in out if not (x.span and a0 <= x.span[0] and x.span[1] <= a1)]
            if not any(x.span and x.span[0] < a1 and a0 < x.span[1] for x in out):
                out.append(Actor(text=text[a0:a1], span=(a0, a1), kind=kind))
    return out


def sentence_phrases(lexicon: ContextLexicon, roles: RoleLexicon, text: str, start: int, end: int) -> list[_Phrase]:
    """The phrases of the sentence ``text[start:end]`` that may name a doer, longest first where they overlap:
    (start, end, actor kind, how: "noun", "phrase", "name" or "person")."""
    return _candidates(lexicon, roles, text, start, end, full=True)


def _candidates(
    lexicon: ContextLexicon, roles: RoleLexicon, text: str, start: int, end: int, *, full: bool
) -> list[_Phrase]:
    """Phrases of a sentence that may name a doer: (start, end, kind, how: "noun" a doer by the word alone,
    "phrase" an actor or institution, "name" a capitalised name, "person" a pronoun or number). Without
    ``full`` (no word of an act, a charge or a blame in the sentence) only its doer nouns."""
    found: list[_Phrase] = []
    for m in lexicon.doer_nouns.finditer(text, start, end):
        found.append((m.start(), m.end(), "unknown", "noun"))
    if full:
        found.extend(_phrases(lexicon, roles, text, start, end))
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[_Phrase] = []
    for f in found:  # the longest of the phrases that overlap; a doer noun makes the phrase a doer
        if out and f[0] < out[-1][1]:
            if f[3] == "noun" and out[-1][3] != "noun":
                out[-1] = (out[-1][0], max(out[-1][1], f[1]), "unknown", "noun")
            continue
        out.append(f)
    return out


def _phrases(lexicon: ContextLexicon, roles: RoleLexicon, text: str, start: int, end: int) -> list[_Phrase]:
    found: list[_Phrase] = []
    for m in lexicon.actor_heads.finditer(text, start, end):
        for kind, heads in lexicon.actor_kinds:  # the first kind whose heads match there, as the role reader
            h = heads.match(text, m.start(), end)
            if h is not None:
                found.append((h.start(), h.end(), kind, "phrase"))
                break
    for m in lexicon.institutions.finditer(text, start, end):
        found.append((m.start(), m.end(), "state_forces", "phrase"))
    for m in _NAME.finditer(text, start, end):
        n0, n1 = m.span()
        if m.group().endswith(("'s", "’s")):
            continue  # a possessive modifies another noun ("Pearl's kidnapping"), it acts on nothing
        if text[n1 - 1] == "." and m.group().count(".") == 1:
            n1 -= 1  # the full stop after a name ends the sentence ("... attributed to Iran.")
        inner = [f for f in found if n0 <= f[0] and f[1] <= n1 and f[2] not in _NOT_DOERS]
        kind = inner[0][2] if inner else _name_kind(roles, text, n0, n1)  # "the Nigerian Army": the word's kind
        found.append((n0, n1, kind, "name"))
    if _CHARGE.search(text, start, end):
        for m in _PERSONS.finditer(text, start, end):
            if not text[max(start, m.start() - 2) : m.start()].strip().endswith(","):  # not an age ("Ana, 41,")
                found.append((m.start(), m.end(), "unknown", "person"))
    return found


def _name_kind(roles: RoleLexicon, text: str, n0: int, n1: int) -> str:
    if w.POLICE_NAME.search(text, n0, n1):
        return "police"
    if roles.organisations.search(text, n0, n1):
        return "rebel_group"  # "... Liberation Front", as the role reader reads such names
    return "state_forces" if w.STATE_NAME.search(text, n0, n1) else "unknown"


def _is_doer(
    lexicon: ContextLexicon, acts: list[Act], text: str, *, a0: int, a1: int, kind: str, how: str, start: int, end: int
) -> bool:
    before = text[max(start, a0 - _LEFT) : a0]
    if w.ACCORDING.search(before[-40:]) and not _CLAUSE_SUBJECT.match(text, a1, end):
        return False  # ", said police", not "said militiamen entered the houses and shot ..."
    if lexicon.charged.match(text, a1, end):
        return True  # the charged may be any person ("three men were charged with kidnapping")
    if how == "person" or kind in _NOT_DOERS:
        return False
    if any(act.nouns.match(text, a1, end) for act in acts):  # "police custody", "the regime's crackdown"
        return how != "name" or kind in _STATE  # "the Dikko abduction": a name before the act may be its victim
    if w.COMPOUND.match(text, a1):
        return False  # "police station", "the army's spokesman"
    if w.RESPONSIBLE.match(text, a1, end) or any(act.agent.search(before) for act in acts):
        return True
    blame = _BLAME_BEFORE.search(before)
    if blame is not None:
        return blame.group("accused") is None or lexicon.accused.match(text, a1, end) is not None
    return any(_acts_on(act, text, a1, end) for act in acts)


def _acts_on(act: Act, text: str, a1: int, end: int) -> bool:
    """True when the phrase ending at ``a1`` is the subject of the act in the active voice, also as the second
    verb of its clause ("militiamen entered homes and shot residents")."""
    m = act.active.match(text, a1, end)
    if m is None:
        return act.coordinated is not None and act.coordinated.match(text, a1, end) is not None
    verb, aux = m.group("verb").lower(), m.group("aux")
    if _PASSIVE_AUX.search(aux) and not verb.endswith("ing"):
        return False  # "the journalist was arrested": the one it was done to
    if not aux:
        if verb.endswith("ing"):
            return False  # "slow killing": a noun, not a verb
        if _NOT_ACTIVE_NEXT.match(text, m.end()):
            return False  # "three soldiers killed in the ambush" (a reduced passive), "arbitrary arrests, ..."
    return True


def _drop_doers_from_victims(mention: Mention) -> None:
    """A phrase the wording makes a doer is no victim; the victim groups it carried stay on the event."""
    doers = [a.span for a in mention.perpetrators if a.span]
    kept = [v for v in mention.victims if not _overlaps(v.span, doers)]
    if len(kept) == len(mention.victims):
        return
    groups = sorted({g for v in mention.victims if v not in kept for g in v.groups})
    if groups and not kept:
        return  # the only victim phrase carries who was targeted ("an ethnic trader"): keep it
    for v in kept:
        v.groups = sorted(set(v.groups) | set(groups))
    mention.victims = kept


def _extend(roles: RoleLexicon, text: str, start: int, a0: int) -> int:
    """The start of the phrase with the modifiers before its head ("unidentified gunmen")."""
    left = roles.modifiers.search(text, max(start, a0 - 60), a0)
    return left.start() if left is not None else a0


def _overlaps(span: Span | None, spans: list[Span]) -> bool:
    return span is not None and any(s[0] < span[1] and span[0] < s[1] for s in spans)


def _distance(span: Span | None, target: Span) -> int:
    if span is None:
        return 1 << 30
    if span[1] <= target[0]:
        return target[0] - span[1]
    if span[0] >= target[1]:
        return span[0] - target[1]
    return 0
