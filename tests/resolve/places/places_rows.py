"""GeoNames-format rows the places tests write: a tiny gazetteer of their own."""

from __future__ import annotations

from pathlib import Path

# geonameid, name, alternate names, lat, lon, class, code, country, admin1, population
ROWS = [
    (163843, "Syria", "Syrian Arab Republic", 35.0, 38.0, "A", "PCLI", "SY", "00", 22000000),
    (99237, "Iraq", "", 33.0, 44.0, "A", "PCLI", "IQ", "00", 38000000),
    (6252001, "United States", "USA", 39.76, -98.5, "A", "PCLI", "US", "00", 327000000),
    (3017382, "France", "", 46.0, 2.0, "A", "PCLI", "FR", "00", 67000000),
    (170062, "Aleppo", "Halab Governorate", 36.25, 37.5, "A", "ADM1", "SY", "09", 4800000),
    (170063, "Aleppo", "Halab,Haleb", 36.20124, 37.16117, "P", "PPLA", "SY", "09", 1602264),
    (169387, "Idlib", "Idleb Governorate", 35.75, 36.5, "A", "ADM1", "SY", "12", 1500000),
    (169388, "Idlib", "Idleb", 35.93, 36.63, "P", "PPLA", "SY", "12", 128840),
    (99072, "Mosul", "Al Mawsil", 36.335, 43.11889, "P", "PPLA", "IQ", "15", 1739800),
    (2988507, "Paris", "", 48.85341, 2.3488, "P", "PPLC", "FR", "11", 2138551),
    (4717560, "Paris", "", 33.66094, -95.55551, "P", "PPLA2", "US", "TX", 24782),
    (4736286, "Texas", "", 31.25044, -99.25061, "A", "ADM1", "US", "TX", 28000000),
    (7000001, "Smith", "", 40.0, -80.0, "P", "PPL", "US", "PA", 900),
    (7000002, "Bustan al-Qasr", "Bustan al Qasr", 36.19, 37.14, "P", "PPLX", "SY", "09", 0),
    (7000003, "Olfenberg", "OLF,Olfenburg", 47.0, 9.0, "P", "PPL", "FR", "11", 250000),
]


def geonames_line(row: tuple[object, ...]) -> str:
    gid, name, alternates, lat, lon, fclass, fcode, country, admin1, population = row
    cols = [
        gid,
        name,
        name,
        alternates,
        lat,
        lon,
        fclass,
        fcode,
        country,
        "",
        admin1,
        "",
        "",
        "",
        population,
        "",
        "0",
        "Asia/Damascus",
        "2024-01-01",
    ]
    return "\t".join(str(c) for c in cols)


def write_geonames(path: Path, rows: list[tuple[object, ...]]) -> Path:
    path.write_text("".join(geonames_line(r) + "\n" for r in rows), encoding="utf-8")
    return path
