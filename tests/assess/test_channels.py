"""Channels against real receivers on 127.0.0.1: signed webhooks, Slack text, SMTP e-mail, JSON Lines files;
retries with back-off while a receiver is down; channel files whose errors name file, channel and field."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from datetime import date
from email import message_from_bytes
from pathlib import Path

import pytest
from tests.assess.receivers import HttpReceiver, SmtpReceiver, free_port

from vigil.assess import (
    ChannelError,
    DeliveryError,
    EmailChannel,
    FileChannel,
    Retry,
    SlackChannel,
    WebhookChannel,
    deliver,
    load_channels,
)
from vigil.records import Alert

FAST = Retry(retries=2, backoff=0.01)


def _alert(severity: str = "critical", n: int = 1) -> Alert:
    return Alert(
        id=f"al-{n:04d}", rule="ceasefire-broken-trapped", severity=severity, situation_id="vell-maran-xb",
        situation_name="Vell Maran", day=date(2031, 5, 10), message="Ceasefire broken with many civilians trapped",
        document_id="abc", source_id="wire-2031-05-10", event_ids=["e5", "e1"],
        evidence=[{"condition": "ceasefire_broken", "event_ids": ["e5"]}],
    )  # fmt: skip


@pytest.fixture
def http() -> Iterator[HttpReceiver]:
    receiver = HttpReceiver(port=free_port()).start()
    yield receiver
    receiver.stop()


def test_webhook_posts_signed_json(http: HttpReceiver) -> None:
    channel = WebhookChannel(name="ops", url=http.url, secret="s3cret", retry=FAST)
    assert channel.send(_alert()) == 1
    headers, body = http.requests[0]
    assert json.loads(body)["alert"]["rule"] == "ceasefire-broken-trapped"
    expected = "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert headers["X-Vigil-Signature"] == expected
    assert headers["Content-Type"].startswith("application/json")


def test_webhook_retries_server_errors_with_back_off() -> None:
    receiver = HttpReceiver(port=free_port(), fail_first=2).start()
    waits: list[float] = []
    try:
        channel = WebhookChannel(name="ops", url=receiver.url, retry=Retry(retries=3, backoff=0.01, sleep=waits.append))
        assert channel.send(_alert()) == 3
    finally:
        receiver.stop()
    assert len(receiver.requests) == 3
    assert waits == [0.01, 0.02]


def test_webhook_down_then_back_within_the_retries() -> None:
    port = free_port()
    receiver = HttpReceiver(port=port)
    waits: list[float] = []

    def wait(seconds: float) -> None:  # the receiver comes back during the second wait
        waits.append(seconds)
        if len(waits) == 2:
            receiver.start()

    try:
        channel = WebhookChannel(name="ops", url=receiver.url, retry=Retry(retries=4, backoff=0.01, sleep=wait))
        assert channel.send(_alert()) == 3
    finally:
        receiver.stop()
    assert len(receiver.requests) == 1


def test_a_channel_that_stays_down_fails_and_the_alert_stays_pending(tmp_path: Path) -> None:
    port = free_port()
    hook = WebhookChannel(name="ops", url=f"http://127.0.0.1:{port}/hook", retry=FAST)
    log_file = FileChannel(name="log", path=tmp_path / "alerts.jsonl")
    first = deliver([_alert()], [hook, log_file])
    assert [(d.channel, d.ok, d.attempts) for d in first] == [("ops", False, 3), ("log", True, 1)]
    assert "cannot reach" in first[0].error
    receiver = HttpReceiver(port=port).start()
    try:
        delivered = {(d.alert_id, d.channel) for d in first if d.ok}
        second = deliver([_alert()], [hook, log_file], delivered=delivered)
    finally:
        receiver.stop()
    assert [(d.channel, d.ok) for d in second] == [("ops", True)]
    assert len((tmp_path / "alerts.jsonl").read_text().splitlines()) == 1


def test_slack_compatible_webhook_sends_text(http: HttpReceiver) -> None:
    SlackChannel(name="team", url=http.url, retry=FAST).send(_alert())
    payload = json.loads(http.requests[0][1])
    assert set(payload) == {"text"}
    assert payload["text"].startswith("[CRITICAL] Ceasefire broken") and "wire-2031-05-10" in payload["text"]


def test_email_over_smtp_and_retry_when_the_server_comes_back() -> None:
    port = free_port()
    smtp = SmtpReceiver(port=port)
    waits: list[float] = []

    def wait(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 1:
            smtp.start()

    channel = EmailChannel(
        name="desk", host="127.0.0.1", port=port, sender="vigil@example.org", recipients=("desk@example.org",),
        retry=Retry(retries=3, backoff=0.01, sleep=wait),
    )  # fmt: skip
    try:
        assert channel.send(_alert()) == 2
    finally:
        smtp.stop()
    [(sender, rcpts, content)] = smtp.inbox.messages
    assert sender == "vigil@example.org" and rcpts == ["desk@example.org"]
    msg = message_from_bytes(content)
    assert msg["Subject"] == "[vigil critical] Vell Maran: ceasefire-broken-trapped"
    assert msg["X-Vigil-Alert"] == "al-0001"


def test_email_server_down_raises_delivery_error() -> None:
    channel = EmailChannel(
        name="desk", host="127.0.0.1", port=free_port(), sender="v@example.org", recipients=("d@example.org",),
        retry=FAST,
    )  # fmt: skip
    with pytest.raises(DeliveryError) as err:
        channel.send(_alert())
    assert err.value.attempts == 3 and "email desk" in str(err.value)


def test_file_channel_appends_json_lines(tmp_path: Path) -> None:
    channel = FileChannel(name="log", path=tmp_path / "out" / "alerts.jsonl")
    channel.send(_alert(n=1))
    channel.send(_alert(n=2))
    lines = [json.loads(x) for x in (tmp_path / "out" / "alerts.jsonl").read_text().splitlines()]
    assert [x["alert"]["id"] for x in lines] == ["al-0001", "al-0002"]


def test_channels_file_builds_every_kind_and_filters_severity(tmp_path: Path) -> None:
    path = tmp_path / "channels.yaml"
    path.write_text(
        """
channels:
  - {name: ops, kind: webhook, url: "http://127.0.0.1:9/hook", secret_env: HOOK_SECRET, retries: 1, backoff: 0.01}
  - {name: team, kind: slack, url: "https://chat.example.org/hooks/x", min_severity: high}
  - {name: desk, kind: email, host: 127.0.0.1, port: 2525, from: v@example.org, to: [a@example.org, b@example.org]}
  - {name: log, kind: file, path: alerts.jsonl, min_severity: critical}
""",
        encoding="utf-8",
    )
    channels = load_channels(path, environ={"HOOK_SECRET": "abc"})
    assert [c.name for c in channels] == ["ops", "team", "desk", "log"]
    ops, _, desk, log = channels
    assert isinstance(ops, WebhookChannel) and ops.secret == "abc" and ops.retry.retries == 1
    assert isinstance(desk, EmailChannel) and desk.recipients == ("a@example.org", "b@example.org")
    assert isinstance(log, FileChannel) and log.path == tmp_path / "alerts.jsonl"
    out = deliver([_alert(severity="warning")], [log])
    assert out == []  # below the channel's least severity: not sent, not pending


@pytest.mark.parametrize(
    ("channel", "expected"),
    [
        ("{name: a, kind: pager}", "channel 'a': field 'kind'"),
        ("{name: b, kind: webhook}", "channel 'b': field 'url': is required"),
        ("{name: c, kind: webhook, url: 'ftp://x'}", "channel 'c': field 'url'"),
        ("{name: d, kind: email, host: h, from: v@x.org, to: nobody}", "channel 'd': field 'to'"),
        ("{name: e, kind: file, path: x.jsonl, colour: red}", "channel 'e': field 'colour': unknown field"),
        ("{name: f, kind: webhook, url: 'http://x', secret_env: NOPE_NOT_SET}", "channel 'f': field 'secret_env'"),
        ("{name: g, kind: file, path: x.jsonl, min_severity: loud}", "channel 'g': field 'min_severity'"),
        ("{kind: file, path: x.jsonl}", "channel #1: field 'name'"),
    ],
)
def test_channel_errors_name_file_channel_and_field(tmp_path: Path, channel: str, expected: str) -> None:
    path = tmp_path / "channels.yaml"
    path.write_text(f"channels:\n  - {channel}\n", encoding="utf-8")
    with pytest.raises(ChannelError) as err:
        load_channels(path, environ={})
    assert str(err.value).startswith(f"{path}: ") and expected in str(err.value)
