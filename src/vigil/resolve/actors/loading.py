"""Loading the actor dictionary: the built-in files, then the user's, merged by name and compiled once."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

import yaml

from vigil.resolve.actors.dictionary import ActorDictionary
from vigil.resolve.actors.index import ACTOR, DEMONYM, GENERIC, GROUP, METONYM, PATRON, PROXY, SurfaceIndex, Target
from vigil.resolve.actors.model import ActorDictionaryError, ActorEntry
from vigil.resolve.actors.schema import ParsedFile, parse_file
from vigil.taxonomy import load_taxonomy

_DATA = "vigil.resolve.actors.data"


def _parse(text: str, *, where: str) -> ParsedFile:
    taxonomy = load_taxonomy()
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ActorDictionaryError(f"{where}: not valid YAML: {exc}") from exc
    return parse_file(data, where=where, kinds=taxonomy.actor_kinds, groups=taxonomy.victim_groups)


@functools.cache
def _builtin_files() -> tuple[ParsedFile, ...]:
    folder = resources.files(_DATA)
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith((".yaml", ".yml")))
    return tuple(
        _parse(folder.joinpath(name).read_text(encoding="utf-8"), where=f"vigil/resolve/actors/data/{name}")
        for name in names
    )


def _read(path: Path) -> ParsedFile:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ActorDictionaryError(f"{path}: cannot read actor dictionary: {exc}") from exc
    return _parse(text, where=str(path))


def _check_references(entries: dict[str, ActorEntry]) -> None:
    """Every backer, parent, forces and police name must be an entry itself."""
    for entry in entries.values():
        refs = [("backers", b.name) for b in entry.backers]
        refs += [(f, n) for f, n in (("parent", entry.parent), ("forces", entry.forces), ("police", entry.police)) if n]
        for field, name in refs:
            if name not in entries:
                raise ActorDictionaryError(
                    f"{entry.where}: field {field!r}: {name!r} is not an entry of the dictionary"
                )


def build(files: Iterable[ParsedFile]) -> ActorDictionary:
    """Merge parsed files in order (a later entry with the same name replaces an earlier one) and compile."""
    entries: dict[str, ActorEntry] = {}
    kinds: dict[str, str] = {}
    proxies: list[str] = []
    patrons: dict[str, str] = {}
    groups: dict[str, list[str]] = {}
    for parsed in files:
        for entry in parsed.entries:
            entries.pop(entry.name, None)
            entries[entry.name] = entry
        kinds.update(parsed.kinds)
        proxies.extend(parsed.proxies)
        patrons.update(parsed.patrons)
        for word, ids in parsed.groups.items():
            groups[word] = ids
    _check_references(entries)
    index = SurfaceIndex()
    for word, ids in groups.items():
        index.add(word, Target(GROUP, "", tuple(ids)))
    for word, kind in patrons.items():
        index.add(word, Target(PATRON, kind))
    for word, kind in kinds.items():
        index.add(word, Target(GENERIC, kind))
    for word in proxies:
        index.add(word, Target(PROXY, "political_militia"))
    for entry in entries.values():
        for word in entry.metonyms:
            index.add(word, Target(METONYM, entry.name))
        for word in entry.demonyms:
            index.add(word, Target(DEMONYM, entry.name))
    for entry in entries.values():
        for word in (entry.name, *entry.aliases):
            index.add(word, Target(ACTOR, entry.name))
    return ActorDictionary(entries=entries, index=index)


@functools.cache
def _builtin() -> ActorDictionary:
    return build(_builtin_files())


def load_actor_dictionary(extra: Sequence[Path] = ()) -> ActorDictionary:
    """The built-in actor dictionary, extended (new names) or overridden (same names) by the user's files.

    The built-in-only dictionary is built once and cached. Errors name the file, the entry and the field.
    """
    if not extra:
        return _builtin()
    return build([*_builtin_files(), *(_read(Path(p)) for p in extra)])
