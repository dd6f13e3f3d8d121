"""The role lexicon: actor heads and kinds, modifiers, victim groups, targets, weapons and verbs, read from
``data/roles.yaml`` (or a user's file of the same schema)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import vigil.extract.roles_wording as w
from vigil.extract.lexicon import LexiconError, check_ids, compile_words, mapping, read_yaml, strings
from vigil.extract.roles_names import NameLexicon, load_names
from vigil.taxonomy import load_taxonomy


@dataclass(frozen=True, slots=True)
class RoleLexicon:
    actors: re.Pattern[str]
    actor_starts: re.Pattern[str]  # where any actor head may start (first-character dispatch; see actor_at)
    actor_kinds: tuple[tuple[str, re.Pattern[str]], ...]  # each kind's heads, tried in order at such a start
    modifiers: re.Pattern[str]
    victim_modifiers: re.Pattern[str]  # the modifiers and the words that tell a victim's calling or faith
    kinds: tuple[str, ...]
    groups: tuple[tuple[str, re.Pattern[str]], ...]
    sentence_groups: tuple[tuple[str, re.Pattern[str]], ...]
    organisations: re.Pattern[str]
    organisation_names: tuple[tuple[str, re.Pattern[str]], ...]  # kind -> names of armed organisations
    targets: re.Pattern[str]
    target_modifiers: re.Pattern[str]
    weapons: re.Pattern[str]
    doer_verbs: re.Pattern[str]
    blocking_verbs: re.Pattern[str]
    anaphoric_doers: re.Pattern[str]  # doers named by their act alone ("the murderers"), matched whole
    member_words: tuple[tuple[str, re.Pattern[str]], ...]  # kind -> doers named by what members are ("guerrillas")
    names: NameLexicon


def _named(raw: object, known: tuple[str, ...], *, where: str, field: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for key, value in mapping(raw, where=where, field=field).items():
        check_ids([str(key)], known, where=where, field=f"{field}.{key}")
        out.append(
            (str(key), compile_words(strings(value, where=where, field=f"{field}.{key}"), where=where, field=field))
        )
    return tuple(out)


def _members(raw: object, known: tuple[str, ...], *, where: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``member_words``: kind -> a pattern matched against a whole doer phrase, with up to three words before the
    member word ("the unidentified urban guerrillas")."""
    out = []
    for key, value in mapping(raw or {}, where=where, field="member_words").items():
        check_ids([str(key)], known, where=where, field=f"member_words.{key}")
        body = "|".join(strings(value, where=where, field=f"member_words.{key}"))
        try:
            out.append((str(key), re.compile(rf"(?:[\w'’.-]+\s+){{0,3}}?(?:{body})", re.IGNORECASE)))
        except re.error as exc:
            raise LexiconError(f"{where}: field 'member_words.{key}' makes a bad regular expression: {exc}") from exc
    return tuple(out)


def _before(patterns: list[str], *, where: str, field: str, capital: bool) -> re.Pattern[str]:
    body = "|".join(patterns)
    extra = rf"|(?!(?:{w.FUNCTION_WORDS})\b)(?-i:[A-Z][\w'’.-]*)" if capital else ""
    try:
        return re.compile(rf"(?<![\w'’.-])(?:(?:{body}{extra})[\s-]+){{1,3}}$", re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(f"{where}: field {field!r} makes a bad regular expression: {exc}") from exc


def parse_roles(data: object, *, where: str, names: NameLexicon | None = None) -> RoleLexicon:
    top = mapping(data, where=where, field="(top level)")
    taxonomy = load_taxonomy()
    raw_actors = mapping(top.get("actors"), where=where, field="actors")
    check_ids([str(k) for k in raw_actors], tuple(taxonomy.actor_kinds), where=where, field="actors")
    heads = []
    every: list[str] = []
    kinds: list[tuple[str, re.Pattern[str]]] = []
    for kind, patterns in raw_actors.items():
        listed = strings(patterns, where=where, field=f"actors.{kind}")
        body = "|".join(listed)
        heads.append(f"(?P<{kind}>{body})")
        every += listed
        try:
            kinds.append((str(kind), re.compile(rf"(?:{body})(?![\w-])", re.IGNORECASE)))
        except re.error as exc:
            raise LexiconError(f"{where}: field 'actors.{kind}' makes a bad regular expression: {exc}") from exc
    try:
        actors = re.compile(rf"(?<![\w-])(?:{'|'.join(heads)})(?![\w-])", re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(f"{where}: field 'actors' makes a bad regular expression: {exc}") from exc
    known_groups = (*taxonomy.victim_groups, "communal")
    return RoleLexicon(
        actors=actors,
        actor_starts=compile_words(every, where=where, field="actors"),
        actor_kinds=tuple(kinds),
        modifiers=_before(
            strings(top.get("modifiers"), where=where, field="modifiers"), where=where, field="modifiers", capital=True
        ),
        victim_modifiers=_before(
            strings(top.get("modifiers"), where=where, field="modifiers")
            + strings(top.get("victim_modifiers") or ["(?!)"], where=where, field="victim_modifiers"),
            where=where,
            field="victim_modifiers",
            capital=True,
        ),
        kinds=tuple(str(k) for k in raw_actors),
        groups=_named(top.get("groups"), known_groups, where=where, field="groups"),
        sentence_groups=_named(top.get("sentence_groups"), known_groups, where=where, field="sentence_groups"),
        organisations=compile_words(
            strings(top.get("organisation_suffixes"), where=where, field="organisation_suffixes"),
            where=where,
            field="organisation_suffixes",
        ),
        organisation_names=_named(
            top.get("organisation_names"), tuple(taxonomy.actor_kinds), where=where, field="organisation_names"
        ),
        targets=compile_words(strings(top.get("targets"), where=where, field="targets"), where=where, field="targets"),
        target_modifiers=_before(
            strings(top.get("target_modifiers"), where=where, field="target_modifiers"),
            where=where,
            field="target_modifiers",
            capital=True,
        ),
        weapons=compile_words(strings(top.get("weapons"), where=where, field="weapons"), where=where, field="weapons"),
        doer_verbs=compile_words(
            strings(top.get("doer_verbs"), where=where, field="doer_verbs"), where=where, field="doer_verbs"
        ),
        blocking_verbs=compile_words(
            strings(top.get("blocking_verbs"), where=where, field="blocking_verbs"), where=where, field="blocking_verbs"
        ),
        anaphoric_doers=compile_words(
            strings(top.get("anaphoric_doers") or ["(?!)"], where=where, field="anaphoric_doers"),
            where=where,
            field="anaphoric_doers",
        ),
        member_words=_members(top.get("member_words"), tuple(taxonomy.actor_kinds), where=where),
        names=names or load_names(),
    )


def load_roles(path: Path | None = None) -> RoleLexicon:
    """The built-in role lexicon, or a user's file (same schema) read in its place."""
    data, where = read_yaml(path, builtin="roles.yaml")
    return parse_roles(data, where=where)
