"""Are two places the same, one inside the other, or distinct?

With coordinates, distance decides, read against the precision of each place (a city-level place
contains the districts within its radius; two districts a few kilometres apart are distinct). Without
coordinates, names decide: the same name is the same place; a different name is a place nested in
the other (a district in its city) only when the reports themselves name both together; otherwise
the places are distinct.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from vigil.records import Place

_RANK = {"exact": 0, "district": 1, "city": 2, "admin1": 3, "country": 4}
_RADIUS_KM = {0: 1.5, 1: 4.0, 2: 25.0, 3: 250.0, 4: 2500.0}
_DEFAULT_RANK = 2
_FILLER = re.compile(
    r"\b(?:the|district|neighbou?rhood|quarter|city|town|village|province|region|governorate|county|"
    r"municipality|area|camp|of)\b"
)


class Relation(Enum):
    SAME = "same"
    NESTED = "nested"
    UNKNOWN = "unknown"
    DISTINCT = "distinct"


@dataclass(slots=True, frozen=True, kw_only=True)
class PlaceKey:
    """What corroboration needs of a place: a normalised name, coordinates, precision rank, country."""

    name: str
    lat: float | None
    lon: float | None
    rank: int
    country: str

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def coarse(self) -> bool:
        """Unlocated, or an admin1 or country: indexed by country rather than by map cell."""
        return not self.located or self.rank >= 3


def normalise(name: str) -> str:
    """A place name folded for comparison: accents, case, 'district of' and the like removed."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    folded = _FILLER.sub(" ", re.sub(r"[^\w\s]", " ", folded))
    return " ".join(folded.split())


def place_key(place: Place | None) -> PlaceKey | None:
    if place is None:
        return None
    name = normalise(place.name or place.text)
    if not name and place.lat is None:
        return None
    rank = _RANK.get(place.precision or "", _DEFAULT_RANK)
    return PlaceKey(name=name, lat=place.lat, lon=place.lon, rank=rank, country=(place.country or "").upper())


def distance_km(a: PlaceKey, b: PlaceKey) -> float:
    """Great-circle distance between two located places."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        raise ValueError("distance_km needs two places with coordinates")
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _named_in(name: str, context: frozenset[str] | set[str]) -> bool:
    parts = name.split()
    return bool(parts) and all(p in context for p in parts)


def relation(
    a: PlaceKey,
    b: PlaceKey,
    *,
    context_a: frozenset[str] | set[str] = frozenset(),
    context_b: frozenset[str] | set[str] = frozenset(),
) -> Relation:
    """How place ``a`` (from reports whose names are ``context_a``) relates to place ``b``."""
    if a.country and b.country and a.country != b.country:
        return Relation.DISTINCT
    if a.located and b.located:
        d = distance_km(a, b)
        if a.name and a.name == b.name and d <= _RADIUS_KM[max(a.rank, b.rank)]:
            return Relation.SAME
        if a.rank == b.rank:
            same_radius = _RADIUS_KM[a.rank] / (4 if a.rank <= 1 else 2)
            return Relation.SAME if d <= same_radius else Relation.DISTINCT
        return Relation.NESTED if d <= _RADIUS_KM[max(a.rank, b.rank)] else Relation.DISTINCT
    if a.name and a.name == b.name:
        return Relation.SAME
    if not a.name or not b.name:
        return Relation.UNKNOWN
    if a.rank != b.rank and min(a.rank, b.rank) >= 3:
        return Relation.NESTED if a.country and a.country == b.country else Relation.UNKNOWN
    if _named_in(b.name, context_a) or _named_in(a.name, context_b):
        return Relation.NESTED
    return Relation.DISTINCT
