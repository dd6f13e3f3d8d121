"""Webhooks: a JSON POST signed with HMAC-SHA256, and Slack-compatible incoming webhooks ({"text": ...})."""

from __future__ import annotations

import hashlib
import hmac
import json
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from vigil.assess.channels.base import DeliveryError, Retry, alert_payload, alert_text
from vigil.records import Alert

SIGNATURE_HEADER = "X-Vigil-Signature"


def signature(secret: str, body: bytes) -> str:
    """The value of the signature header: ``sha256=`` and the hex HMAC-SHA256 of the body."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def post_json(url: str, payload: dict[str, Any], *, headers: dict[str, str], timeout: float) -> None:
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    request = urllib.request.Request(url, data=body, method="POST")
    request.add_header("Content-Type", "application/json; charset=utf-8")
    request.add_header("User-Agent", "vigil-alerts")
    for name, value in headers.items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        raise DeliveryError(f"HTTP {exc.code} from {url}", attempts=1) from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DeliveryError(f"cannot reach {url} ({reason})", attempts=1) from exc


@dataclass(slots=True, kw_only=True)
class WebhookChannel:
    """POSTs ``{"type": "vigil.alert", "alert": {...}}``; with a secret, signs the body in ``X-Vigil-Signature``."""

    name: str
    url: str
    secret: str | None = None
    min_severity: str = "info"
    timeout: float = 10.0
    retry: Retry = field(default_factory=Retry)

    def send(self, alert: Alert) -> int:
        payload = alert_payload(alert)
        body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
        headers = {SIGNATURE_HEADER: signature(self.secret, body)} if self.secret else {}
        return self.retry.run(
            lambda: post_json(self.url, payload, headers=headers, timeout=self.timeout), what=f"webhook {self.name}"
        )


@dataclass(slots=True, kw_only=True)
class SlackChannel:
    """A Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat): ``{"text": "..."}``."""

    name: str
    url: str
    min_severity: str = "info"
    timeout: float = 10.0
    retry: Retry = field(default_factory=Retry)

    def send(self, alert: Alert) -> int:
        payload = {"text": alert_text(alert)}
        return self.retry.run(
            lambda: post_json(self.url, payload, headers={}, timeout=self.timeout), what=f"slack {self.name}"
        )
