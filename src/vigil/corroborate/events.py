"""Events built from mentions: figures reconciled per kind, never averaged away.

This first version makes one event of each mention (a single report is an event graded
``single_source``); joining mentions across documents builds on these functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from vigil.records import Event, EventChange, FigureRange, Mention


def figures_from_mentions(mentions: Sequence[Mention]) -> list[FigureRange]:
    """Reconcile counts per kind: low is the smallest lower bound, high the largest upper bound (None when
    some source gives only a lower bound), best the most often reported single value; every value keeps
    the mention that gave it."""
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for m in mentions:
        for c in m.counts:
            if c.low is None and c.high is None:
                continue
            by_kind.setdefault(c.kind, []).append(
                {"low": c.low, "high": c.high, "text": c.text, "mention_id": m.id, "document_id": m.document_id}
            )
    figures = []
    for kind, values in by_kind.items():
        lows = [v["low"] for v in values if isinstance(v["low"], int)]
        highs = [v["high"] for v in values if isinstance(v["high"], int)]
        exact = [v["low"] for v in values if isinstance(v["low"], int) and v["low"] == v["high"]]
        low = min(lows) if lows else None
        open_ended = any(v["high"] is None for v in values)
        high = None if open_ended or not highs else max(highs)
        best = _most_reported(exact) if exact else (low if low is not None else high)
        figures.append(FigureRange(kind=kind, low=low, best=best, high=high, values=values))
    return sorted(figures, key=lambda f: f.kind)


def _most_reported(values: list[int]) -> int:
    """The value most sources gave; on a tie, the larger (the one a later report most often revised to)."""
    return max(set(values), key=lambda x: (values.count(x), x))


def event_from_mention(mention: Mention, *, now: datetime | None = None) -> Event:
    """An event reported by one mention: graded single source, with its history's first entry."""
    at = now or datetime.now(UTC)
    return Event(
        id=f"ev-{mention.id}",
        type=mention.type,
        mentions=[mention],
        location=mention.location,
        date_start=mention.date.start if mention.date else None,
        date_end=mention.date.end if mention.date else None,
        perpetrators=list(mention.perpetrators),
        indicators=list(mention.indicators),
        violations=list(mention.violations),
        figures=figures_from_mentions([mention]),
        n_sources=1,
        grade="single_source",
        history=[EventChange(at=at, action="created", reason="first report of this event", mention_id=mention.id)],
    )
