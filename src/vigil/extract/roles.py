"""Who did what to whom with what: roles of an event read from wording around its trigger.

Noun phrases are found with the head lexicon of ``data/roles.yaml`` (optionally preceded by modifiers
or capitalised names: "Houthi rebels", "unidentified gunmen"); their role follows from where they stand:
before the trigger (the doer) unless the clause is passive ("soldiers were killed"), after "by" (the
doer), otherwise after the trigger (the one it was done to). Actor ``kind`` comes from the head; the
normalised ``actor`` is left to the resolve stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from vigil.extract.lexicon import LexiconError, check_ids, compile_words, mapping, read_yaml, strings
from vigil.records import Actor, Item
from vigil.taxonomy import load_taxonomy

_FUNCTION_WORDS = (
    "On|In|At|The|A|An|And|But|Or|As|After|Before|During|When|While|Since|Last|This|That|These|Those|Some|Several|"
    "Many|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Thousands|Monday|Tuesday|Wednesday|Thursday|"
    "Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|"
    "Meanwhile|However|Also|Earlier|Later|Yesterday|Today|It|He|She|They|We|I|According|Reports|Local|Suspected|"
    "Armed|Unidentified|Unknown|Police|Security|Government|Army|Military|Rebel|Rebels"
)
_SPEECH = re.compile(
    r"\s*(?:,\s*)?(?:(?:also|have|has|had|later|then)\s+)?(?:said|say|says|told|reported|report|claimed|claim|claims|"
    r"stated|added|confirmed|announced|alleged|accused|denied|blamed|urged|called|warned|insisted|spokesm[ae]n)\b",
    re.IGNORECASE,
)
_PASSIVE = re.compile(
    r"^\s*(?:\S+\s+){0,4}?(?:were|was|are|is|been|being|got|get)\s+(?:\w+ly\s+)?(?:\w+\s+)?$", re.IGNORECASE
)
_BY = re.compile(r"\b(?:by|from)\s+(?:the\s+|a\s+|an\s+|suspected\s+|alleged\s+)?$", re.IGNORECASE)
_OBJECT_PREP = re.compile(
    r"\b(?:against|on|at|targeting|target|of|to|into|upon|among|including|killing|injuring|wounding)\s+"
    r"(?:the\s+|a\s+|an\s+|\d+\s+|[a-z]+\s+)?$",
    re.IGNORECASE,
)
_SIDES = re.compile(r"\b(?:with|against|between|and|from)\s+(?:the\s+)?$", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?$|\b(?:said|told)\s+(?:the\s+)?$", re.IGNORECASE)
_NAME = re.compile(r"(?-i:[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][a-z'’-]+){1,3})")
_NAME_STOP = re.compile(rf"^(?:{_FUNCTION_WORDS})\b")
_NAME_BEFORE = re.compile(r"^\s*(?:,[^,]{1,80},\s*)?(?:was|were|has been|had been|is)\s+(?:\w+\s+)?$")
_NAME_AFTER = re.compile(r"^\s*(?:\w+\s+)?$")

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


@dataclass(frozen=True, slots=True)
class RoleLexicon:
    actors: re.Pattern[str]
    modifiers: re.Pattern[str]
    kinds: tuple[str, ...]
    groups: tuple[tuple[str, re.Pattern[str]], ...]
    sentence_groups: tuple[tuple[str, re.Pattern[str]], ...]
    targets: re.Pattern[str]
    weapons: re.Pattern[str]


@dataclass(slots=True)
class Roles:
    perpetrators: list[Actor] = field(default_factory=list)
    victims: list[Actor] = field(default_factory=list)
    targets: list[Item] = field(default_factory=list)
    weapons: list[Item] = field(default_factory=list)


def _groups(text: str, table: tuple[tuple[str, re.Pattern[str]], ...]) -> list[str]:
    return [g for g, p in table if p.search(text)]


def _add(actors: list[Actor], actor: Actor, *, limit: int) -> None:
    if len(actors) < limit and all(a.span != actor.span and a.text.lower() != actor.text.lower() for a in actors):
        actors.append(actor)


def find_roles(
    lexicon: RoleLexicon, text: str, *, sentence: tuple[int, int], trigger: tuple[int, int], type: str
) -> Roles:
    """The roles of the event of ``type`` triggered at ``trigger`` in the sentence ``sentence``."""
    s0, s1 = sentence
    t0, t1 = trigger
    roles = Roles()
    context_groups = _groups(text[s0:s1], lexicon.sentence_groups)
    for m in lexicon.actors.finditer(text, s0, s1):
        kind = next(k for k in lexicon.kinds if m.group(k) is not None)
        a0, a1 = m.start(), m.end()
        left = lexicon.modifiers.search(text, max(s0, a0 - 60), a0)
        if left is not None:  # "unidentified gunmen", "Houthi rebels"
            a0 = left.start()
        before = text[max(s0, a0 - 40) : a0]
        if _ACCORDING.search(before) or (a1 <= t0 and _SPEECH.match(text, a1)):
            continue  # a source, not a participant
        phrase = text[a0:a1]
        actor = Actor(text=phrase, span=(a0, a1), kind=kind)
        by = _BY.search(before) is not None
        if a1 <= t0:
            between = text[a1:t0]
            passive = _PASSIVE.match(between) is not None
            doer = not passive and not _OBJECT_PREP.search(before)
        else:
            doer = by or (type in _BOTH_SIDES and kind in _ARMED | {"rioters"} and _SIDES.search(before) is not None)
        if kind == "civilians" or (kind in {"protesters"} and type not in _CROWD_DOERS):
            doer = by or (doer and type in _CROWD_DOERS)
        if kind == "rioters" and type not in _CROWD_DOERS and not by:
            doer = doer and type not in {"protest_with_intervention", "excessive_force_against_protesters"}
        if doer:
            _add(roles.perpetrators, actor, limit=4)
        elif type in _VIOLENT or type in {"arrests", "protest_with_intervention"}:
            actor.groups = sorted(set(_groups(phrase, lexicon.groups)) | set(context_groups))
            if kind == "civilians" or kind in _ARMED or type != "armed_clash":
                _add(roles.victims, actor, limit=6)
    _named_victims(text, sentence=sentence, trigger=trigger, type=type, roles=roles, groups=context_groups)
    if type in _VIOLENT:
        for m in lexicon.targets.finditer(text, s0, s1):
            if len(roles.targets) < 4 and not _inside(m.span(), roles):
                roles.targets.append(Item(text=m.group(), span=m.span()))
        for m in lexicon.weapons.finditer(text, s0, s1):
            if len(roles.weapons) < 4:
                roles.weapons.append(Item(text=m.group(), span=m.span()))
    if context_groups and not roles.victims and type in _VIOLENT:
        # The sentence says who was targeted without a victim phrase ("a church was torched"): keep the
        # group on an implicit victim anchored at the trigger.
        roles.victims.append(
            Actor(text=text[t0:t1], span=(t0, t1), kind="civilians", groups=sorted(set(context_groups)))
        )
    return roles


def _inside(span: tuple[int, int], roles: Roles) -> bool:
    return any(a.span and a.span[0] <= span[0] and span[1] <= a.span[1] for a in roles.perpetrators + roles.victims)


def _named_victims(
    text: str, *, sentence: tuple[int, int], trigger: tuple[int, int], type: str, roles: Roles, groups: list[str]
) -> None:
    """People named as victims: "Jane Doe was abducted", "police arrested John Roe"."""
    if type not in _VIOLENT and type != "arrests":
        return
    s0, s1 = sentence
    t0, t1 = trigger
    for m in _NAME.finditer(text, s0, s1):
        if _NAME_STOP.match(m.group()):
            continue
        if m.end() <= t0:
            ok = _NAME_BEFORE.match(text[m.end() : t0]) is not None
        elif m.start() >= t1:
            ok = _NAME_AFTER.match(text[t1 : m.start()]) is not None
        else:
            ok = False
        if ok and not _inside(m.span(), roles):
            _add(roles.victims, Actor(text=m.group(), span=m.span(), kind="civilians", groups=list(groups)), limit=6)


def _named(raw: object, known: tuple[str, ...], *, where: str, field: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for key, value in mapping(raw, where=where, field=field).items():
        check_ids([str(key)], known, where=where, field=f"{field}.{key}")
        out.append(
            (str(key), compile_words(strings(value, where=where, field=f"{field}.{key}"), where=where, field=field))
        )
    return tuple(out)


def parse_roles(data: object, *, where: str) -> RoleLexicon:
    top = mapping(data, where=where, field="(top level)")
    taxonomy = load_taxonomy()
    modifiers = "|".join(strings(top.get("modifiers"), where=where, field="modifiers"))
    raw_actors = mapping(top.get("actors"), where=where, field="actors")
    check_ids([str(k) for k in raw_actors], tuple(taxonomy.actor_kinds), where=where, field="actors")
    heads = []
    for kind, patterns in raw_actors.items():
        body = "|".join(strings(patterns, where=where, field=f"actors.{kind}"))
        heads.append(f"(?P<{kind}>{body})")
    capital = rf"(?!(?:{_FUNCTION_WORDS})\b)(?-i:[A-Z][\w'’.-]*)"
    try:
        actors = re.compile(rf"(?<![\w-])(?:{'|'.join(heads)})(?![\w-])", re.IGNORECASE)
        before = re.compile(rf"(?<![\w'’.-])(?:(?:{modifiers}|{capital})[\s-]+){{1,3}}$", re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(f"{where}: fields 'modifiers'/'actors' make a bad regular expression: {exc}") from exc
    known_groups = (*taxonomy.victim_groups, "communal")
    return RoleLexicon(
        actors=actors,
        modifiers=before,
        kinds=tuple(str(k) for k in raw_actors),
        groups=_named(top.get("groups"), known_groups, where=where, field="groups"),
        sentence_groups=_named(top.get("sentence_groups"), known_groups, where=where, field="sentence_groups"),
        targets=compile_words(strings(top.get("targets"), where=where, field="targets"), where=where, field="targets"),
        weapons=compile_words(strings(top.get("weapons"), where=where, field="weapons"), where=where, field="weapons"),
    )


def load_roles(path: Path | None = None) -> RoleLexicon:
    """The built-in role lexicon, or a user's file (same schema) read in its place."""
    data, where = read_yaml(path, builtin="roles.yaml")
    return parse_roles(data, where=where)
