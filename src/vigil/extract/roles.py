"""Who did what to whom with what: roles of an event read from wording around its trigger.

Noun phrases are found with the head lexicon of ``data/roles.yaml`` (optionally preceded by modifiers
or capitalised names: "Houthi rebels", "unidentified gunmen"). A phrase fills a role only where the
wording ties it to the trigger, so that a sentence's other actors stay out:

- the doer: the agent after "by" ("were kidnapped by rebels"), the one who claims or is blamed
  ("X claimed responsibility", "blamed on X", "attributed to X"), or the subject right before an
  active trigger ("rebels attacked"), or, in a clash, the subject and the one it was "with";
- the one it was done to: the object right after the trigger ("killed three farmers", "the murder of
  mayor juan perez"), or the subject of a passive trigger ("farmers were killed");
- targets: a building or vehicle the trigger acts on ("bombed a bank", "attack on the embassy",
  "set fire to two buses", "the bridge was dynamited"); weapons: those named in the sentence of a
  violent event, unless they were seized or found.

Targets and weapons are read in ``roles_items``, named victims in ``roles_victims`` (names of people in
``roles_names``), organisations a doer's phrase names in ``roles_orgs``, the lexicon in ``roles_lexicon``.
Doers are reported as written, with their count or group ("two individuals", "a group of armed men").

Organisation names given with an acronym ("the national liberation front (nlf)") are reported as the
acronym, the shortest form a reader (and a matcher) will meet again. Actor ``kind`` comes from the
head; the normalised ``actor`` is left to the resolve stage.
"""

from __future__ import annotations

import re

import vigil.extract.roles_wording as w
from vigil.extract.roles_anaphora import informative_doers
from vigil.extract.roles_base import Roles
from vigil.extract.roles_base import add_actor as _add
from vigil.extract.roles_base import inside as _inside
from vigil.extract.roles_base import matching_groups as _groups
from vigil.extract.roles_items import find_targets, find_weapons
from vigil.extract.roles_lexicon import RoleLexicon, load_roles, parse_roles
from vigil.extract.roles_names import capital_names
from vigil.extract.roles_orgs import (
    hands_after,
    hands_of,
    inner_organisation,
    name_begun,
    organisation_end,
    organisations_of,
    reported,
)
from vigil.extract.roles_victims import named_victims
from vigil.records import Actor

__all__ = ["RoleLexicon", "Roles", "find_roles", "load_roles", "parse_roles"]

_ARMED = {"police", "state_forces", "rebel_group", "identity_militia", "political_militia", "external", "unknown"}
_CROWD_DOERS = {"mob_violence", "violent_demonstration", "peaceful_protest", "looting_property_destruction"}
_BOTH_SIDES = {"armed_clash", "violent_demonstration"}
_VIOLENT = {
    "attack",
    "air_drone_strike",
    "shelling_artillery_missile_attack",
    "suicide_bomb",
    "remote_explosive_landmine_ied",
    "grenade",
    "chemical_weapon",
    "armed_clash",
    "mob_violence",
    "violent_demonstration",
    "looting_property_destruction",
    "excessive_force_against_protesters",
    "sexual_violence",
    "abduction_forced_disappearance",
}
_HARMFUL = {
    "arrests",
    "abduction_forced_disappearance",
    "excessive_force_against_protesters",
    "sexual_violence",
    "protest_with_intervention",
}
_FALLBACK_KINDS = {"police", "state_forces"}
_STATE_KINDS = {"police", "state_forces"}
_PEACEFUL = {"peaceful_protest", "agreement", "change_to_group_activity", "other"}
_TARGETED = _VIOLENT - {"armed_clash", "sexual_violence", "abduction_forced_disappearance"}
_ARMED_USE = _VIOLENT - {"sexual_violence", "abduction_forced_disappearance"}


def _acronym(text: str, a1: int, stop: frozenset[str]) -> re.Match[str] | None:
    """The acronym given right after a name, in brackets ("... front (nlf)") or between commas ("..., nlf,")."""
    m = w.ACRONYM.match(text, a1)
    if m is None or (m.group(2) is not None and m.group(2).lower() in stop):
        return None
    return m


def _short(text: str, a0: int, a1: int, stop: frozenset[str]) -> tuple[int, int]:
    """The acronym given right after a name of two words or more, else the phrase itself."""
    m = _acronym(text, a1, stop)
    if m is not None and len(text[a0:a1].split()) >= 2:
        return m.span(m.lastindex or 1)
    return a0, a1


def _coordinated(text: str, a0: int, roles: Roles) -> bool | None:
    """The role of the phrase this one is coordinated with ("soldiers and police", "six women and two men")."""
    for actors, role in ((roles.perpetrators, True), (roles.victims, False)):
        last = actors[-1].span if actors else None
        if last and 0 <= a0 - last[1] < 30 and w.COORD.fullmatch(text, last[1], a0):
            return role
    return None


def _is_doer(text: str, *, kind: str, type: str, a0: int, a1: int, t0: int, t1: int, s0: int) -> bool | None:
    """True when the wording makes the phrase the doer, False when the one it was done to, None when neither."""
    before = text[max(s0, a0 - 60) : a0]
    if w.COUNTER_BY.search(before):
        return None  # "the attack was repelled by the army", "reported by the police"
    if w.BY.search(before) or w.BLAMED.search(before) or w.RESPONSIBLE.match(text, a1):
        return True
    if a1 <= t0:
        between = text[a1:t0]
        charged = w.CHARGED.search(between)
        if charged is not None and charged.start() < 40 and not w.APPREHENDED.search(between, 0, charged.start()):
            return True  # "two men charged with the murder", not "police arrested two men charged with it"
        if w.PASSIVE.match(between) and not text[t0:t1].lower().endswith("ing"):
            return False if len(between) < 60 else None  # "farmers were killed"; not "the army is bombing"
        if w.SUBJECT_GAP.match(between) and (not w.OBJECT_PREP.search(before) or w.MEMBERS_OF.search(before)):
            return True
        if w.RELATIVE_SUBJECT.fullmatch(between) and not text[t0:t1].lower().endswith("ing"):
            return True  # "they pursued the armed group that killed five peasants"
        return None
    if a0 >= t1:
        between = text[t1:a0]
        if type in _BOTH_SIDES and kind in _ARMED and w.WITH.search(between) and len(between) < 40:
            return True
        if w.OBJECT_GAP.match(between):
            return False
    if w.HARMED_AFTER.search(text, max(s0, a0 - 60), a0) or w.HARMED_BEFORE.match(text, a1):
        return False
    return None


def find_roles(
    lexicon: RoleLexicon, text: str, *, sentence: tuple[int, int], trigger: tuple[int, int], type: str
) -> Roles:
    """The roles of the event of ``type`` triggered at ``trigger`` in the sentence ``sentence``."""
    s0, s1 = sentence
    t0, t1 = trigger
    roles = Roles()
    context_groups = _groups(text[s0:s1], lexicon.sentence_groups)
    found = _actor_matches(lexicon, text, s0, s1)
    candidates: list[tuple[int, int, str]] = []  # phrases that are no doer of the trigger
    for a0, a1, kind in found:
        head = a0
        left = lexicon.modifiers.search(text, max(s0, a0 - 60), a0)
        if left is not None:  # "unidentified gunmen", "Houthi rebels"
            a0 = left.start()
        before = text[max(s0, a0 - 40) : a0]
        if w.NEGATED.search(before):
            continue  # "no rebel group has claimed the attack": nobody is named
        told = w.SPEECH.match(text, a1) or w.REACTS.match(text, a1) or w.TOLD_AFTER_OF.match(text, a1, t0)
        if w.ACCORDING.search(before) or (a1 <= t0 and told and not w.RESPONSIBLE.match(text, a1)):
            continue  # a source, or one who reacts to the act ("the government deplored"), not a participant
        compound = w.COMPOUND.match(text, a1)
        if compound is not None and not (compound.group().startswith(("'", "’")) and 0 <= t0 - compound.end() < 20):
            continue  # a modifier of another noun ("police commander", "the rebels' radio"), not an actor
        if _modifies_noun(lexicon, text, a1):
            continue  # "government vehicles", "military patrol car", "the government army"
        end = _subject_end(lexicon, text, a1, t0, kind=kind)
        doer = _is_doer(text, kind=kind, type=type, a0=a0, a1=end, t0=t0, t1=t1, s0=s0)
        if doer is None:
            doer = _coordinated(text, a0, roles)
        if doer is None and roles.victims and w.AMONG.search(before):
            doer = False  # "killing 12 civilians, including children"
        if doer and kind in {"civilians", "protesters"} and type not in _CROWD_DOERS:
            doer = w.BY.search(before) is not None or w.CHARGED.search(text[a1:t0]) is not None
            # "two men shot the guard": men as the subject of an act of violence
            men = w.MEN.fullmatch(text, a0, a1) is not None
            if not doer and men and type != "armed_clash" and w.ACTIVE_HARM.match(text, t0, t1) is not None:
                doer = w.NO_OBJECT.match(text, t1) is None or w.NOT_PARTICIPLE.fullmatch(text, t0, t1) is not None
            kind = "unknown" if doer and men else kind  # men who did it are no civilians
            doer = doer or None
        if kind == "rioters" and type in {"protest_with_intervention", "excessive_force_against_protesters"}:
            doer = False if doer and not w.BY.search(before) else doer
        if doer:
            _add(roles.perpetrators, _doer(lexicon, text, a0, a1, kind=kind, s0=s0), limit=4)
            continue
        candidates.append((a0, a1, kind))
        if doer is False and (type in _VIOLENT or type in {"arrests", "protest_with_intervention"}):
            phrase = text[a0:a1]
            if w.NOT_VICTIMS.match(phrase):
                continue
            groups = sorted(set(_groups(phrase, lexicon.groups)) | set(context_groups))
            if kind == "civilians" or kind in _ARMED or type != "armed_clash":
                # "six jesuit priests", "ten labor leaders": the victims with the words that say who they were
                v0 = min(a0, _victim_start(lexicon, text, head, s0))
                phrase = text[v0:a1]
                groups = sorted(set(_groups(phrase, lexicon.groups)) | set(context_groups))
                _add(roles.victims, Actor(text=phrase, span=(v0, a1), kind=kind, groups=groups), limit=6)
    _verb_doers(lexicon, text, candidates, sentence=sentence, trigger=trigger, type=type, roles=roles)
    if type in _VIOLENT or type in _HARMFUL:
        _named_doers(lexicon, text, sentence=sentence, trigger=trigger, roles=roles)
    if not roles.perpetrators and type in _HARMFUL:
        kinds = _FALLBACK_KINDS | (_ARMED if type == "abduction_forced_disappearance" else set())
        _fallback_doers(lexicon, found, text, sentence=sentence, roles=roles, kinds=kinds)
    _organisation_doers(lexicon, text, sentence=sentence, roles=roles)
    if type in _TARGETED:
        taken = [a.span for a in roles.perpetrators + roles.victims if a.span]
        roles.targets = find_targets(
            text,
            heads=lexicon.targets,
            modifiers=lexicon.target_modifiers,
            sentence=sentence,
            trigger=trigger,
            taken=taken,
        )
    if type in _VIOLENT or type == "arrests":
        detained = type in {"arrests", "abduction_forced_disappearance"}
        named_victims(
            lexicon, text, sentence=sentence, trigger=trigger, roles=roles, groups=context_groups, detained=detained
        )
    if type in _ARMED_USE:
        roles.weapons = find_weapons(text, heads=lexicon.weapons, sentence=sentence)
    roles.perpetrators = informative_doers(lexicon, roles.perpetrators)  # "the killers" beside "the fmln"
    _add_patrons(lexicon, text, roles.perpetrators, t0=trigger[0])
    if context_groups and not roles.victims and type in _VIOLENT:
        # The sentence says who was targeted without a victim phrase ("a church was torched"): keep the
        # group on an unnamed victim (no text of its own: the trigger's words name no one).
        roles.victims.append(Actor(text="", span=None, kind="civilians", groups=sorted(set(context_groups))))
    return roles


def _victim_start(lexicon: RoleLexicon, text: str, head: int, s0: int) -> int:
    """Where a victim's phrase starts, its head at ``head``: before the words that tell the victims' calling, faith
    or side ("jesuit priests", "labor leaders", "leftist politicians")."""
    left = lexicon.victim_modifiers.search(text, max(s0, head - 60), head)
    return left.start() if left is not None else head


def _doer(lexicon: RoleLexicon, text: str, a0: int, a1: int, *, kind: str, s0: int) -> Actor:
    """A doer's phrase: its acronym, or the phrase with the count or group it is given in ("two individuals",
    "a group of armed men"), how it came and what it wore ("men on a motorcycle", "men wearing military uniforms"),
    as written."""
    s, e = _short(text, a0, a1, lexicon.names.stop)
    plural = (s, e) == (a0, a1) and text[a1 - 3 : a1].lower().endswith(("s", "men", "ople"))
    lead = w.GROUP_LEAD.search(text, max(s0, a0 - 50), a0) if plural else None
    if lead is not None and lead.group(1):
        s = lead.start(1)
    for extra in (w.RIDING, w.WEARING):
        m = extra.match(text, e)
        if m is not None and not text[e:].startswith(","):
            e = m.end() - (1 if m.group().endswith(",") else 0)
    return Actor(text=text[s:e], span=(s, e), kind=kind)


def _add_patrons(lexicon: RoleLexicon, text: str, doers: list[Actor], *, t0: int) -> None:
    """In place: the backers named right after each doer's phrase ("militias loyal to the president")."""
    for doer in doers:
        if doer.backers or doer.span is None or doer.kind == "civilians":
            continue
        a1 = doer.span[1]
        end = _patron_end(lexicon, text, a1, t0 if a1 <= t0 else None)
        if end is not None:
            doer.backers = _patrons(text, a1, end)


def _patrons(text: str, a1: int, end: int) -> list[Actor]:
    """Whom the doers act for, named between their phrase and the act: "militias loyal to the president",
    "forces loyal to the governor, backed by foreign troops"."""
    out = []
    connectors = list(w.PATRON.finditer(text, a1, end))
    for n, m in enumerate(connectors):
        stop = connectors[n + 1].start() if n + 1 < len(connectors) else end
        name = text[m.end() : stop].rstrip().rstrip(",").rstrip()
        if name:
            out.append(Actor(text=name, span=(m.end(), m.end() + len(name)), kind="unknown"))
    return out


def _subject_end(lexicon: RoleLexicon, text: str, a1: int, t0: int, *, kind: str) -> int:
    """Where the subject whose head ends at ``a1`` ends before a verb at ``t0``: after the acronym given with it,
    the organisation it is of ("gunmen of the nlf killed"), or the unit it is from, right before the verb ("a
    soldier from the third detachment fired")."""
    acronym = _acronym(text, a1, lexicon.names.stop)
    if acronym is not None and acronym.end() <= t0:
        return acronym.end()
    if a1 > t0:  # the doer is the trigger ("gunmen"): whom it acts for ends at its act
        return (_patron_end(lexicon, text, a1, None) if kind != "civilians" else None) or a1
    riding = w.RIDING.match(text, a1, t0)  # "two men in a car opened fire" (whether men did it is read later)
    if riding is not None and w.VERB_NEXT.fullmatch(text, riding.end(), t0):
        return riding.end()
    patron = _patron_end(lexicon, text, a1, t0) if kind != "civilians" else None
    if patron is not None:  # "militias loyal to the president killed", "gunmen backed by the army"
        return patron
    if kind not in _ARMED:
        return a1
    org_end = organisation_end(lexicon, text, a1, t0)
    if org_end is not None:
        return org_end
    unit = w.ATTACHED.match(text, a1, t0)
    if unit is not None:
        for word in w.UNIT_WORD.finditer(text, unit.end(), min(t0, unit.end() + 60)):
            if w.VERB_NEXT.fullmatch(text, word.end(), t0):
                return word.end()
            if w.UNIT_STOP.fullmatch(word.group()):
                break
    return a1


def _patron_end(lexicon: RoleLexicon, text: str, a1: int, t0: int | None) -> int | None:
    """Where the one a doer acts for, named right after its phrase ("loyal to the president"), ends: at the verb
    ``t0``, or (``t0`` None) before the first active verb of violence within six words."""
    patron = w.PATRON.match(text, a1, a1 + 160)
    if patron is None:
        return None
    if t0 is not None:
        return t0 if t0 > patron.end() and w.PATRON_NAME.fullmatch(text, patron.end(), t0) else None
    pos = patron.end()
    for _ in range(6):
        word = w.PATRON_WORD.match(text, pos)
        if word is None:
            return None
        pos = word.end()
        if lexicon.doer_verbs.match(text, pos):
            return pos
    return None


def with_organisations(
    lexicon: RoleLexicon, text: str, doers: list[Actor], *, sentence: tuple[int, int], victims: list[Actor]
) -> list[Actor]:
    """``doers`` (phrases of the sentence ``sentence``) with the organisations their phrases name their members
    by, as perpetrators of their own ("fmln guerrillas": the guerrillas and the fmln)."""
    roles = Roles(perpetrators=list(doers), victims=list(victims))
    _organisation_doers(lexicon, text, sentence=sentence, roles=roles)
    return roles.perpetrators


def _organisation_doers(lexicon: RoleLexicon, text: str, *, sentence: tuple[int, int], roles: Roles) -> None:
    """The organisation a doer's phrase names its members by ("terrorists of the nlf", "nlf guerrillas") as a
    perpetrator of its own, and the members named before an organisation that did it ("guerrillas of the nlf")."""
    reported_already: list[Actor] = []
    for i, p in enumerate(list(roles.perpetrators)):
        if p.span is None:
            continue
        a0, a1 = p.span
        inner = inner_organisation(lexicon, text, a0, a1)
        if inner is not None:  # "alleged nlf": the organisation, less the words before its name
            p = roles.perpetrators[i] = Actor(text=text[inner[0] : a1], span=(inner[0], a1), kind=inner[2])
            a0 = inner[0]
        begun = name_begun(lexicon, text, a0, a1, kind=p.kind, end=sentence[1])
        if begun is not None:  # "the army of popular resistance (apr)": the organisation, by its acronym
            o0, o1 = reported(lexicon, text, begun)
            if any(x.span == (o0, o1) for x in roles.perpetrators):
                reported_already.append(p)
                continue
            p = roles.perpetrators[i] = Actor(text=text[o0:o1], span=(o0, o1), kind=begun[2])
            a0, a1 = o0, o1
        members = w.MEMBERS_AFTER.match(text, a1, sentence[1])
        if members is not None and any(o == (a0, a1) for o in _listed_spans(lexicon, text, a0, a1)):
            # "150 nlf members": the members are the hands, the organisation is named by itself
            _add(roles.perpetrators, _doer(lexicon, text, a0, members.end(), kind=p.kind, s0=sentence[0]), limit=6)
        for org in organisations_of(lexicon, text, a0, a1, sentence=sentence):
            if org[1] <= a0 and p.kind in _STATE_KINDS and org[2] not in _STATE_KINDS | {"unknown"}:
                p.kind = org[2]  # "fmln forces", "the nlf's units": the organisation's forces, not the state's
            o0, o1 = reported(lexicon, text, org)
            others = [x.span for x in roles.perpetrators + roles.victims if x.span and x is not p]
            if (o0, o1) == p.span or any(x[0] < o1 and o0 < x[1] for x in others):
                continue
            _add(roles.perpetrators, Actor(text=text[o0:o1], span=(o0, o1), kind=org[2]), limit=6)
        hands = hands_of(lexicon, text, a0, sentence=sentence) or hands_after(lexicon, text, a1, sentence=sentence)
        if hands is None or any(x.span and x.span[0] < hands[1] and hands[0] < x.span[1] for x in roles.victims):
            continue
        if not any(x.span and x.span[0] <= hands[0] and hands[1] <= x.span[1] for x in roles.perpetrators):
            actor = _doer(lexicon, text, hands[0], hands[1], kind=hands[2], s0=sentence[0])
            _add(roles.perpetrators, actor, limit=6)
    roles.perpetrators = [x for x in roles.perpetrators if all(x is not r for r in reported_already)]


def _listed_spans(lexicon: RoleLexicon, text: str, a0: int, a1: int) -> list[tuple[int, int]]:
    return [m.span() for _, names in lexicon.organisation_names if (m := names.fullmatch(text, a0, a1)) is not None]


def _verb_doers(
    lexicon: RoleLexicon,
    text: str,
    candidates: list[tuple[int, int, str]],
    *,
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    type: str,
    roles: Roles,
) -> None:
    """Armed actors that are the subject of another violent verb of the sentence ("heavy fighting raged when
    members of the front attacked a substation"): the sentence tells one event, they did it. Those that keep
    people from leaving ("militias on the ground are preventing families from leaving") are doers whatever
    the event."""
    s0, s1 = sentence
    t0, t1 = trigger
    if not candidates:
        return
    verbs = [(v.span(), True) for v in lexicon.blocking_verbs.finditer(text, s0, s1)]
    if type not in _PEACEFUL:
        verbs += [(v.span(), False) for v in lexicon.doer_verbs.finditer(text, s0, s1)]
    for (v0, v1), blocking in verbs:
        if v0 < t1 and t0 < v1:
            continue
        for a0, a1, kind in candidates:
            if kind not in _ARMED and (blocking or w.MEN.fullmatch(text, a0, a1) is None):
                continue
            kind = kind if kind in _ARMED else "unknown"  # "two men on a motorcycle threw a bomb"
            end = _subject_end(lexicon, text, a1, v0, kind=kind)
            if end > v0 or v0 - end > 60 or _inside((a0, a1), roles):
                continue
            if any(x.span and x.span[0] <= a0 < x.span[1] for x in roles.victims):
                continue
            located = blocking and w.LOCATED_SUBJECT.fullmatch(text, end, v0) is not None
            if located or _is_doer(text, kind=kind, type=type, a0=a0, a1=end, t0=v0, t1=v1, s0=s0):
                _add(roles.perpetrators, _doer(lexicon, text, a0, a1, kind=kind, s0=s0), limit=4)


def _actor_matches(lexicon: RoleLexicon, text: str, s0: int, s1: int) -> list[tuple[int, int, str]]:
    """Actor heads of the sentence and organisation names found by their last words, in text order."""
    out = []
    pos = s0
    while (m := lexicon.actor_starts.search(text, pos, s1)) is not None:
        # the same matches as ``lexicon.actors.finditer``: the first kind whose heads match at the start
        pos = m.start() + 1
        for kind, heads in lexicon.actor_kinds:
            h = heads.match(text, m.start(), s1)
            if h is not None and h.end() > h.start():
                out.append((h.start(), h.end(), kind))
                pos = h.end()
                break
    for m in lexicon.organisations.finditer(text, s0, s1):
        head = w.ORG_WORDS.search(text, max(s0, m.start() - 50), m.start())
        o0 = head.start() if head is not None else m.start()
        if head is not None:  # the name wins over the heads inside it ("... liberation army")
            out = [x for x in out if not (o0 <= x[0] and x[1] <= m.end())]
            out.append((o0, m.end(), "rebel_group"))
    return sorted(out)


def _named_doers(
    lexicon: RoleLexicon, text: str, *, sentence: tuple[int, int], trigger: tuple[int, int], roles: Roles
) -> None:
    """Capitalised names as doers: "arrested by the State Security Service", "Veldania detained the editor"."""
    s0, s1 = sentence
    t0, t1 = trigger
    for n0, n1 in capital_names(text, s0, s1, lexicon.names):
        if _inside((n0, n1), roles) or any(p.span and p.span[0] < n1 and n0 < p.span[1] for p in roles.perpetrators):
            continue
        if n0 >= t1:
            ok = w.BY_AFTER_TRIGGER.fullmatch(text, t1, n0) is not None
        elif n1 <= t0:
            between = text[n1:t0]
            ok = (
                w.SUBJECT_GAP.match(between) is not None
                and not w.PASSIVE.match(between)
                and not w.SPEECH.match(text, n1)
                and not w.OBJECT_PREP.search(text, max(s0, n0 - 40), n0)
            )
        else:
            ok = False
        if ok:
            s, e = _short(text, n0, n1, lexicon.names.stop)
            kind = (
                "police"
                if w.POLICE_NAME.search(text, n0, n1)
                else "state_forces"
                if w.STATE_NAME.search(text, n0, n1)
                else "unknown"
            )
            _add(roles.perpetrators, Actor(text=text[s:e], span=(s, e), kind=kind), limit=4)


def _fallback_doers(
    lexicon: RoleLexicon,
    found: list[tuple[int, int, str]],
    text: str,
    *,
    sentence: tuple[int, int],
    roles: Roles,
    kinds: set[str],
) -> None:
    """With no doer tied to the trigger, a state or armed actor the sentence names as no victim, no source, no
    addressee or owner ("his government", "handed over to the authorities") and not as reacting to the act
    ("the government deplored", "troops rescued")."""
    s0, _ = sentence
    for a0, a1, kind in found:
        if kind not in kinds or _inside((a0, a1), roles) or w.COMPOUND.match(text, a1):
            continue
        if _modifies_noun(lexicon, text, a1):
            continue  # "army" of "army troops": the troops are the actor
        before = text[max(s0, a0 - 40) : a0]
        if w.ACCORDING.search(before) or w.SPEECH.match(text, a1) or w.OBJECT_PREP.search(before):
            continue
        if w.HARMED_BEFORE.match(text, a1) or w.HARMED_AFTER.search(before):
            continue
        if w.COUNTER_BY.search(before) or w.HELD_BY.search(before) or w.REACTS.match(text, a1):
            continue  # "reports received by the police", "his government", "the army rescued them"
        _add(roles.perpetrators, Actor(text=text[a0:a1], span=(a0, a1), kind=kind), limit=2)


def _modifies_noun(lexicon: RoleLexicon, text: str, a1: int) -> bool:
    """The phrase ending at ``a1`` stands before a target (or, for words used as adjectives, before another
    actor head), which it modifies."""
    if a1 >= len(text) or text[a1] != " ":
        return False
    if lexicon.targets.match(text, a1 + 1) is not None:
        return w.CRAFT.match(text, a1 + 1) is None  # "bombed by air force helicopters": the force did it
    word = text[max(0, a1 - 20) : a1].split()[-1]
    singular = lexicon.actors.fullmatch(word + "s") is not None  # "maoist" of "maoist shining path guerrillas"
    adjective = singular or w.ADJECTIVAL.search(text, max(0, a1 - 12), a1) is not None
    return adjective and lexicon.actors.match(text, a1 + 1) is not None
