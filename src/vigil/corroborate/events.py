"""Events built from mentions: figures reconciled per kind, never averaged away."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from vigil.records import Event, EventChange, FigureRange, Mention


def figure_values(mention: Mention, *, source: str) -> list[dict[str, Any]]:
    """The figures one mention gives, each linked to the mention, its document and its independent source."""
    return [
        {
            "kind": c.kind,
            "low": c.low,
            "high": c.high,
            "text": c.text,
            "approximate": c.approximate,
            "mention_id": mention.id,
            "document_id": mention.document_id,
            "source": source,
        }
        for c in mention.counts
        if c.low is not None or c.high is not None
    ]


def reconcile(kind: str, values: list[dict[str, Any]]) -> FigureRange:
    """Low is the smallest lower bound, high the largest upper bound (None when some source gives only a
    lower bound), best the exact value the most independent sources gave (ties go to the value more sources
    state at all, "at least 9" included, then to the larger); every value is kept."""
    lows = [v["low"] for v in values if isinstance(v["low"], int)]
    highs = [v["high"] for v in values if isinstance(v["high"], int)]
    low = min(lows) if lows else None
    open_ended = any(v["high"] is None for v in values)
    high = None if open_ended or not highs else max(highs)
    exact: dict[int, set[str]] = {}
    stated: dict[int, set[str]] = {}
    for v in values:
        source = str(v.get("source") or v.get("document_id"))
        if isinstance(v["low"], int):
            stated.setdefault(v["low"], set()).add(source)
            if v["low"] == v["high"]:
                exact.setdefault(v["low"], set()).add(source)
    if exact:
        best: int | None = max(exact, key=lambda x: (len(exact[x]), len(stated.get(x, ())), x))
    else:
        best = low if low is not None else high
    return FigureRange(kind=kind, low=low, best=best, high=high, values=list(values))


def figures_from_mentions(
    mentions: Sequence[Mention], *, source_of: Callable[[Mention], str] | None = None
) -> list[FigureRange]:
    """Reconcile counts per kind across mentions. ``source_of`` names each mention's independent source
    (by default its document), so that copies of one report do not outvote another report."""
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for m in mentions:
        source = source_of(m) if source_of else m.document_id
        for v in figure_values(m, source=source):
            by_kind.setdefault(v["kind"], []).append(v)
    return [reconcile(kind, values) for kind, values in sorted(by_kind.items())]


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
        sides=list(mention.sides),
        indicators=list(mention.indicators),
        violations=list(mention.violations),
        figures=figures_from_mentions([mention]),
        n_sources=1,
        grade="single_source",
        history=[EventChange(at=at, action="created", reason="first report of this event", mention_id=mention.id)],
    )
