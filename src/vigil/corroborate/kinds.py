"""Compatible event types: the same type, the same ACLED event_type, or one family (``data/families.yaml``)."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from vigil.taxonomy import load_taxonomy


class FamiliesError(ValueError):
    """The families file is malformed; the message names the file and the field."""


def parse_families(data: Any, *, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(data, dict) or not isinstance(data.get("families"), dict):
        raise FamiliesError(f"{where}: field 'families' must be a mapping of family name to a list")
    out: dict[str, tuple[str, ...]] = {}
    for name, members in data["families"].items():
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            raise FamiliesError(f"{where}: families.{name} must be a list of type ids or ACLED event_type names")
        out[str(name)] = tuple(members)
    return out


class TypeCompatibility:
    """Answers whether two event types may describe one event, and how closely (1.0 same, 0.7 family)."""

    def __init__(self, *, families: dict[str, tuple[str, ...]]) -> None:
        taxonomy = load_taxonomy()
        by_event_type: dict[str, set[str]] = {}
        for t in taxonomy.event_types:
            by_event_type.setdefault(t.event_type, set()).add(t.id)
        groups: dict[str, set[str]] = {t.id: {f"acled:{t.event_type}"} for t in taxonomy.event_types}
        for name, members in families.items():
            for member in members:
                ids = by_event_type.get(member, {member})
                for type_id in ids:
                    groups.setdefault(type_id, set()).add(f"family:{name}")
        self._groups = {k: frozenset(v) for k, v in groups.items()}
        self._cache: dict[tuple[str, str], float] = {}

    def score(self, a: str, b: str) -> float:
        """1.0 for the same type, 0.7 for compatible types, 0.0 for types that cannot be one event."""
        if a == b:
            return 1.0
        key = (a, b)
        found = self._cache.get(key)
        if found is None:
            ga, gb = self._groups.get(a, frozenset()), self._groups.get(b, frozenset())
            found = 0.7 if ga & gb else 0.0
            self._cache[key] = found
        return found


@functools.cache
def default_type_compatibility() -> TypeCompatibility:
    text = resources.files("vigil.corroborate").joinpath("data/families.yaml").read_text(encoding="utf-8")
    where = "vigil/corroborate/data/families.yaml"
    return TypeCompatibility(families=parse_families(yaml.safe_load(text), where=where))


def load_type_compatibility(path: Path) -> TypeCompatibility:
    """Type compatibility from a user's families file (same schema as the built-in one)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise FamiliesError(f"{path}: cannot read families: {exc}") from exc
    return TypeCompatibility(families=parse_families(data, where=str(path)))
