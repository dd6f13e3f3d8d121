"""Features of a candidate place in the context of its document (the ranker turns them into a score)."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from vigil.resolve.places.gazetteer import Candidate

NEAR_KM = 300.0


@dataclass(slots=True)
class Context:
    """What the rest of the document says: countries named, first-level divisions, places already placed."""

    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1: set[tuple[str, str]] = field(default_factory=set)
    points: list[tuple[str, float, float]] = field(default_factory=list)  # (normalised name, lat, lon)

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
    top_population: int,
) -> dict[str, float]:
    """The feature values of ``candidate`` for a mention written ``norm`` (normalised)."""
    code = candidate.feature_code or ""
    evidence, share = context.country_weight(candidate.country, own=own_country)
    near = 0.0
    if candidate.lat is not None and candidate.lon is not None:
        for other, lat, lon in context.points:
            if other != norm and haversine_km(candidate.lat, candidate.lon, lat, lon) <= NEAR_KM:
                near = 1.0
                break
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
    named_like_city = candidate.is_admin1 and any(
        o.is_populated and o.country == candidate.country and o.admin1 == candidate.admin1 for o in others
    )
    return {
        "bias": 1.0,
        "log_population": math.log10(candidate.population + 1),
        "log_population_ratio": math.log10((candidate.population + 1) / (top_population + 1)),
        "is_country": float(candidate.is_country),
        "is_admin1": float(candidate.is_admin1),
        "is_continent": float(candidate.is_continent),
        "is_region": float(code == "RGN"),
        "is_capital": float(code == "PPLC"),
        "is_admin_seat": float(code.startswith("PPLA")),
        "primary_name": float(candidate.name_kind in ("name", "ascii")),
        "alias": float(candidate.name_kind in ("alias", "dotted")),
        "country_in_doc": float(evidence >= 1.0),
        "country_share": share,
        "admin1_in_doc": float(
            not candidate.is_admin1 and (candidate.country or "", candidate.admin1 or "") in context.admin1
        ),
        "near_other": near,
        "hierarchy": hierarchy,
        "cue_admin": float(hint == "admin" and admin_like),
        "cue_admin_miss": float(hint == "admin" and not admin_like),
        "cue_city": float(hint == "city" and candidate.is_populated),
        "admin_named_like_city": float(named_like_city),
        "neighbourhood": float(code in ("PPLX", "PPLL", "PPLF")),
        "same_name_first": float(first),
    }
