"""Organisations named in a doer's phrase: the hands that did it and the organisation they belong to.

Reports name a perpetrator and its organisation in one phrase: "terrorists of the national liberation front
(nlf)", "nlf guerrillas", "the nlf's urban commandos", "guerrillas of the nlf", "FARC rebels". A monitor needs
both: the organisation is reported as a perpetrator of its own (its acronym where one is given), beside
the phrase of the hands.

An organisation is read where it is a listed name (``organisation_names`` of ``data/roles.yaml``), a name
ending in an organisation word ("... liberation front"), a name given with an acronym in brackets
("the workers self-defense (wsd)"), or, in capitalised text, an acronym ("FARC") or a capitalised name with an
organisation word ("the Atlacatl Battalion").
"""

from __future__ import annotations

import re

import vigil.extract.roles_wording as w
from vigil.extract.roles_lexicon import RoleLexicon

Org = tuple[int, int, str]  # start, end, kind

_OF = re.compile(r"\s+(?:of|from|belonging\s+to)\s+(?:the\s+)?(?:so-called\s+)?", re.IGNORECASE)
_OF_BEFORE = re.compile(
    r"\s+(?:of|from)\s+(?:the\s+)?(?:so-called\s+)?(?:(?:[\w'’.-]+\s+){1,8}\()?$", re.IGNORECASE
)  # "guerrillas of the nlf", "guerrillas of the national liberation front (nlf)"
_NAME_WORDS = re.compile(
    r"(?:(?!(?:the|of|a|an|by|and|or|in|on|at|to|from|with|that|which|who|said|were|was|is|are)\b)[\w'’.-]+[ -]){0,4}",
    re.IGNORECASE,
)
_BRACKETED = re.compile(
    r"(?:(?!(?:the|a|an|by|and|or|in|on|at|to|from|with|that|which|who|said|were|was|is|are)\b)[a-z][\w'’.-]*\s+)"
    r"{1,6}?\(([a-z][a-z0-9-]{1,9})\)",
    re.IGNORECASE,
)
_NAMED_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z0-9-]{1,9})\s+\(([^()]{3,60})\)\s+$", re.IGNORECASE)
_BRACKET_AFTER = re.compile(r"\s+\([^()]{3,60}\)\s+", re.IGNORECASE)
_ACRONYM_BEFORE = re.compile(r"\(([a-z][a-z0-9-]{1,9})\)(?:['’]s)?\s+$", re.IGNORECASE)
_CAPITAL_RUN = re.compile(r"(?-i:(?:[A-Z][\w'’.-]*)(?:\s+(?:(?:of|for|the|de|del|la|and)\s+)*[A-Z][\w'’.-]*){0,7})")
_CAPS = re.compile(r"(?-i:[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)?)\b")
_ORG_HEAD = re.compile(
    r"(?-i:\b(?:Front|Army|Movement|Forces|Command|Commandos?|Brigade|Battalion|Division|Party|Union|Alliance|"
    r"Cartel|Group|Organi[sz]ation|Board|Council|Coordinator|Resistance|Guard|Path|Unity|Militias?|Squads?)\b)"
)
_REBEL_WORD = re.compile(
    r"\b(?:liberation|revolutionary|popular|patriotic|guerrill?a|rebel|insurgent|people.s|resistance|front)\b",
    re.IGNORECASE,
)
_CARTEL = re.compile(r"\b(?:cartels?|mafias?|extraditables)\b", re.IGNORECASE)
_ARMED = {"police", "state_forces", "rebel_group", "identity_militia", "political_militia", "unknown"}


def _kind(lexicon: RoleLexicon, name: str) -> str:
    """An organisation's kind from its name: a rebel word, a cartel, else the first actor head in it."""
    if _REBEL_WORD.search(name):
        return "rebel_group"
    if _CARTEL.search(name):
        return "political_militia"
    for kind, heads in lexicon.actor_kinds:
        if heads.search(name):
            return kind
    return "unknown"


def _listed(lexicon: RoleLexicon, text: str, pos: int, end: int) -> Org | None:
    for kind, names in lexicon.organisation_names:
        m = names.match(text, pos, end)
        if m is not None:
            return m.start(), m.end(), kind
    return None


def organisation_at(lexicon: RoleLexicon, text: str, pos: int, end: int) -> Org | None:
    """The organisation whose name starts at ``pos`` (before ``end``), if one does."""
    found = _listed(lexicon, text, pos, end)
    if found is not None:
        return found
    named = _NAME_WORDS.match(text, pos, end)
    suffix = lexicon.organisations.match(text, named.end(), end) if named is not None else None
    if suffix is not None:  # "... national liberation front"
        return pos, suffix.end(), "rebel_group"
    bracketed = _BRACKETED.match(text, pos, end)
    if bracketed is not None:  # "the workers self-defense (wsd)"
        name = text[pos : bracketed.start(1) - 1].strip()
        kind = _kind(lexicon, name)
        return (pos, bracketed.end(), kind) if kind in _ARMED else None
    capital = _CAPITAL_RUN.match(text, pos, end)
    if capital is not None:
        name = capital.group()
        if _CAPS.fullmatch(name) or _ORG_HEAD.search(name):
            return pos, capital.end(), _kind(lexicon, name)
    return None


def reported(lexicon: RoleLexicon, text: str, org: Org) -> tuple[int, int]:
    """The span an organisation is reported by: the acronym given with its name, else the name."""
    o0, o1, _ = org
    inner = re.search(r"\(([a-z][a-z0-9-]{1,9})\)$", text[o0:o1], re.IGNORECASE)
    if inner is not None:
        return o0 + inner.start(1), o0 + inner.end(1)
    m = w.ACRONYM.match(text, o1)
    if m is not None and len(text[o0:o1].split()) >= 2:
        g = m.lastindex or 1
        if m.group(g).lower() not in lexicon.names.stop:
            return m.span(g)
    return o0, o1


def _ending_at(lexicon: RoleLexicon, text: str, start: int, stop: int) -> Org | None:
    """A listed organisation name (or capitalised acronym) that ends at ``stop``."""
    for kind, names in lexicon.organisation_names:
        for m in names.finditer(text, max(start, stop - 60), stop):
            if m.end() == stop:
                return m.start(), m.end(), kind
    caps = re.search(r"(?-i:\b[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)?)$", text[max(start, stop - 12) : stop])
    if caps is not None:
        return stop - len(caps.group()), stop, "unknown"
    return None


def organisations_of(lexicon: RoleLexicon, text: str, a0: int, a1: int, *, sentence: tuple[int, int]) -> list[Org]:
    """The organisations that the doer's phrase ``a0:a1`` names its members by: "nlf guerrillas", "FARC rebels",
    "the nlf's commandos", "guerrillas of the nlf", "terrorists of the national liberation front (nlf)"."""
    s0, s1 = sentence
    out: list[Org] = []
    head = _listed(lexicon, text, a0, a1)
    if head is None:
        caps = _CAPS.match(text, a0, a1)
        head = (a0, caps.end(), "unknown") if caps is not None else None
    if head is not None and head[1] < a1 and text[head[1]] in " -":  # "nlf guerrillas" as one phrase
        out.append(head)
    before = text[max(s0, a0 - 14) : a0]
    acronym = _ACRONYM_BEFORE.search(before)
    if acronym is not None:  # "national liberation front (nlf) guerrillas"
        b = a0 - len(before) + acronym.start(1)
        out.append((b, b + len(acronym.group(1)), "unknown"))
    elif (named := _NAMED_BEFORE.search(text, max(s0, a0 - 80), a0)) is not None:
        # "nlf (national liberation front) guerrillas": the acronym before the name in brackets
        if _listed(lexicon, text, *named.span(1)) is not None or lexicon.organisations.search(named.group(2)):
            out.append((named.start(1), named.end(1), "unknown"))
    else:
        stop = a0 - 1 if a0 > s0 and text[a0 - 1] == " " else a0
        possessive = re.search(r"['’]s?\s$", text[max(s0, a0 - 3) : a0])
        if possessive is not None:
            stop = a0 - len(possessive.group())
        org = _ending_at(lexicon, text, s0, stop) if stop < a0 else None
        if org is not None:
            out.append(org)
    of = _OF.match(text, a1, s1)
    if of is not None:
        org = organisation_at(lexicon, text, of.end(), s1)
        if org is not None:
            out.append(org)
    return [_with_kind(lexicon, text, o) for o in out]


def _with_kind(lexicon: RoleLexicon, text: str, org: Org) -> Org:
    """An acronym's kind from the listed names, else from the name it abbreviates, else a rebel group."""
    o0, o1, kind = org
    if kind != "unknown":
        return org
    listed = _listed(lexicon, text, o0, o1)
    if listed is not None and listed[1] == o1:
        return o0, o1, listed[2]
    name = text[max(0, o0 - 60) : o0]
    return o0, o1, _kind(lexicon, name) if lexicon.organisations.search(name) else "rebel_group"


def hands_of(lexicon: RoleLexicon, text: str, o0: int, *, sentence: tuple[int, int]) -> Org | None:
    """The members named right before an organisation that did it: "guerrillas" of "guerrillas of the nlf"."""
    s0, _ = sentence
    of = _OF_BEFORE.search(text, max(s0, o0 - 100), o0)
    if of is None:
        return None
    for m in lexicon.actors.finditer(text, max(s0, of.start() - 40), of.start()):
        if m.end() == of.start() and m.lastgroup in _ARMED:
            named = organisation_at(lexicon, text, m.start(), sentence[1])
            if named is not None and named[1] > of.start():
                return None  # "army of national liberation (anl)": the first word of the name, not its members
            left = lexicon.modifiers.search(text, max(s0, m.start() - 40), m.start())
            return (left.start() if left is not None else m.start()), m.end(), m.lastgroup or "unknown"
    return None


def inner_organisation(lexicon: RoleLexicon, text: str, a0: int, a1: int) -> Org | None:
    """A listed organisation that ends the phrase after words before it ("alleged nlf" -> "nlf")."""
    for kind, names in lexicon.organisation_names:
        for m in names.finditer(text, a0 + 1, a1):
            if m.end() == a1 and m.start() > a0:
                return m.start(), m.end(), kind
    return None


def name_begun(lexicon: RoleLexicon, text: str, a0: int, a1: int, *, kind: str, end: int) -> Org | None:
    """The organisation whose name the doer's phrase ``a0:a1`` (of ``kind``) only begins, where the name tells another
    kind of actor: "army" of "army of popular resistance (apr)" is a rebel group, not the state's army."""
    if _OF.match(text, a1, end) is None:
        return None
    org = organisation_at(lexicon, text, a0, end)
    if org is None or org[0] != a0 or org[1] <= a1 or org[2] == kind:
        return None
    return org


def organisation_end(lexicon: RoleLexicon, text: str, a1: int, end: int) -> int | None:
    """Where the organisation named right after a phrase ends ("gunmen of the nlf (acr)"), if one is."""
    of = _OF.match(text, a1, end)
    org = organisation_at(lexicon, text, of.end(), end) if of is not None else None
    if org is None:
        return None
    acronym = w.ACRONYM.match(text, org[1], end)
    return acronym.end() if acronym is not None and acronym.group(1) else org[1]


def hands_after(lexicon: RoleLexicon, text: str, o1: int, *, sentence: tuple[int, int]) -> Org | None:
    """The members named right after an organisation and its name in brackets: "cell" of "an nlf (national
    liberation front) cell"."""
    _, s1 = sentence
    bracket = _BRACKET_AFTER.match(text, o1, s1)
    if bracket is None:
        return None
    pos = bracket.end()
    left = lexicon.modifiers.match(text, pos, s1)
    for start in (pos, left.end() if left is not None else pos):
        m = lexicon.actors.match(text, start, s1)
        if m is not None and m.lastgroup in _ARMED:
            return pos, m.end(), m.lastgroup or "unknown"
    return None
