"""Load a GeoNames dump the user downloaded into the gazetteer: idempotent and resumable.

Accepted: ``allCountries.zip``, a country file (``SY.zip``), ``cities500.zip`` and the like, their plain
``.txt``, ``alternateNamesV2.zip`` (or ``.txt``) and ``admin1CodesASCII.txt``. Rows are committed in
batches; the ``loads`` table records, per file and sha256, how many lines are in, so a second load of the
same file changes nothing and an interrupted load goes on where it stopped.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from vigil.resolve.places.gazetteer import Gazetteer

_SKIP_LANGUAGES = frozenset({"link", "post", "iata", "icao", "faac", "fr_1793", "wkdt", "unlc", "tcid"})
Progress = Callable[[int, int], None]


@dataclass(slots=True)
class LoadReport:
    """What one :func:`load_geonames` call did."""

    file: str
    kind: str
    lines_read: int = 0
    places: int = 0
    names: int = 0
    admin1: int = 0
    resumed_from: int = 0
    already_loaded: bool = False
    errors: list[str] = field(default_factory=list)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _kind(name: str) -> str:
    low = name.lower()
    if low.startswith("alternatenames"):
        return "alternate_names"
    if low.startswith("admin1codes"):
        return "admin1_codes"
    return "places"


@contextmanager
def _open_text(path: Path) -> Iterator[tuple[IO[str], int, str]]:
    """The text inside ``path`` (a .zip's main member, or the file itself), its size in bytes, its name."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if m.filename.endswith(".txt") and "readme" not in m.filename]
            if not members:
                raise ValueError(f"{path}: the zip holds no GeoNames .txt file")
            member = max(members, key=lambda m: m.file_size)
            with archive.open(member) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="\n"), member.file_size, member.filename
    else:
        with path.open(encoding="utf-8", newline="\n") as handle:
            yield handle, path.stat().st_size, path.name


def load_geonames(
    path: Path,
    *,
    gazetteer: Gazetteer,
    progress: Progress | None = None,
    batch_size: int = 50_000,
) -> LoadReport:
    """Load one GeoNames file into ``gazetteer``; ``progress(bytes_done, bytes_total)`` is called per batch."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such GeoNames file")
    sha = _sha256(path)
    conn = gazetteer.connection
    row = conn.execute("SELECT lines_done, done FROM loads WHERE file = ? AND sha256 = ?", (path.name, sha)).fetchone()
    with _open_text(path) as (handle, total, inner):
        report = LoadReport(file=str(path), kind=_kind(inner))
        if row is not None and row[1]:
            report.already_loaded = True
            return report
        start = row[0] if row is not None else 0
        report.resumed_from = start
        handler = {"places": _places, "alternate_names": _alternate_names, "admin1_codes": _admin1_codes}[report.kind]
        batch: list[tuple[int, list[str]]] = []
        done_bytes = 0
        for number, line in enumerate(handle, start=1):
            done_bytes += len(line.encode("utf-8"))
            if number <= start:
                continue
            report.lines_read += 1
            if line.startswith("#") or not line.strip():
                batch.append((number, []))
            else:
                batch.append((number, line.rstrip("\n").split("\t")))
            if len(batch) >= batch_size:
                _commit(gazetteer, handler, batch, report, path.name, sha, number, done=False)
                batch = []
                if progress is not None:
                    progress(done_bytes, total)
        _commit(gazetteer, handler, batch, report, path.name, sha, start + report.lines_read, done=True)
        if progress is not None:
            progress(total, total)
    gazetteer.changed()
    return report


Handler = Callable[[Gazetteer, list[tuple[int, list[str]]], LoadReport, str], None]


def _commit(
    gazetteer: Gazetteer,
    handler: Handler,
    batch: list[tuple[int, list[str]]],
    report: LoadReport,
    name: str,
    sha: str,
    lines_done: int,
    *,
    done: bool,
) -> None:
    with gazetteer.connection:
        handler(gazetteer, [(n, cols) for n, cols in batch if cols], report, name)
        gazetteer.connection.execute(
            "INSERT OR REPLACE INTO loads VALUES (?,?,?,?)", (name, sha, lines_done, int(done))
        )


def _places(gazetteer: Gazetteer, rows: list[tuple[int, list[str]]], report: LoadReport, name: str) -> None:
    places, names, admin1 = [], [], []
    for number, cols in rows:
        if len(cols) < 15:
            report.errors.append(f"{name}:{number}: {len(cols)} columns, a GeoNames row has 19")
            continue
        try:
            gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
            population = int(cols[14] or 0)
        except ValueError as error:
            report.errors.append(f"{name}:{number}: {error}")
            continue
        fclass, fcode, country, adm1 = cols[6] or None, cols[7] or None, cols[8] or None, cols[10] or None
        places.append((gid, gid, cols[1], lat, lon, country, adm1, fclass, fcode, population, "geonames"))
        names.append((cols[1], gid, "name"))
        if cols[2] and cols[2] != cols[1]:
            names.append((cols[2], gid, "ascii"))
        names.extend((alt, gid, "alternate") for alt in cols[3].split(",") if len(alt) > 1)
        if fcode == "ADM1" and country and adm1:
            admin1.append((country, adm1, cols[1]))
    conn = gazetteer.connection
    for country, code, _ in admin1:  # a real ADM1 replaces the one the default build derived
        stale = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM places WHERE id < 0 AND country = ? AND admin1 = ? AND feature_code = 'ADM1'",
                (country, code),
            )
        ]
        conn.executemany("DELETE FROM names WHERE place_id = ?", [(i,) for i in stale])
        conn.executemany("DELETE FROM places WHERE id = ?", [(i,) for i in stale])
    before = conn.total_changes
    gazetteer.add_places(places)
    report.places += len(places)
    before = conn.total_changes
    gazetteer.add_names(names)
    report.names += conn.total_changes - before
    gazetteer.set_admin1_names(admin1)
    report.admin1 += len(admin1)


def _alternate_names(gazetteer: Gazetteer, rows: list[tuple[int, list[str]]], report: LoadReport, name: str) -> None:
    conn = gazetteer.connection
    wanted: list[tuple[str, int, str]] = []
    for number, cols in rows:
        if len(cols) < 4:
            report.errors.append(f"{name}:{number}: {len(cols)} columns, an alternate-name row has 10")
            continue
        if cols[2] in _SKIP_LANGUAGES or (len(cols) > 7 and cols[7] == "1"):
            continue
        try:
            wanted.append((cols[3], int(cols[1]), "alternate"))
        except ValueError as error:
            report.errors.append(f"{name}:{number}: {error}")
    ids = {gid for _, gid, _ in wanted}
    known: set[int] = set()
    for chunk in _chunks(sorted(ids), 900):
        marks = ",".join("?" * len(chunk))
        known.update(r[0] for r in conn.execute(f"SELECT id FROM places WHERE id IN ({marks})", chunk))
    before = conn.total_changes
    gazetteer.add_names(n for n in wanted if n[1] in known)
    report.names += conn.total_changes - before


def _admin1_codes(gazetteer: Gazetteer, rows: list[tuple[int, list[str]]], report: LoadReport, name: str) -> None:
    out = []
    for number, cols in rows:
        if len(cols) < 3 or "." not in cols[0]:
            report.errors.append(f"{name}:{number}: expected 'CC.code<TAB>name<TAB>ascii name<TAB>geonameid'")
            continue
        country, code = cols[0].split(".", 1)
        out.append((country, code, cols[1]))
    gazetteer.set_admin1_names(out)
    report.admin1 += len(out)


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
