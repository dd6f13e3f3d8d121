"""An accusation: a speaker holds named parties responsible for violence, without reporting an event of its own.

"To the Assad regime, Russia, and Iran, your forces and proxies are carrying out these crimes" is what
Samantha Power said at the Security Council: the accused are the regime, Russia and Iran, the speaker is
Power, and the crimes are those the document reports elsewhere (``events`` names their mention ids).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vigil.records.mention import Actor, Attribution, DateSpan, Span, _span


@dataclass(slots=True, kw_only=True)
class Accusation:
    """Who (``speaker``) holds whom (``accused``) responsible for what (``claim``, the words of the charge)."""

    accused: list[Actor]
    claim: str
    span: Span
    speaker: Attribution | None = None
    date: DateSpan | None = None
    events: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "accused": [a.to_dict() for a in self.accused],
            "claim": self.claim,
            "span": list(self.span),
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "date": self.date.to_dict() if self.date else None,
            "events": list(self.events),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Accusation:
        span = _span(d.get("span"))
        return cls(
            accused=[Actor.from_dict(a) for a in d.get("accused") or []],
            claim=d.get("claim") or "",
            span=span or (0, 0),
            speaker=Attribution.from_dict(d["speaker"]) if d.get("speaker") else None,
            date=DateSpan.from_dict(d["date"]) if d.get("date") else None,
            events=[str(e) for e in d.get("events") or []],
        )
