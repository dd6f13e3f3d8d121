from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from places_rows import ROWS, write_geonames

from vigil.resolve.places import Gazetteer, Geoparser, load_geonames
from vigil.resolve.places.gazetteer import default_path


def _places(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT * FROM places ORDER BY id").fetchall()


def test_candidates_by_name_alternate_name_and_article(tiny_gazetteer: Gazetteer) -> None:
    aleppo = tiny_gazetteer.candidates("Aleppo")
    assert [c.geonameid for c in aleppo] == [170062, 170063]  # most populous first
    assert [c.geonameid for c in tiny_gazetteer.candidates("Halab")] == [170063]
    assert [c.geonameid for c in tiny_gazetteer.candidates("al-Mawsil")] == [99072]
    assert tiny_gazetteer.candidates("Atlantis") == []
    assert tiny_gazetteer.country("sy") is not None and tiny_gazetteer.country("SY").name == "Syria"


def test_default_path_follows_vigil_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("VIGIL_HOME", str(tmp_path))
    assert default_path() == tmp_path / "gazetteer.sqlite"


def test_open_does_no_work_until_first_lookup(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "g.sqlite"
    gazetteer = Gazetteer.open(path, build=False)
    assert not path.exists()
    assert gazetteer.candidates("Aleppo") == []
    assert path.exists()


def test_zip_load_is_idempotent(tmp_path: Path) -> None:
    txt = write_geonames(tmp_path / "SY.txt", ROWS)
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(txt, "SY.txt")
        z.writestr("readme.txt", "not data")
    gazetteer = Gazetteer.open(tmp_path / "g.sqlite", build=False)
    first = load_geonames(archive, gazetteer=gazetteer)
    assert first.places == len(ROWS) and not first.errors
    before = _places(tmp_path / "g.sqlite")
    second = load_geonames(archive, gazetteer=gazetteer)
    assert second.already_loaded and second.places == 0
    assert _places(tmp_path / "g.sqlite") == before


class Interrupted(Exception):
    pass


def test_interrupted_load_resumes_where_it_stopped(tmp_path: Path) -> None:
    txt = write_geonames(tmp_path / "cities.txt", ROWS)
    gazetteer = Gazetteer.open(tmp_path / "g.sqlite", build=False)
    calls = []

    def stop_after_first_batch(done: int, total: int) -> None:
        calls.append((done, total))
        raise Interrupted

    with pytest.raises(Interrupted):
        load_geonames(txt, gazetteer=gazetteer, progress=stop_after_first_batch, batch_size=5)
    assert gazetteer.counts()["places"] == 5
    report = load_geonames(txt, gazetteer=gazetteer, batch_size=5)
    assert report.resumed_from == 5 and report.places == len(ROWS) - 5
    clean = Gazetteer.open(tmp_path / "clean.sqlite", build=False)
    load_geonames(txt, gazetteer=clean)
    assert _places(tmp_path / "g.sqlite") == _places(tmp_path / "clean.sqlite")
    assert calls[0][0] <= calls[0][1]


def test_bad_rows_are_reported_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("1\tonly\tthree\n" + "x\t" * 18 + "x\n", encoding="utf-8")
    report = load_geonames(path, gazetteer=Gazetteer.open(tmp_path / "g.sqlite", build=False))
    assert report.places == 0
    assert report.errors[0].startswith("bad.txt:1:") and report.errors[1].startswith("bad.txt:2:")


def test_alternate_names_and_admin1_codes(tiny_gazetteer: Gazetteer, tmp_path: Path) -> None:
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text("1\t99072\ten\tNinawa City\t\t\t\t\t\t\n2\t99072\tlink\thttps://x\t\t\t\t\t\t\n", encoding="utf-8")
    report = load_geonames(alt, gazetteer=tiny_gazetteer)
    assert report.kind == "alternate_names" and report.names == 1
    assert [c.geonameid for c in tiny_gazetteer.candidates("Ninawa City")] == [99072]
    codes = tmp_path / "admin1CodesASCII.txt"
    codes.write_text("IQ.15\tNineveh\tNineveh\t99034\n", encoding="utf-8")
    load_geonames(codes, gazetteer=tiny_gazetteer)
    assert tiny_gazetteer.admin1_name("IQ", "15") == "Nineveh"


def test_neighbourhoods_resolve_after_a_country_file(tiny_gazetteer: Gazetteer) -> None:
    places = Geoparser(gazetteer=tiny_gazetteer)("Shells fell on Bustan al-Qasr in Aleppo, Syria.")
    first = places[0]
    assert first.geonameid == 7000002 and first.precision == "district"
