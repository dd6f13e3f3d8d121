"""The blocking index: which events a new mention is compared with.

Events are filed under (day, place key) pairs for every day of their span: a map cell of about
half a degree for a located place, the country for an unlocated or coarse place (admin1, country),
the normalised name, or "nowhere" for an event without a place. A mention looks up the days of its
span widened by the window, under its own keys (with the neighbouring map cells). Mentions are thus
compared with a few events of the same days and area, never with the whole collection.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from typing import Any

from vigil.corroborate.places import PlaceKey

Key = tuple[Any, ...]
_CELL_DEG = 0.5
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
            out.add(("g", *cell(p)))
        if p.coarse:
            out.add(("c", p.country))
        if p.name:
            out.add(("n", p.name))
    return out or {NOWHERE}


def mention_place_keys(place: PlaceKey | None, *, names: Iterable[str] = ()) -> set[Key]:
    """The keys a mention looks under; ``names`` are other names its document uses (for mentions with no place)."""
    if place is None:
        return {NOWHERE, ("c", ""), *(("n", n) for n in names)}
    out: set[Key] = {NOWHERE, ("c", place.country)}
    if place.located:
        row, col = cell(place)
        out.update(("g", row + dr, col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1))
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
    """(day, key) → the ids of the events filed there."""

    def __init__(self) -> None:
        self._buckets: dict[tuple[int | None, Key], set[str]] = {}

    def __len__(self) -> int:
        return len(self._buckets)

    def file(self, event_id: str, entries: Iterable[tuple[int | None, Key]]) -> None:
        for entry in entries:
            bucket = self._buckets.get(entry)
            if bucket is None:
                self._buckets[entry] = {event_id}
            else:
                bucket.add(event_id)

    def unfile(self, event_id: str, entries: Iterable[tuple[int | None, Key]]) -> None:
        for entry in entries:
            bucket = self._buckets.get(entry)
            if bucket is not None:
                bucket.discard(event_id)
                if not bucket:
                    del self._buckets[entry]

    def candidates(self, day_list: list[int | None], keys: set[Key]) -> Iterator[str]:
        """Event ids filed under any (day, key) pair, each once."""
        seen: set[str] = set()
        get = self._buckets.get
        for day in day_list:
            for key in keys:
                bucket = get((day, key))
                if bucket:
                    for eid in bucket:
                        if eid not in seen:
                            seen.add(eid)
                            yield eid
