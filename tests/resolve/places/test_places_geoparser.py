from __future__ import annotations

from pathlib import Path

import pytest

from vigil.resolve.places import Gazetteer, Geoparser, PlacesDataError, load_weights


def _by_text(places: list) -> dict:
    return {p.text: p for p in places}


def test_recognises_and_resolves_a_document(tiny_gazetteer: Gazetteer) -> None:
    text = "Syrian troops shelled eastern Aleppo on Monday while fighting spread to Idlib province."
    places = _by_text(Geoparser(gazetteer=tiny_gazetteer)(text))
    assert places["Syrian"].country == "SY" and places["Syrian"].precision == "country"
    east = places["eastern Aleppo"]
    assert east.geonameid == 170063 and east.precision == "district"
    assert east.span == (text.index("eastern"), text.index("eastern") + len("eastern Aleppo"))
    assert places["Idlib"].geonameid == 169387 and places["Idlib"].precision == "admin1"


def test_hierarchy_and_document_context_pick_the_smaller_namesake(tiny_gazetteer: Gazetteer) -> None:
    geoparser = Geoparser(gazetteer=tiny_gazetteer)
    assert _by_text(geoparser("The fair in Paris, Texas drew a crowd."))["Paris"].country == "US"
    assert _by_text(geoparser("Crowds filled the streets of Paris on Sunday."))["Paris"].country == "FR"


def test_person_names_and_common_words_are_not_places(tiny_gazetteer: Gazetteer) -> None:
    text = "John Smith said the talks failed. Later Smith left for Mosul."
    places = Geoparser(gazetteer=tiny_gazetteer)(text)
    assert [p.text for p in places] == ["Mosul"]


def test_a_code_in_capitals_names_a_place_only_where_it_is_listed_as_an_abbreviation(
    tiny_gazetteer: Gazetteer,
) -> None:
    text = "The OLF denied that its fighters shelled Aleppo."
    assert [p.text for p in Geoparser(gazetteer=tiny_gazetteer)(text)] == ["Aleppo"]
    assert "Olfenberg" in [p.text for p in Geoparser(gazetteer=tiny_gazetteer)("Talks were held in Olfenberg.")]
    tiny_gazetteer.add_names([("SAR", 163843, "alias")])  # listed as an abbreviation, as aliases.yaml lists "DRC"
    tiny_gazetteer.changed()
    places = _by_text(Geoparser(gazetteer=tiny_gazetteer)("Talks were held in the SAR on Monday."))
    assert places["SAR"].geonameid == 163843


def test_an_unknown_name_after_a_cue_is_kept_without_coordinates(tiny_gazetteer: Gazetteer) -> None:
    places = _by_text(Geoparser(gazetteer=tiny_gazetteer)("Gunmen attacked a market in Kitambo on Friday."))
    assert places["Kitambo"].lat is None and places["Kitambo"].geonameid is None


def test_resolve_given_spans(tiny_gazetteer: Gazetteer) -> None:
    text = "Aid reached Halab and Idlib province; Iraqi officials met in Nowhereville."
    spans = [
        (text.index("Halab"), text.index("Halab") + 5),
        (text.index("Idlib"), text.index(";")),
        (text.index("Iraqi"), text.index("Iraqi") + 5),
        (text.index("Nowhere"), text.index(".")),
    ]
    places = Geoparser(gazetteer=tiny_gazetteer).resolve(text, spans)
    assert [p.geonameid for p in places] == [170063, 169387, 99237, None]
    assert places[0].to_dict()["span"] == list(spans[0])


def test_geoparser_takes_a_factory_and_calls_it_lazily(tiny_gazetteer: Gazetteer) -> None:
    calls = []

    def factory() -> Gazetteer:
        calls.append(1)
        return tiny_gazetteer

    geoparser = Geoparser(gazetteer=factory)
    assert calls == []
    assert geoparser("Fighting near Mosul.")[0].country == "IQ"
    assert calls == [1]


def test_a_minimum_score_leaves_weak_candidates_unresolved(tiny_gazetteer: Gazetteer, tmp_path: Path) -> None:
    strict = tmp_path / "ranker.yaml"
    strict.write_text("min_score: 100\nweights: {bias: 1.0}\n", encoding="utf-8")
    places = Geoparser(gazetteer=tiny_gazetteer, weights=load_weights(strict)).resolve("Mosul", [(0, 5)])
    assert places[0].lat is None


def test_bad_weights_file_names_file_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "w.yaml"
    bad.write_text("weights: {bias: high}\n", encoding="utf-8")
    with pytest.raises(PlacesDataError, match=r"w\.yaml: field 'weights'"):
        load_weights(bad)
