"""Reading one actor dictionary file and checking it against its schema.

A file is a mapping with any of these sections::

    actors:          # known actors and states
      - name: Hezbollah            # normalized name (required)
        kind: political_militia    # a taxonomy actor kind (required)
        country: LB                # ISO 3166-1 alpha-2
        aliases: [Hizbollah, Hizballah]
        backers: [Iran, {name: Syria, reported: true}]
        parent: ...                # the actor this one is part of
        state: true                # a state; with demonyms, metonyms, forces, police
    kinds:           # generic wording -> actor kind ("gunmen": unknown)
      unknown: [gunmen, assailants]
    proxies: [proxies]             # wording whose adjective or owner is a backer ("Iranian proxies")
    patrons:         # wording that names a backer but never an actor by itself ("loyal to the president")
      state_forces: [president, government]
    victim_groups:   # victim group -> words ("Rohingya": ethnic)
      ethnic: [Rohingya]

Every error names the file, the entry and the field.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from vigil.resolve.actors.model import ActorDictionaryError, ActorEntry, Sponsorship

_SECTIONS = ("actors", "kinds", "proxies", "patrons", "victim_groups")
_ENTRY_FIELDS = (
    "name",
    "kind",
    "country",
    "aliases",
    "backers",
    "parent",
    "state",
    "demonyms",
    "metonyms",
    "forces",
    "police",
)
_COUNTRY = re.compile(r"[A-Z]{2}")


@dataclass(slots=True, kw_only=True)
class ParsedFile:
    """What one file contributes: entries in file order, and the wording lexicons."""

    entries: list[ActorEntry] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)
    proxies: list[str] = field(default_factory=list)
    patrons: dict[str, str] = field(default_factory=dict)
    groups: dict[str, list[str]] = field(default_factory=dict)


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ActorDictionaryError(f"{where}: must be a non-empty string, got {value!r}")
    return value.strip()


def _texts(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ActorDictionaryError(f"{where}: must be a list of strings, got {type(value).__name__}")
    return tuple(_text(v, f"{where}[{n}]") for n, v in enumerate(value))


def _kind(value: Any, where: str, kinds: Collection[str]) -> str:
    kind = _text(value, where)
    if kind not in kinds:
        raise ActorDictionaryError(f"{where}: unknown actor kind {kind!r}; known: {', '.join(sorted(kinds))}")
    return kind


def _backers(value: Any, where: str) -> tuple[Sponsorship, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ActorDictionaryError(f"{where}: must be a list of names or {{name, reported}} mappings")
    out = []
    for n, item in enumerate(value):
        here = f"{where}[{n}]"
        if isinstance(item, dict):
            unknown = set(item) - {"name", "reported"}
            if unknown:
                raise ActorDictionaryError(f"{here}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
            reported = item.get("reported", False)
            if not isinstance(reported, bool):
                raise ActorDictionaryError(f"{here}.reported: must be true or false, got {reported!r}")
            out.append(Sponsorship(name=_text(item.get("name"), f"{here}.name"), reported=reported))
        else:
            out.append(Sponsorship(name=_text(item, here)))
    return tuple(out)


def _optional(raw: dict[str, Any], key: str, where: str) -> str | None:
    value = raw.get(key)
    return None if value is None else _text(value, f"{where}: field {key!r}")


def parse_entry(raw: Any, *, where: str, kinds: Collection[str]) -> ActorEntry:
    """One item of ``actors``; ``where`` names the file and the entry."""
    if not isinstance(raw, dict):
        raise ActorDictionaryError(f"{where}: an actor entry must be a mapping, got {type(raw).__name__}")
    name = raw.get("name")
    if isinstance(name, str) and name.strip():
        where = f"{where} ({name.strip()})"
    unknown = set(raw) - set(_ENTRY_FIELDS)
    if unknown:
        raise ActorDictionaryError(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    country = _optional(raw, "country", where)
    if country is not None and not _COUNTRY.fullmatch(country):
        raise ActorDictionaryError(f"{where}: field 'country' must be an ISO 3166-1 alpha-2 code, got {country!r}")
    state = raw.get("state", False)
    if not isinstance(state, bool):
        raise ActorDictionaryError(f"{where}: field 'state' must be true or false, got {state!r}")
    return ActorEntry(
        name=_text(name, f"{where}: field 'name'"),
        kind=_kind(raw.get("kind"), f"{where}: field 'kind'", kinds),
        where=where,
        country=country,
        aliases=_texts(raw.get("aliases"), f"{where}: field 'aliases'"),
        backers=_backers(raw.get("backers"), f"{where}: field 'backers'"),
        parent=_optional(raw, "parent", where),
        state=state,
        demonyms=_texts(raw.get("demonyms"), f"{where}: field 'demonyms'"),
        metonyms=_texts(raw.get("metonyms"), f"{where}: field 'metonyms'"),
        forces=_optional(raw, "forces", where),
        police=_optional(raw, "police", where),
    )


def _by_kind(value: Any, where: str, kinds: Collection[str]) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ActorDictionaryError(f"{where}: must be a mapping of actor kind to a list of words")
    out: dict[str, str] = {}
    for kind, words in value.items():
        checked = _kind(kind, f"{where}: key {kind!r}", kinds)
        for word in _texts(words, f"{where}.{kind}"):
            out[word] = checked
    return out


def _by_group(value: Any, where: str, groups: Collection[str]) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise ActorDictionaryError(f"{where}: must be a mapping of victim group to a list of words")
    out: dict[str, list[str]] = {}
    for group, words in value.items():
        if group not in groups:
            raise ActorDictionaryError(f"{where}: unknown victim group {group!r}; known: {', '.join(sorted(groups))}")
        for word in _texts(words, f"{where}.{group}"):
            out.setdefault(word, []).append(str(group))
    return out


def parse_file(data: Any, *, where: str, kinds: Collection[str], groups: Collection[str]) -> ParsedFile:
    """Check one file's parsed YAML; ``kinds`` and ``groups`` are the taxonomy's actor kinds and victim groups."""
    if data is None:
        return ParsedFile()
    if not isinstance(data, dict):
        raise ActorDictionaryError(f"{where}: an actor dictionary file must be a mapping of sections")
    unknown = set(data) - set(_SECTIONS)
    if unknown:
        raise ActorDictionaryError(
            f"{where}: unknown section(s) {', '.join(sorted(map(str, unknown)))}; known: {', '.join(_SECTIONS)}"
        )
    parsed = ParsedFile()
    actors = data.get("actors")
    if actors is not None:
        if not isinstance(actors, list):
            raise ActorDictionaryError(f"{where}: section 'actors' must be a list of entries")
        parsed.entries = [parse_entry(raw, where=f"{where}: actors[{n}]", kinds=kinds) for n, raw in enumerate(actors)]
    if data.get("kinds") is not None:
        parsed.kinds = _by_kind(data["kinds"], f"{where}: section 'kinds'", kinds)
    parsed.proxies = list(_texts(data.get("proxies"), f"{where}: section 'proxies'"))
    if data.get("patrons") is not None:
        parsed.patrons = _by_kind(data["patrons"], f"{where}: section 'patrons'", kinds)
    if data.get("victim_groups") is not None:
        parsed.groups = _by_group(data["victim_groups"], f"{where}: section 'victim_groups'", groups)
    return parsed
