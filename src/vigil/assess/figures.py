"""The trapped-population estimate (or any figure kind) of a situation, as a range with its sources."""

from __future__ import annotations

import statistics
from datetime import timedelta

from vigil.assess.dated import Dated
from vigil.records import PopulationEstimate

RECENT_DAYS = 14
"""Reports of the figure within this many days of its latest report make the current estimate."""


def estimate(dated: list[Dated], *, kind: str = "trapped", recent_days: int = RECENT_DAYS) -> PopulationEstimate | None:
    """Low is the smallest lower bound, high the largest upper bound (or lower bound where no upper bound was
    given), best the median of the best values, over the reports of the last ``recent_days``."""
    reports = [(d, f) for d in dated if (f := d.event.figure(kind)) is not None and (f.low or f.best or f.high)]
    if not reports:
        return None
    latest = max(d.day for d, _ in reports)
    recent = [(d, f) for d, f in reports if d.day >= latest - timedelta(days=recent_days)]
    lows = [v for _, f in recent if (v := f.low if f.low is not None else f.best) is not None]
    highs = [v for _, f in recent if (v := f.high if f.high is not None else (f.best or f.low)) is not None]
    bests = [v for _, f in recent if (v := f.best if f.best is not None else f.low) is not None]
    sources = [
        {
            "event_id": d.id,
            "day": d.day.isoformat(),
            "document_ids": d.documents(),
            "low": f.low,
            "high": f.high,
            "best": f.best,
            "texts": [str(v.get("text", "")) for v in f.values if v.get("text")],
        }
        for d, f in recent
    ]
    return PopulationEstimate(
        kind=kind,
        low=min(lows) if lows else None,
        high=max(highs) if highs else None,
        best=int(statistics.median(bests)) if bests else None,
        as_of=latest,
        sources=sources,
    )


def describe(est: PopulationEstimate) -> str:
    if est.low is not None and est.high is not None and est.low != est.high:
        return f"{est.low:,}–{est.high:,}"
    value = est.low if est.low is not None else est.high
    return f"{value:,}" if value is not None else "?"
