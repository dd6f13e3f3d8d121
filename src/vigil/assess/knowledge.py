"""What the assess stage knows, read from ``data/situations.yaml`` (or a user's file) and checked."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

ASPECTS = ("siege", "ceasefire", "evacuation", "access")


class KnowledgeError(ValueError):
    """The situations file is malformed; the message names the file and the field."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Cues:
    """Evidence words that refine one aspect's status."""

    statuses: dict[str, tuple[str, ...]]
    refines: frozenset[str] = frozenset()
    without_indicator: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Knowledge:
    indicator_status: dict[str, tuple[str, str]]
    planned_status: dict[str, str]
    evidence_cues: dict[str, Cues]
    harm_types: frozenset[str]
    harm_indicators: frozenset[str]
    recent_days: int
    baseline_days: int
    escalation_min_events: int
    escalation_min_ratio: float
    risk_window_days: int
    risk_weights: dict[str, float]
    risk_levels: dict[str, float]

    def indicator_order(self, indicator: str) -> int:
        keys = list(self.indicator_status)
        return keys.index(indicator) if indicator in keys else len(keys)


def _map(data: Any, field: str, where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise KnowledgeError(f"{where}: field {field!r} must be a mapping")
    return data


def _strings(data: Any, field: str, where: str) -> tuple[str, ...]:
    if not isinstance(data, list) or not all(isinstance(v, str) for v in data):
        raise KnowledgeError(f"{where}: field {field!r} must be a list of strings")
    return tuple(data)


def _number(data: dict[str, Any], key: str, field: str, where: str) -> float:
    value = data.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
        raise KnowledgeError(f"{where}: field {field}.{key!r} must be a non-negative number")
    return float(value)


def parse_knowledge(data: Any, *, where: str) -> Knowledge:
    top = _map(data, "<top>", where)
    statuses: dict[str, tuple[str, str]] = {}
    for indicator, spec in _map(top.get("indicator_status"), "indicator_status", where).items():
        spec = _map(spec, f"indicator_status.{indicator}", where)
        aspect, status = spec.get("aspect"), spec.get("status")
        if aspect not in ASPECTS or not isinstance(status, str):
            raise KnowledgeError(
                f"{where}: field 'indicator_status.{indicator}' needs aspect (one of {', '.join(ASPECTS)}) and status"
            )
        statuses[str(indicator)] = (aspect, status)
    planned = {str(k): str(v) for k, v in _map(top.get("planned_status"), "planned_status", where).items()}
    cues: dict[str, Cues] = {}
    for aspect, spec in _map(top.get("evidence_cues"), "evidence_cues", where).items():
        field = f"evidence_cues.{aspect}"
        spec = _map(spec, field, where)
        if aspect not in ASPECTS:
            raise KnowledgeError(f"{where}: field {field!r}: unknown aspect (one of {', '.join(ASPECTS)})")
        by_status = _map(spec.get("statuses"), f"{field}.statuses", where)
        cues[str(aspect)] = Cues(
            statuses={
                str(s): tuple(w.lower() for w in _strings(words, f"{field}.statuses.{s}", where))
                for s, words in by_status.items()
            },
            refines=frozenset(_strings(spec.get("refines", []), f"{field}.refines", where)),
            without_indicator=bool(spec.get("without_indicator", False)),
        )
    harm = _map(top.get("civilian_harm"), "civilian_harm", where)
    esc = _map(top.get("escalation"), "escalation", where)
    risk = _map(top.get("risk"), "risk", where)
    weights = _map(risk.get("weights"), "risk.weights", where)
    levels = _map(risk.get("levels"), "risk.levels", where)
    return Knowledge(
        indicator_status=statuses,
        planned_status=planned,
        evidence_cues=cues,
        harm_types=frozenset(_strings(harm.get("types"), "civilian_harm.types", where)),
        harm_indicators=frozenset(_strings(harm.get("indicators"), "civilian_harm.indicators", where)),
        recent_days=int(_number(esc, "recent_days", "escalation", where)),
        baseline_days=int(_number(esc, "baseline_days", "escalation", where)),
        escalation_min_events=int(_number(esc, "min_events", "escalation", where)),
        escalation_min_ratio=_number(esc, "min_ratio", "escalation", where),
        risk_window_days=int(_number(risk, "window_days", "risk", where)),
        risk_weights={str(k): _number(weights, k, "risk.weights", where) for k in weights},
        risk_levels={str(k): _number(levels, k, "risk.levels", where) for k in levels},
    )


@functools.cache
def _builtin() -> Knowledge:
    text = resources.files("vigil.assess").joinpath("data/situations.yaml").read_text(encoding="utf-8")
    return parse_knowledge(yaml.safe_load(text), where="vigil/assess/data/situations.yaml")


def load_knowledge(path: Path | None = None) -> Knowledge:
    """The built-in knowledge, or a user's file (same schema) read in its place."""
    if path is None:
        return _builtin()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path}: cannot read: {exc}") from exc
    return parse_knowledge(data, where=str(path))
