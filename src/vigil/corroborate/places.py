"""Are two places the same, one inside the other, or distinct?

With coordinates, distance decides, read against the precision of each place (a city-level place
contains the districts within its radius; two districts a few kilometres apart are distinct). Without
coordinates, names decide: the same name is the same place; a different name is a place nested in
the other (a district in its city) only when the reports themselves name both together; otherwise
the places are distinct.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum

from vigil.records import Place

_RANK = {"exact": 0, "district": 1, "city": 2, "admin1": 3, "country": 4}
_RADIUS_KM = {0: 1.5, 1: 4.0, 2: 25.0, 3: 250.0, 4: 2500.0}
_DEFAULT_RANK = 2
FINE_REACH_KM = _RADIUS_KM[3 - 1]
"""The farthest apart two located places of city level or finer can be and not be distinct (see ``relation``)."""
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
    phi: float = field(init=False, compare=False, repr=False, default=0.0)
    lam: float = field(init=False, compare=False, repr=False, default=0.0)
    cos_phi: float = field(init=False, compare=False, repr=False, default=1.0)

    def __post_init__(self) -> None:
        if self.lat is not None and self.lon is not None:  # radians, once, for distance_km
            phi = math.radians(self.lat)
            object.__setattr__(self, "phi", phi)
            object.__setattr__(self, "lam", math.radians(self.lon))
            object.__setattr__(self, "cos_phi", math.cos(phi))

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
    return _place_key(place.name or place.text, place.lat, place.lon, place.precision, place.country)


@functools.lru_cache(maxsize=1 << 12)
def _place_key(
    name: str, lat: float | None, lon: float | None, precision: str | None, country: str | None
) -> PlaceKey | None:
    """One PlaceKey per distinct place (memoised: keys are immutable, and a stream names the same places again)."""
    folded = normalise(name)
    if not folded and lat is None:
        return None
    rank = _RANK.get(precision or "", _DEFAULT_RANK)
    return PlaceKey(name=folded, lat=lat, lon=lon, rank=rank, country=(country or "").upper())


def distance_km(a: PlaceKey, b: PlaceKey) -> float:
    """Great-circle distance between two located places."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        raise ValueError("distance_km needs two places with coordinates")
    h = math.sin((b.phi - a.phi) / 2) ** 2 + a.cos_phi * b.cos_phi * math.sin((b.lam - a.lam) / 2) ** 2
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
        reach = _RADIUS_KM[max(a.rank, b.rank)]
        if abs(a.phi - b.phi) * 6371.0 > reach:  # farther apart than their latitudes alone: distinct
            return Relation.DISTINCT
        d = distance_km(a, b)
        if a.name and a.name == b.name and d <= reach:
            return Relation.SAME
        if a.rank == b.rank:
            same_radius = _RADIUS_KM[a.rank] / (4 if a.rank <= 1 else 2)
            return Relation.SAME if d <= same_radius else Relation.DISTINCT
        return Relation.NESTED if d <= reach else Relation.DISTINCT
    if a.name and a.name == b.name:
        return Relation.SAME
    if not a.name or not b.name:
        return Relation.UNKNOWN
    if a.rank != b.rank and min(a.rank, b.rank) >= 3:
        return Relation.NESTED if a.country and a.country == b.country else Relation.UNKNOWN
    if _named_in(b.name, context_a) or _named_in(a.name, context_b):
        return Relation.NESTED
    return Relation.DISTINCT
