"""A delivery pass: every alert to every channel that takes it and has not had it yet."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import UTC, datetime

from vigil.assess.channels.base import Channel, DeliveryError, takes
from vigil.records import Alert, Delivery


def deliver(
    alerts: Sequence[Alert],
    channels: Sequence[Channel],
    *,
    delivered: Collection[tuple[str, str]] = (),
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> list[Delivery]:
    """Try each (alert, channel) pair not in ``delivered``; one :class:`Delivery` per try, ``ok`` or not.
    A failed pair stays pending: the next pass tries it again."""
    log = []
    for alert in alerts:
        for channel in channels:
            if (alert.id, channel.name) in delivered or not takes(channel, alert):
                continue
            try:
                attempts = channel.send(alert)
                log.append(Delivery(alert_id=alert.id, channel=channel.name, ok=True, attempts=attempts, at=now()))
            except DeliveryError as exc:
                log.append(
                    Delivery(
                        alert_id=alert.id, channel=channel.name, ok=False, attempts=exc.attempts, at=now(),
                        error=str(exc),
                    )
                )  # fmt: skip
    return log
