"""The project's own names (data/aliases.yaml) reach a gazetteer built with an older copy of the file, and an
event's place kept as written takes the country of the place its sentence resolves."""

from __future__ import annotations

from pathlib import Path

import pytest
from places_rows import ROWS, write_geonames

from vigil.extract import Extractor
from vigil.pipeline.extracting import locate_mentions
from vigil.records import Document
from vigil.resolve.places import Gazetteer, Geoparser, load_geonames
from vigil.resolve.places.build import refresh_listed_names


@pytest.fixture
def gazetteer(tmp_path: Path) -> Gazetteer:
    gazetteer = Gazetteer.open(tmp_path / "gazetteer.sqlite", build=False)
    load_geonames(write_geonames(tmp_path / "ROWS.txt", ROWS), gazetteer=gazetteer)
    return gazetteer


def _listed(gazetteer: Gazetteer) -> int:
    return int(gazetteer.connection.execute("SELECT COUNT(*) FROM places WHERE source = 'aliases.yaml'").fetchone()[0])


def test_the_listed_regions_and_aliases_are_read_once_and_replaced_when_the_file_changes(gazetteer: Gazetteer) -> None:
    assert gazetteer.candidates("Puntland") == []
    assert refresh_listed_names(gazetteer) is True
    puntland = gazetteer.candidates("Puntland")
    assert puntland and puntland[0].country == "SO" and puntland[0].feature_code == "RGN"
    assert gazetteer.candidates("Donbass")[0].name == "Donbas"  # a region's alias
    assert gazetteer.candidates("Syrian Arab Republic")[0].id == 163843  # a country's alias
    regions = _listed(gazetteer)
    assert regions > 10
    assert refresh_listed_names(gazetteer) is False  # the same file: nothing to do
    gazetteer.set_meta("aliases_sha256", "an older file")
    assert refresh_listed_names(gazetteer) is True
    assert _listed(gazetteer) == regions  # replaced, not added twice
    assert gazetteer.candidates("Mosul")[0].id == 99072  # the places loaded stay


def test_a_place_kept_as_written_takes_the_country_its_sentence_resolves(gazetteer: Gazetteer) -> None:
    text = (
        "Aid workers in Aleppo said convoys to Idlib were delayed again, and Aleppo's hospitals were full.\n\n"
        "Gunmen stormed a prison in Kitambo, in eastern Mosul, on Monday and killed two guards."
    )
    extraction = Extractor()(Document(text=text, source_id="t"))
    locate_mentions(extraction, text, Geoparser(gazetteer=gazetteer))
    stormed = [m for m in extraction.mentions if "stormed" in m.evidence]
    assert stormed and stormed[0].location is not None
    assert stormed[0].location.text == "Kitambo" and stormed[0].location.lat is None
    assert stormed[0].location.country == "IQ"
