"""The organisation that doers named only by what its members are belong to ("the guerrillas", "the rebels").

A report names an armed organisation once ("the national liberation front (nlf) said ...", "nlf guerrillas
attacked ...") and then tells of "the guerrillas" or "the rebels". A monitor wants the organisation reported as a
perpetrator of its own, beside the hands, as it is where the phrase names it ("nlf guerrillas", roles_orgs.py).

A doer that matches ``member_words`` of ``data/roles.yaml`` whole, in an event that names no organisation among its
doers, is joined by the organisation of that kind which the document names, when the document names exactly one
organisation of that kind (a name and the acronym given with it, "national liberation front (nlf)", are one), or
one of several right before the doer (``_NEAR``). Otherwise which one "the rebels" were is not ours to guess.
"""

from __future__ import annotations

from vigil.extract.roles_lexicon import RoleLexicon
from vigil.extract.roles_orgs import reported
from vigil.records import Actor, Mention

_NEAR = 300  # characters: an organisation named this shortly before "the rebels" is theirs, of several named
_Named = tuple[int, int, str]  # start, end, the organisation's key (its acronym where one is given)


def named_organisations(lexicon: RoleLexicon, text: str) -> dict[str, list[_Named]]:
    """Kind -> the listed organisations ``text`` names, in order, each under one key for its name and acronym."""
    out: dict[str, list[_Named]] = {}
    for kind, names in lexicon.organisation_names:
        alias: dict[str, str] = {}
        found: list[_Named] = []
        for m in names.finditer(text):
            r0, r1 = reported(lexicon, text, (m.start(), m.end(), kind))
            name, shown = m.group().lower(), text[r0:r1].lower()
            if shown != name:
                alias[name] = shown
            if not found or found[-1][:2] != (r0, r1):  # the acronym in "name (acronym)" is matched twice
                found.append((r0, r1, shown))
        if found:
            out[kind] = [(r0, r1, alias.get(key, key)) for r0, r1, key in found]
    return out


def _member_kind(lexicon: RoleLexicon, actor: Actor) -> str | None:
    phrase = actor.text.strip()
    for kind, words in lexicon.member_words:
        if words.fullmatch(phrase) is not None:
            return kind
    return None


def _names_organisation(lexicon: RoleLexicon, actor: Actor) -> bool:
    return any(names.search(actor.text) is not None for _, names in lexicon.organisation_names)


def add_affiliations(lexicon: RoleLexicon, text: str, mentions: list[Mention]) -> None:
    """In place: beside each doer named by what members are, the one organisation of its kind the document names
    (its mention nearest before the doer, else the first after it)."""
    wanting = [
        m for m in mentions if m.perpetrators and not any(_names_organisation(lexicon, a) for a in m.perpetrators)
    ]
    if not wanting:
        return
    named: dict[str, list[_Named]] | None = None
    for mention in wanting:
        for actor in list(mention.perpetrators):
            kind = _member_kind(lexicon, actor)
            if kind is None or actor.span is None:
                continue
            if named is None:
                named = named_organisations(lexicon, text)
            found = named.get(kind, [])
            before = [o for o in found if o[1] <= actor.span[0]]
            if len({key for _, _, key in found}) == 1:
                o0, o1, _ = before[-1] if before else found[0]
            elif before and actor.span[0] - before[-1][1] <= _NEAR:
                o0, o1, _ = before[-1]
            else:
                continue
            mention.perpetrators.append(Actor(text=text[o0:o1], span=(o0, o1), kind=kind))
            break
