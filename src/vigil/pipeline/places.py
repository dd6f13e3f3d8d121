"""The gazetteer: build it, load GeoNames dumps into it, look names up."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vigil.resolve.places import Gazetteer, LoadReport, load_geonames


@dataclass(slots=True, kw_only=True)
class GazetteerInfo:
    path: str
    counts: dict[str, int]
    meta: dict[str, str] = field(default_factory=dict)


def gazetteer_info(path: Path | None = None) -> GazetteerInfo:
    """Open (building on first use) the gazetteer and say what it holds."""
    gazetteer = Gazetteer.open(path)
    try:
        return GazetteerInfo(path=str(gazetteer.path), counts=gazetteer.counts(), meta=gazetteer.meta())
    finally:
        gazetteer.close()


def load_dumps(
    files: Sequence[Path], *, path: Path | None = None, progress: Callable[[int, int], None] | None = None
) -> list[LoadReport]:
    """Load GeoNames dumps (allCountries.zip, SY.zip, cities*.zip, alternateNamesV2.zip, admin1CodesASCII.txt)
    in the order given; loading a file again changes nothing, an interrupted load resumes."""
    gazetteer = Gazetteer.open(path)
    try:
        return [load_geonames(f, gazetteer=gazetteer, progress=progress) for f in files]
    finally:
        gazetteer.close()


def search_places(name: str, *, path: Path | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """The gazetteer's candidates for a name, most populous first."""
    gazetteer = Gazetteer.open(path)
    try:
        return [
            {
                "geonameid": c.geonameid,
                "name": c.name,
                "lat": c.lat,
                "lon": c.lon,
                "country": c.country,
                "admin1": gazetteer.admin1_name(c.country, c.admin1) or c.admin1,
                "feature_code": c.feature_code,
                "population": c.population,
            }
            for c in gazetteer.candidates(name, limit=limit)
        ]
    finally:
        gazetteer.close()
