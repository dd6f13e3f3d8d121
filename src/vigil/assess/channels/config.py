"""Channels configured in YAML: ``channels:`` a list, each with a ``name``, a ``kind`` and its settings.

Secrets may be given directly or, better, named by environment variable (``secret_env``, ``password_env``).
Every error names the file, the channel and the field. New kinds are added to :data:`CHANNEL_KINDS`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import yaml

from vigil.assess.channels.base import Channel, ChannelError, Retry
from vigil.assess.channels.email import EmailChannel
from vigil.assess.channels.file import FileChannel
from vigil.assess.channels.webhook import SlackChannel, WebhookChannel
from vigil.records import SEVERITIES


class Spec:
    """One channel's settings, read with type checks that name the file, channel and field."""

    def __init__(self, raw: dict[str, Any], *, file: str, name: str, base: Path, environ: Mapping[str, str]) -> None:
        self.raw, self.file, self.name, self.base, self.environ = raw, file, name, base, environ
        self.used = {"name", "kind", "min_severity"}

    def error(self, field: str, problem: str) -> ChannelError:
        return ChannelError(f"{self.file}: channel {self.name!r}: field {field!r}: {problem}")

    def text(self, key: str, default: str | None = None, *, required: bool = False) -> str | None:
        self.used.add(key)
        value = self.raw.get(key, default)
        if value is None and required:
            raise self.error(key, "is required")
        if value is not None and not isinstance(value, str):
            raise self.error(key, "must be text")
        return value

    def secret(self, key: str) -> str | None:
        env = self.text(f"{key}_env")
        if env is not None:
            if env not in self.environ:
                raise self.error(f"{key}_env", f"environment variable {env} is not set")
            return self.environ[env]
        return self.text(key)

    def number(self, key: str, default: float) -> float:
        self.used.add(key)
        value = self.raw.get(key, default)
        if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
            raise self.error(key, "must be a non-negative number")
        return float(value)

    def flag(self, key: str, default: bool) -> bool:
        self.used.add(key)
        value = self.raw.get(key, default)
        if not isinstance(value, bool):
            raise self.error(key, "must be true or false")
        return value

    def addresses(self, key: str) -> tuple[str, ...]:
        self.used.add(key)
        value = self.raw.get(key)
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items or not all(isinstance(v, str) and "@" in v for v in items):
            raise self.error(key, "must be an e-mail address or a list of them")
        return tuple(items)

    def retry(self) -> Retry:
        return Retry(retries=int(self.number("retries", 3)), backoff=self.number("backoff", 1.0))

    @property
    def min_severity(self) -> str:
        value = self.raw.get("min_severity", "info")
        if value not in SEVERITIES:
            raise self.error("min_severity", f"must be one of {', '.join(SEVERITIES)}")
        return str(value)


def _url(spec: Spec) -> str:
    url = spec.text("url", required=True) or ""
    if not url.startswith(("http://", "https://")):
        raise spec.error("url", "must be an http:// or https:// URL")
    return url


def _webhook(spec: Spec) -> Channel:
    return WebhookChannel(
        name=spec.name, url=_url(spec), secret=spec.secret("secret"), min_severity=spec.min_severity,
        timeout=spec.number("timeout", 10.0), retry=spec.retry(),
    )  # fmt: skip


def _slack(spec: Spec) -> Channel:
    return SlackChannel(
        name=spec.name, url=_url(spec), min_severity=spec.min_severity, timeout=spec.number("timeout", 10.0),
        retry=spec.retry(),
    )  # fmt: skip


def _email(spec: Spec) -> Channel:
    return EmailChannel(
        name=spec.name,
        host=spec.text("host", required=True) or "",
        port=int(spec.number("port", 25)),
        sender=spec.text("from", required=True) or "",
        recipients=spec.addresses("to"),
        username=spec.text("username"),
        password=spec.secret("password"),
        starttls=spec.flag("starttls", False),
        min_severity=spec.min_severity,
        timeout=spec.number("timeout", 10.0),
        retry=spec.retry(),
    )


def _file(spec: Spec) -> Channel:
    path = Path(spec.text("path", required=True) or "")
    where = path if path.is_absolute() else spec.base / path
    return FileChannel(name=spec.name, path=where, min_severity=spec.min_severity)


CHANNEL_KINDS: Mapping[str, Callable[[Spec], Channel]] = {
    "webhook": _webhook,
    "slack": _slack,
    "email": _email,
    "file": _file,
}


def parse_channels(
    data: Any,
    *,
    file: str,
    base: Path,
    environ: Mapping[str, str] | None = None,
    kinds: Mapping[str, Callable[[Spec], Channel]] = CHANNEL_KINDS,
) -> list[Channel]:
    if not isinstance(data, dict) or not isinstance(data.get("channels"), list):
        raise ChannelError(f"{file}: field 'channels' must be a list of channels")
    env = os.environ if environ is None else environ
    channels: list[Channel] = []
    for n, raw in enumerate(data["channels"]):
        if not isinstance(raw, dict):
            raise ChannelError(f"{file}: channel #{n + 1}: must be a mapping")
        name = raw.get("name")
        if not isinstance(name, str) or not name:
            raise ChannelError(f"{file}: channel #{n + 1}: field 'name': is required")
        spec = Spec(raw, file=file, name=name, base=base, environ=env)
        kind = str(raw.get("kind"))
        if kind not in kinds:
            raise spec.error("kind", f"must be one of {', '.join(kinds)}")
        if any(c.name == name for c in channels):
            raise spec.error("name", "used twice")
        channels.append(kinds[kind](spec))
        unknown = sorted(set(raw) - spec.used)
        if unknown:
            raise spec.error(unknown[0], "unknown field")
    return channels


def load_channels(path: Path, *, environ: Mapping[str, str] | None = None) -> list[Channel]:
    """The channels of a YAML file; relative file paths are taken from the file's folder."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ChannelError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        raise ChannelError(f"{path}: not valid YAML ({exc})") from exc
    return parse_channels(data, file=str(path), base=path.parent, environ=environ)
