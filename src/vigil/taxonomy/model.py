"""Reading and checking the taxonomy file."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


class TaxonomyError(ValueError):
    """The taxonomy file is malformed; the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class EventType:
    id: str
    acled: str
    event_type: str
    disorder: str


@dataclass(frozen=True, slots=True)
class Taxonomy:
    event_types: tuple[EventType, ...]
    indicators: dict[str, str]
    violations: dict[str, str]
    actor_kinds: dict[str, str]
    victim_groups: tuple[str, ...]
    modality: dict[str, str]
    count_kinds: dict[str, str]
    place_precisions: tuple[str, ...]
    date_precisions: tuple[str, ...]
    confidence_grades: dict[str, str]

    @property
    def event_type_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.event_types)

    def event_type(self, type_id: str) -> EventType:
        for t in self.event_types:
            if t.id == type_id:
                return t
        raise KeyError(f"unknown event type {type_id!r}; known: {', '.join(self.event_type_ids)}")


def _mapping(data: dict[str, Any], key: str, where: str) -> dict[str, str]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise TaxonomyError(f"{where}: field {key!r} must be a mapping of id to description")
    return {str(k): str(v) for k, v in value.items()}


def _list(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list):
        raise TaxonomyError(f"{where}: field {key!r} must be a list")
    return tuple(str(v) for v in value)


def parse_taxonomy(data: Any, *, where: str) -> Taxonomy:
    if not isinstance(data, dict):
        raise TaxonomyError(f"{where}: the taxonomy must be a mapping")
    raw_types = data.get("event_types")
    if not isinstance(raw_types, list):
        raise TaxonomyError(f"{where}: field 'event_types' must be a list")
    types = []
    for n, t in enumerate(raw_types):
        if not isinstance(t, dict) or not {"id", "acled", "event_type"} <= t.keys():
            raise TaxonomyError(f"{where}: event_types[{n}] needs id, acled and event_type")
        types.append(
            EventType(id=t["id"], acled=t["acled"], event_type=t["event_type"], disorder=t.get("disorder", ""))
        )
    return Taxonomy(
        event_types=tuple(types),
        indicators=_mapping(data, "indicators", where),
        violations=_mapping(data, "violations", where),
        actor_kinds=_mapping(data, "actor_kinds", where),
        victim_groups=_list(data, "victim_groups", where),
        modality=_mapping(data, "modality", where),
        count_kinds=_mapping(data, "count_kinds", where),
        place_precisions=_list(data, "place_precisions", where),
        date_precisions=_list(data, "date_precisions", where),
        confidence_grades=_mapping(data, "confidence_grades", where),
    )


@functools.cache
def _builtin() -> Taxonomy:
    text = resources.files("vigil.taxonomy").joinpath("taxonomy.yaml").read_text(encoding="utf-8")
    return parse_taxonomy(yaml.safe_load(text), where="vigil/taxonomy/taxonomy.yaml")


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """The built-in taxonomy, or a user's file read in its place."""
    if path is None:
        return _builtin()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TaxonomyError(f"{path}: cannot read taxonomy: {exc}") from exc
    return parse_taxonomy(data, where=str(path))
