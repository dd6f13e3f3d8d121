"""vigil gazetteer: load a GeoNames country file the test writes, then find its neighbourhood."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vigil.cli.main import app


def _row(gid: int, name: str, alt: str, lat: float, lon: float, fclass: str, fcode: str, cc: str, adm1: str) -> str:
    cols = [str(gid), name, name, alt, str(lat), str(lon), fclass, fcode, cc, "", adm1, "", "", "", "0", "", "", "",
            "2024-01-01"]  # fmt: skip
    return "\t".join(cols)


@pytest.mark.slow  # builds a second gazetteer from the PyPI data (about a minute)
def test_load_a_country_file_then_its_neighbourhood_resolves(tmp_path: Path) -> None:
    runner = CliRunner()
    gazetteer = str(tmp_path / "gaz.sqlite")
    rows = [
        _row(99000001, "Hayy al-Tajriba", "Tajriba,Hay al Tajriba", 36.21, 37.15, "P", "PPLX", "SY", "09"),
        _row(99000002, "Qaryat al-Ikhtibar", "", 35.5, 36.5, "P", "PPL", "SY", "09"),
    ]
    dump = tmp_path / "XX.zip"
    with zipfile.ZipFile(dump, "w") as z:
        z.writestr("XX.txt", "\n".join(rows) + "\nnot a geonames line\n")
    first = runner.invoke(app, ["gazetteer", "load", str(dump), "--path", gazetteer])
    assert first.exit_code == 1, first.output  # the bad line is reported, the good rows are loaded
    assert "XX.zip" in first.stderr and ":3" in first.stderr
    found = json.loads(runner.invoke(app, ["gazetteer", "search", "Tajriba", "--path", gazetteer, "-f", "json"]).stdout)
    assert [p["geonameid"] for p in found] == [99000001]
    assert found[0]["feature_code"] == "PPLX"
    again = runner.invoke(app, ["gazetteer", "load", str(dump), "--path", gazetteer])
    assert "already loaded" in again.stderr
    info = json.loads(runner.invoke(app, ["gazetteer", "info", "--path", gazetteer, "-f", "json"]).stdout)
    assert info["counts"]["places"] > 100_000  # the built-in places are there too


def test_load_names_a_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["gazetteer", "load", str(tmp_path / "nope.zip")])
    assert result.exit_code == 2
    assert "nope.zip: no such file" in result.stderr
