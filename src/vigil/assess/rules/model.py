"""A rule: conditions that must all hold in one situation within a few days of each other, and a severity."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True, kw_only=True)
class Condition:
    """Met by events (``indicator`` any of, ``type`` any of, ``figure`` at least ``at_least``; ``count`` of them)
    or by the situation as of the day (``status``: aspect to allowed statuses; ``escalation``: minimum ratio)."""

    indicator: tuple[str, ...] = ()
    type: tuple[str, ...] = ()
    figure: str | None = None
    at_least: int | None = None
    count: int = 1
    status: tuple[tuple[str, tuple[str, ...]], ...] = ()
    escalation: float | None = None

    @property
    def on_events(self) -> bool:
        return bool(self.indicator or self.type or self.figure)

    def describe(self) -> str:
        parts = []
        if self.indicator:
            parts.append(" or ".join(self.indicator))
        if self.type:
            parts.append("type " + " or ".join(self.type))
        if self.figure:
            parts.append(f"{self.figure} >= {self.at_least:,}" if self.at_least else f"{self.figure} reported")
        if self.count > 1:
            parts.append(f"{self.count} events")
        parts.extend(f"{aspect} {'/'.join(allowed)}" for aspect, allowed in self.status)
        if self.escalation is not None:
            parts.append(f"escalation ratio >= {self.escalation:g}")
        return ", ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {"condition": self.describe()}


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    id: str
    severity: str
    when: tuple[Condition, ...]
    title: str = ""
    description: str = ""
    within_days: int = 7
    cooldown_days: int = 14
    enabled: bool = True
    origin: str = field(default="", compare=False)

    @property
    def label(self) -> str:
        return self.title or self.id
