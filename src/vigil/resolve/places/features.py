"""Features of a candidate place in the context of its document (the ranker turns them into a score)."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from vigil.resolve.places.gazetteer import Candidate

NEAR_KM = 300.0
FAR_KM = 500.0  # a small place farther than this from everything else the document names is doubtful
FAR_POPULATION = 100_000
CONTEXT_FEATURES = (
    "country_in_doc",
    "country_share",
    "admin1_in_doc",
    "near_other",
    "far_from_context",
    "hierarchy",
    "cue_admin",
    "cue_admin_miss",
    "cue_city",
)  # the names context_features() returns, each between 0 and 1


@dataclass(slots=True)
class Context:
    """What the rest of the document says: countries named, first-level divisions, places already placed."""

    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1: set[tuple[str, str]] = field(default_factory=set)
    points: list[tuple[str, float, float]] = field(default_factory=list)  # (normalised name, lat, lon)
    anchors: list[tuple[str, float, float]] = field(default_factory=list)  # points and the named countries' points

    def country_weight(self, code: str | None, *, own: float = 0.0) -> tuple[float, float]:
        """(evidence for the country besides the mention itself, its share of all country evidence)."""
        if code is None:
            return 0.0, 0.0
        mine = max(0.0, self.countries.get(code, 0.0) - own)
        total = max(0.0, sum(self.countries.values()) - own)
        return mine, (mine / total if total else 0.0)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def within_km(lat: float, lon: float, points: list[tuple[str, float, float]], km: float, *, skip: str) -> bool:
    """True when a point not named ``skip`` lies within ``km`` of (lat, lon); cheap latitude test first."""
    degrees = km / 111.0
    for other, plat, plon in points:
        if other != skip and abs(plat - lat) <= degrees and haversine_km(lat, lon, plat, plon) <= km:
            return True
    return False


def prior_features(candidate: Candidate, *, others: list[Candidate], first: bool) -> dict[str, float]:
    """Features that depend on the candidate and its namesakes only (cached per name by the geoparser)."""
    code = candidate.feature_code or ""
    top_population = others[0].population if others else 0
    named_like_city = candidate.is_admin1 and any(
        o.is_populated and o.country == candidate.country and o.admin1 == candidate.admin1 for o in others
    )
    capital_namesake = (candidate.is_admin1 or code == "ADM2") and any(
        o.feature_code == "PPLC" and o.country == candidate.country for o in others
    )
    return {
        "bias": 1.0,
        "log_population": math.log10(candidate.population + 1),
        "log_population_ratio": math.log10((candidate.population + 1) / (top_population + 1)),
        "is_country": float(candidate.is_country),
        "is_admin1": float(candidate.is_admin1),
        "is_admin2": float(code == "ADM2"),
        "is_continent": float(candidate.is_continent),
        "is_region": float(code == "RGN"),
        "is_capital": float(code == "PPLC"),
        "is_admin_seat": float(code.startswith("PPLA")),
        "primary_name": float(candidate.name_kind in ("name", "ascii")),
        "alias": float(candidate.name_kind in ("alias", "dotted")),
        "admin_named_like_city": float(named_like_city),
        "admin_named_like_capital": float(capital_namesake),
        "neighbourhood": float(code in ("PPLX", "PPLL", "PPLF")),
        "same_name_first": float(first),
    }


def context_features(
    candidate: Candidate,
    *,
    norm: str,
    hint: str | None,
    container: list[Candidate],
    context: Context,
    own_country: float,
) -> dict[str, float]:
    """Features that depend on the rest of the document."""
    code = candidate.feature_code or ""
    evidence, share = context.country_weight(candidate.country, own=own_country)
    near = far = 0.0
    if candidate.lat is not None and candidate.lon is not None:
        near = float(within_km(candidate.lat, candidate.lon, context.points, NEAR_KM, skip=norm))
        small = candidate.population < FAR_POPULATION and not (candidate.is_country or candidate.feature_class == "L")
        if small and evidence < 0.5 and any(a[0] != norm for a in context.anchors):
            far = float(not within_km(candidate.lat, candidate.lon, context.anchors, FAR_KM, skip=norm))
    hierarchy = 0.0
    for parent in container:
        if (
            parent.id != candidate.id
            and parent.country == candidate.country
            and (parent.is_country or (parent.is_admin1 and parent.admin1 == candidate.admin1))
        ):
            hierarchy = 1.0
            break
    admin_like = candidate.is_admin1 or code == "ADM2"
    return {
        "country_in_doc": float(evidence >= 1.0),
        "country_share": share,
        "admin1_in_doc": float(
            not candidate.is_admin1 and (candidate.country or "", candidate.admin1 or "") in context.admin1
        ),
        "near_other": near,
        "far_from_context": far,
        "hierarchy": hierarchy,
        "cue_admin": float(hint == "admin" and admin_like),
        "cue_admin_miss": float(hint == "admin" and not admin_like),
        "cue_city": float(hint == "city" and candidate.is_populated),
    }


def features(
    candidate: Candidate,
    *,
    norm: str,
    hint: str | None,
    container: list[Candidate],
    others: list[Candidate],
    context: Context,
    own_country: float,
    first: bool,
) -> dict[str, float]:
    """The feature values of ``candidate`` for a mention written ``norm`` (normalised)."""
    return prior_features(candidate, others=others, first=first) | context_features(
        candidate, norm=norm, hint=hint, container=container, context=context, own_country=own_country
    )
