"""The knowledge files of the geoparser (``data/*.yaml``), loaded once and checked field by field."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


class PlacesDataError(ValueError):
    """A data file of the geoparser is malformed: the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class Region:
    """A named region the base data lacks (England, Darfur, the Middle East), with its own coordinates."""

    name: str
    country: str | None
    lat: float
    lon: float
    feature_code: str
    population: int
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Cues:
    before: frozenset[str]
    strong_before: tuple[str, ...]
    after_admin: frozenset[str]
    after_city: frozenset[str]
    directions: frozenset[str]


@dataclass(frozen=True, slots=True)
class Stopwords:
    common: frozenset[str]
    first_names: frozenset[str]
    titles: frozenset[str]
    publishers: frozenset[str]


@dataclass(frozen=True, slots=True)
class RankerWeights:
    min_score: float
    weights: dict[str, float]


def _read(name: str, path: Path | None = None) -> dict[str, Any]:
    source = path if path is not None else resources.files("vigil.resolve.places").joinpath("data").joinpath(name)
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise PlacesDataError(f"{name}: not valid YAML: {error}") from error
    if not isinstance(data, dict):
        raise PlacesDataError(f"{name}: the top level must be a mapping")
    return data


def _strings(data: dict[str, Any], field: str, file: str) -> list[str]:
    value = data.get(field)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PlacesDataError(f"{file}: field {field!r} must be a list of strings")
    return value


def _code(value: Any, where: str) -> str:
    if not isinstance(value, str) or len(value) != 2 or not value.isupper():
        raise PlacesDataError(f"{where}: {value!r} is not an ISO 3166-1 alpha-2 code")
    return value


@functools.cache
def demonyms() -> dict[str, str]:
    """Demonym as written -> ISO alpha-2 code ("Syrian" -> "SY")."""
    data = _read("demonyms.yaml").get("demonyms")
    if not isinstance(data, dict):
        raise PlacesDataError("demonyms.yaml: field 'demonyms' must be a mapping")
    return {str(k): _code(v, f"demonyms.yaml: demonyms.{k}") for k, v in data.items()}


@functools.cache
def aliases_digest() -> str:
    """The SHA-256 of the built-in ``aliases.yaml``: a gazetteer built with another copy re-reads it."""
    source = resources.files("vigil.resolve.places").joinpath("data").joinpath("aliases.yaml")
    return hashlib.sha256(source.read_bytes()).hexdigest()


@functools.cache
def country_aliases() -> dict[str, tuple[str, ...]]:
    data = _read("aliases.yaml").get("countries")
    if not isinstance(data, dict):
        raise PlacesDataError("aliases.yaml: field 'countries' must be a mapping")
    out: dict[str, tuple[str, ...]] = {}
    for code, names in data.items():
        _code(code, f"aliases.yaml: countries.{code}")
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise PlacesDataError(f"aliases.yaml: countries.{code} must be a list of strings")
        out[code] = tuple(names)
    return out


@functools.cache
def admin1_aliases() -> dict[tuple[str, str], tuple[str, ...]]:
    """(country, admin1 name) -> its short forms ("Ky.", "B.C.")."""
    data = _read("aliases.yaml").get("admin1")
    if not isinstance(data, dict):
        raise PlacesDataError("aliases.yaml: field 'admin1' must be a mapping")
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for code, divisions in data.items():
        _code(code, f"aliases.yaml: admin1.{code}")
        if not isinstance(divisions, dict):
            raise PlacesDataError(f"aliases.yaml: admin1.{code} must be a mapping")
        for name, names in divisions.items():
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise PlacesDataError(f"aliases.yaml: admin1.{code}.{name} must be a list of strings")
            out[(code, str(name))] = tuple(names)
    return out


@functools.cache
def country_points() -> dict[str, tuple[float, float]]:
    data = _read("aliases.yaml").get("points", {})
    if not isinstance(data, dict):
        raise PlacesDataError("aliases.yaml: field 'points' must be a mapping")
    out = {}
    for code, point in data.items():
        _code(code, f"aliases.yaml: points.{code}")
        if not isinstance(point, list) or len(point) != 2 or not all(isinstance(v, int | float) for v in point):
            raise PlacesDataError(f"aliases.yaml: points.{code} must be [lat, lon]")
        out[code] = (float(point[0]), float(point[1]))
    return out


@functools.cache
def regions() -> tuple[Region, ...]:
    data = _read("aliases.yaml").get("regions")
    if not isinstance(data, list):
        raise PlacesDataError("aliases.yaml: field 'regions' must be a list")
    out = []
    for i, item in enumerate(data):
        where = f"aliases.yaml: regions[{i}]"
        if not isinstance(item, dict):
            raise PlacesDataError(f"{where} must be a mapping")
        try:
            country = item.get("country")
            out.append(
                Region(
                    name=str(item["name"]),
                    country=None if country is None else _code(country, f"{where}.country"),
                    lat=float(item["lat"]),
                    lon=float(item["lon"]),
                    feature_code=str(item["feature_code"]),
                    population=int(item.get("population", 0)),
                    aliases=tuple(str(a) for a in item.get("aliases", [])),
                )
            )
        except (KeyError, TypeError, ValueError) as error:
            raise PlacesDataError(f"{where}: missing or bad field: {error}") from error
    return tuple(out)


@functools.cache
def cues() -> Cues:
    data = _read("cues.yaml")
    low = {f: [w.lower() for w in _strings(data, f, "cues.yaml")] for f in data}
    for field in ("before", "strong_before", "after_admin", "after_city", "directions"):
        if field not in low:
            raise PlacesDataError(f"cues.yaml: field {field!r} is missing")
    return Cues(
        before=frozenset(low["before"]),
        strong_before=tuple(low["strong_before"]),
        after_admin=frozenset(low["after_admin"]),
        after_city=frozenset(low["after_city"]),
        directions=frozenset(low["directions"]),
    )


@functools.cache
def stopwords() -> Stopwords:
    data = _read("stopwords.yaml")
    return Stopwords(
        common=frozenset(_strings(data, "common", "stopwords.yaml")),
        first_names=frozenset(_strings(data, "first_names", "stopwords.yaml")),
        titles=frozenset(_strings(data, "titles", "stopwords.yaml")),
        publishers=frozenset(_strings(data, "publishers", "stopwords.yaml")),
    )


def load_weights(path: Path | None = None) -> RankerWeights:
    """The ranker's weights: the packaged ``data/ranker.yaml`` or a file of the same shape."""
    name = str(path) if path is not None else "ranker.yaml"
    data = _read("ranker.yaml", path)
    weights = data.get("weights")
    if not isinstance(weights, dict) or not all(isinstance(v, int | float) for v in weights.values()):
        raise PlacesDataError(f"{name}: field 'weights' must map feature names to numbers")
    min_score = data.get("min_score", 0.0)
    if not isinstance(min_score, int | float):
        raise PlacesDataError(f"{name}: field 'min_score' must be a number")
    return RankerWeights(min_score=float(min_score), weights={str(k): float(v) for k, v in weights.items()})


@functools.cache
def default_weights() -> RankerWeights:
    return load_weights()
