"""People named as the victims of an event ("Jane Doe was abducted", "the murder of mayor juan perez"), and
groups whose members are named ("six priests, including ana ruiz") read as the names' description."""

from __future__ import annotations

import vigil.extract.roles_wording as w
from vigil.extract.roles_base import Roles, add_actor, inside, matching_groups
from vigil.extract.roles_lexicon import RoleLexicon
from vigil.extract.roles_names import (
    capital_names,
    fullest_name,
    harmed_names,
    included_names,
    listed_names,
    named_after,
    names_in_next_sentence,
    owner_name,
    titled_names,
    without_titles,
)
from vigil.records import Actor

# every person a report names as harmed is listed (a list of the dead can be long); phrases stay capped lower
_NAMED_LIMIT = 24


def named_victims(
    lexicon: RoleLexicon,
    text: str,
    *,
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    roles: Roles,
    groups: list[str],
    detained: bool = False,
) -> None:
    """People named as victims: "Jane Doe was abducted", "the murder of mayor juan perez"; with ``detained`` (an
    arrest or an abduction), also "the capture of juan perez"."""
    s0, s1 = sentence
    t0, t1 = trigger
    titled = titled_names(text, s0, s1, lexicon.names)
    # "the jesuit priests ana ruiz, juan gil and luis perez": the names listed after a titled one are read too (they
    # are victims only where the first one is)
    follows: dict[tuple[int, int], tuple[int, int]] = {}  # a listed name -> the name before it
    for n in titled:
        for x in listed_names(text, *n, s1, lexicon.names):
            follows.setdefault(x, n)
            n = x
    spans = capital_names(text, s0, s1, lexicon.names) + titled + list(follows)
    harmed = set()
    for n0, n1 in harmed_names(text, s0, s1, lexicon.names, detained=detained):
        phrase = text[n0:n1]
        if not (lexicon.actors.search(phrase) or lexicon.targets.search(phrase) or lexicon.weapons.search(phrase)):
            harmed.add(without_titles(text, n0, n1, lexicon.names))
    # "six priests were killed, including ana ruiz"; "the murder of six priests, including ana ruiz"
    harmed.update(n for n in included_names(text, s0, s1, lexicon.names) if roles.victims or t1 <= n[0])
    for n, first in follows.items():  # one list, one fate: "priests ana ruiz, luis gil and juan soto were killed"
        chain = {n, first}
        while first in follows:
            first = follows[first]
            chain.add(first)
        if chain & harmed:
            harmed.update(chain)
    for item in roles.targets:  # "the attack on the home of mayor ana ruiz": the owner was targeted
        owner = owner_name(text, *item.span, lexicon.names) if item.span else None
        if owner is not None:
            harmed.add(owner)
    for v in list(roles.victims):  # "soldiers killed two reporters, ana ruiz and juan gil"
        if v.span is not None and v.kind == "civilians":
            harmed.update(named_after(text, v.span[1], s1, lexicon.names))
    spans.extend(harmed)
    accepted: list[tuple[int, int]] = []
    names: list[Actor] = []
    for n0, n1 in sorted(set(spans)):
        if n1 <= t0:
            between = text[n1:t0]
            ok = w.NAME_BEFORE.match(between) is not None
        elif n0 >= t1:
            between = text[t1:n0]
            ok = w.OBJECT_GAP.match(between) is not None and len(between) < 50
        else:
            ok = False
        ok = (
            ok
            or (n0, n1) in harmed
            or w.HARMED_AFTER.search(text, max(s0, n0 - 60), n0) is not None
            or w.HARMED_TITLED.search(text, max(s0, n0 - 120), n0) is not None
            or w.HARMED_BEFORE.match(text, n1) is not None
            or follows.get((n0, n1)) in accepted
            or any(0 < n0 - a1 < 60 and w.LISTED.fullmatch(text, a1, n0) for _, a1 in accepted)
            or any(
                v.span and 0 <= v.span[0] - n1 < 30 and w.COORD.fullmatch(text, n1, v.span[0]) for v in roles.victims
            )
        )
        if ok:
            accepted.append((n0, n1))
        if ok and not inside((n0, n1), roles):
            # a title read as a victim ("mayor" of "mayor juan perez") gives way to the name
            roles.victims[:] = [
                v for v in roles.victims if not (v.span and 0 <= n0 - v.span[1] <= 2 and v.span not in accepted)
            ]
            actor = Actor(text=text[n0:n1], span=(n0, n1), kind="civilians", groups=list(groups))
            add_actor(roles.victims, actor, limit=_NAMED_LIMIT)
            names.append(actor)
    for n0, n1 in names_in_next_sentence(text, s1, lexicon.names):
        # "the victims were identified as ..." right after the sentence of the act: its victims' names
        add_actor(
            roles.victims,
            Actor(text=text[n0:n1], span=(n0, n1), kind="civilians", groups=list(groups)),
            limit=_NAMED_LIMIT,
        )
    _described_victims(lexicon, text, roles)
    _fullest_names(lexicon, text, [v for v in names if v in roles.victims], roles)


def _fullest_names(lexicon: RoleLexicon, text: str, names: list[Actor], roles: Roles) -> None:
    """One person, one filler: a named victim is reported by the fullest form of the name the document gives
    ("ruiz perez" by "jose antonio ruiz perez"), with the span of that form."""
    for v in names:
        if v.span is None:
            continue
        f0, f1 = fullest_name(text, *v.span, lexicon.names)
        if (f0, f1) != v.span:
            v.text, v.span = text[f0:f1], (f0, f1)
    seen: set[str] = set()
    kept = []
    for v in roles.victims:
        if v.text and v.text.lower() in seen:
            continue  # the same person under the short and the full form
        seen.add(v.text.lower())
        kept.append(v)
    roles.victims[:] = kept


def _described_victims(lexicon: RoleLexicon, text: str, roles: Roles) -> None:
    """A group whose members are named right after it ("six priests, including ana ruiz and juan gil") is the
    named victims' description, not a victim of its own: its groups go to the names."""
    for v in list(roles.victims):
        if v.span is None or v.kind != "civilians" or lexicon.actors.search(v.text) is None:
            continue  # a name itself, or no phrase
        people = [x for x in roles.victims if x.span and lexicon.actors.search(x.text) is None]  # names only
        if any(x.span and w.APPOSED_TITLE.fullmatch(text, x.span[1], v.span[0]) for x in people):
            roles.victims.remove(v)  # "juan gil, the mayor of the town": the name's description
            continue
        m = w.DESCRIBED.match(text, v.span[1])
        if m is None:
            continue
        named: list[Actor] = []
        pos = m.end()
        for x in sorted(people, key=lambda x: x.span or (0, 0)):
            gap = w.LISTED_NEXT if named else w.TITLE_GAP
            if x.span and x.span[0] >= pos and gap.fullmatch(text, pos, x.span[0]):
                named.append(x)
                pos = x.span[1]
        if named:
            roles.victims.remove(v)
            extra = matching_groups(text[v.span[0] : v.span[1]], lexicon.groups) + v.groups
            for x in named:
                x.groups = sorted(set(x.groups) | set(extra))
