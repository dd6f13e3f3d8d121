"""What every channel is: a name, the least severity it takes, and ``send``; plus retries with back-off."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from vigil.records import SEVERITIES, Alert


class ChannelError(ValueError):
    """A channels file is malformed; the message names the file, the channel and the field."""


class DeliveryError(RuntimeError):
    """Sending failed after every attempt; the alert stays pending for that channel."""

    def __init__(self, message: str, *, attempts: int) -> None:
        super().__init__(message)
        self.attempts = attempts


class Channel(Protocol):
    name: str
    min_severity: str

    def send(self, alert: Alert) -> int:
        """Send ``alert``; returns the number of attempts it took, or raises :class:`DeliveryError`."""
        ...


def takes(channel: Channel, alert: Alert) -> bool:
    """Whether the alert is severe enough for the channel."""
    return SEVERITIES.index(alert.severity) >= SEVERITIES.index(channel.min_severity)


def alert_payload(alert: Alert) -> dict[str, Any]:
    return {"type": "vigil.alert", "alert": alert.to_dict()}


def alert_text(alert: Alert) -> str:
    lines = [f"[{alert.severity.upper()}] {alert.message}"]
    if alert.source_id:
        lines.append(f"report: {alert.source_id}")
    lines.append(f"events: {', '.join(alert.event_ids)}")
    lines.append(f"alert {alert.id} (rule {alert.rule}, situation {alert.situation_id})")
    return "\n".join(lines)


@dataclass(frozen=True, slots=True, kw_only=True)
class Retry:
    """``retries`` more attempts after the first, waiting ``backoff`` seconds, then twice that, and so on."""

    retries: int = 3
    backoff: float = 1.0
    sleep: Callable[[float], None] = time.sleep

    def run(self, attempt: Callable[[], None], *, what: str) -> int:
        last = ""
        for n in range(self.retries + 1):
            if n:
                self.sleep(self.backoff * 2 ** (n - 1))
            try:
                attempt()
                return n + 1
            except (OSError, DeliveryError) as exc:
                last = str(exc) or type(exc).__name__
        raise DeliveryError(f"{what}: {last}", attempts=self.retries + 1)
