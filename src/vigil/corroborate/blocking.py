"""The blocking index: which events a new mention is compared with.

Events are filed under (day, place key) pairs for every day of their span: a map cell of about
half a degree for a located place (fine cells for city level or finer, coarse cells for admin1 and
country), the country for an unlocated or coarse place (admin1, country), the normalised name, or
"nowhere" for an event without a place. A mention looks up the days of its span widened by the
window, under its own keys: the coarse cells around it, and the fine cells that reach within
``FINE_REACH_KM`` of it (a fine place farther away is a distinct place). Mentions are thus compared
with a few events of the same days and area, never with the whole collection.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from vigil.corroborate.places import FINE_REACH_KM, PlaceKey

Key = tuple[Any, ...]
_CELL_DEG = 0.5
_KM_PER_DEG = 111.0
"""A little under the 111.19 km of a degree of latitude, so that the reach of a place errs on the wide side."""
NOWHERE: Key = ("u",)


def cell(place: PlaceKey) -> tuple[int, int]:
    if place.lat is None or place.lon is None:
        raise ValueError("cell needs a place with coordinates")
    return (math.floor(place.lat / _CELL_DEG), math.floor(place.lon / _CELL_DEG))


def event_place_keys(places: Iterable[PlaceKey]) -> set[Key]:
    """The keys an event with these places is filed under."""
    out: set[Key] = set()
    for p in places:
        if p.located:
            out.add(("G" if p.coarse else "g", *cell(p)))
        if p.coarse:
            out.add(("c", p.country))
        if p.name:
            out.add(("n", p.name))
    return out or {NOWHERE}


def _reach(lat: float, lon: float, row: int, col: int) -> tuple[range, range]:
    """The rows and columns of the fine cells (among the 3×3 around ``row, col``) within FINE_REACH_KM."""
    dlat = FINE_REACH_KM / _KM_PER_DEG
    widest = math.cos(math.radians(min(90.0, abs(lat) + dlat)))
    dlon = FINE_REACH_KM / (_KM_PER_DEG * widest) if widest > 0.05 else 2 * _CELL_DEG
    rows = range(
        max(row - 1, math.floor((lat - dlat) / _CELL_DEG)), min(row + 1, math.floor((lat + dlat) / _CELL_DEG)) + 1
    )
    cols = range(
        max(col - 1, math.floor((lon - dlon) / _CELL_DEG)), min(col + 1, math.floor((lon + dlon) / _CELL_DEG)) + 1
    )
    return rows, cols


def mention_place_keys(place: PlaceKey | None, *, names: Iterable[str] = ()) -> set[Key]:
    """The keys a mention looks under; ``names`` are other names its document uses (for mentions with no place)."""
    if place is None:
        return {NOWHERE, ("c", ""), *(("n", n) for n in names)}
    out: set[Key] = {NOWHERE, ("c", place.country)}
    if place.lat is not None and place.lon is not None:
        row, col = cell(place)
        out.update(("G", row + dr, col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1))
        if place.coarse:
            out.update(("g", row + dr, col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1))
        else:
            rows, cols = _reach(place.lat, place.lon, row, col)
            out.update(("g", r, c) for r in rows for c in cols)
    if place.name:
        out.add(("n", place.name))
    return out


def days(span: tuple[int, int] | None, *, widen: int = 0, cap: int = 31) -> list[int | None]:
    """The days of a span, widened on both sides, at most ``cap`` of them; [None] without a span."""
    if span is None:
        return [None]
    start, end = span[0] - widen, span[1] + widen
    return list(range(start, min(end, start + cap - 1) + 1))


class BlockIndex:
    """key → day → the ids of the events filed there.

    Keyed by place first: a mention's dozen keys are looked up once each, and only the keys that hold
    events are looked up day by day. A bucket of one event holds its id, not a set of one."""

    def __init__(self) -> None:
        self._keys: dict[Key, dict[int | None, str | set[str]]] = {}
        self._size = 0

    def __len__(self) -> int:
        """The number of (day, key) buckets in use."""
        return self._size

    def file(self, event_id: str, entries: Iterable[tuple[int | None, Key]]) -> None:
        for day, key in entries:
            by_day = self._keys.get(key)
            if by_day is None:
                by_day = self._keys[key] = {}
            bucket = by_day.get(day)
            if bucket is None:
                by_day[day] = event_id
                self._size += 1
            elif isinstance(bucket, str):
                if bucket != event_id:
                    by_day[day] = {bucket, event_id}
            else:
                bucket.add(event_id)

    def unfile(self, event_id: str, entries: Iterable[tuple[int | None, Key]]) -> None:
        for day, key in entries:
            by_day = self._keys.get(key)
            if by_day is None:
                continue
            bucket = by_day.get(day)
            if bucket is None:
                continue
            if isinstance(bucket, str):
                if bucket != event_id:
                    continue
            else:
                bucket.discard(event_id)
                if len(bucket) == 1:
                    by_day[day] = next(iter(bucket))
                if bucket:
                    continue
            del by_day[day]
            self._size -= 1
            if not by_day:
                del self._keys[key]

    def candidates(self, day_list: list[int | None], keys: Iterable[Key]) -> set[str]:
        """Event ids filed under any (day, key) pair."""
        found: set[str] = set()
        get = self._keys.get
        for key in keys:
            by_day = get(key)
            if by_day:
                for day in day_list:
                    bucket = by_day.get(day)
                    if bucket is None:
                        continue
                    if isinstance(bucket, str):
                        found.add(bucket)
                    else:
                        found |= bucket
        return found
