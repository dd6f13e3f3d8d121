"""An Alert is a rule that fired on a situation: when, why (the evidence), and where it was sent."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

SEVERITIES = ("info", "warning", "high", "critical")
"""Alert severities, least to most severe."""


@dataclass(slots=True, kw_only=True)
class Alert:
    """``day`` is the report date on which the condition was complete; ``document_id`` / ``source_id`` name the
    report whose arrival completed it; ``evidence`` holds one entry per condition with the events that met it."""

    id: str
    rule: str
    severity: str
    situation_id: str
    situation_name: str
    day: date
    message: str
    document_id: str | None = None
    source_id: str | None = None
    event_ids: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    created: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "rule": self.rule,
            "severity": self.severity,
            "situation_id": self.situation_id,
            "situation_name": self.situation_name,
            "day": self.day.isoformat(),
            "message": self.message,
            "document_id": self.document_id,
            "source_id": self.source_id,
            "event_ids": list(self.event_ids),
            "evidence": list(self.evidence),
            "created": self.created.isoformat() if self.created else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Alert:
        created = d.get("created")
        return cls(
            id=d["id"],
            rule=d["rule"],
            severity=d["severity"],
            situation_id=d["situation_id"],
            situation_name=d.get("situation_name") or d["situation_id"],
            day=date.fromisoformat(d["day"]),
            message=d.get("message", ""),
            document_id=d.get("document_id"),
            source_id=d.get("source_id"),
            event_ids=list(d.get("event_ids") or []),
            evidence=list(d.get("evidence") or []),
            created=datetime.fromisoformat(created) if created else None,
        )


@dataclass(slots=True, kw_only=True)
class Delivery:
    """One attempt (with its retries) to send an alert through one channel; ``ok`` False leaves it pending."""

    alert_id: str
    channel: str
    ok: bool
    attempts: int
    at: datetime
    error: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "alert_id": self.alert_id,
            "channel": self.channel,
            "ok": self.ok,
            "attempts": self.attempts,
            "at": self.at.isoformat(),
            "error": self.error,
        }
