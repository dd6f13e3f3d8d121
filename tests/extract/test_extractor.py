import json
from datetime import date
from pathlib import Path

import pytest

from vigil.extract import Extractor, ExtractorConfig
from vigil.records import Document, Extraction, Mention
from vigil.taxonomy import load_taxonomy

REPORT = (
    "KAROVA, Veldania (Wire) — Government warplanes bombed a market in the town of Lusedi on Monday, "
    "killing at least 12 civilians, including children, local officials said.\n\n"
    "Rebel fighters later shelled the outskirts of Karova. "
    "The shelling destroyed several homes.\n\n"
    "The weather in the capital was mild."
)


def _doc(text: str, **kw: object) -> Document:
    return Document(text=text, source_id="doc-1", published=date(2024, 3, 6), **kw)  # type: ignore[arg-type]


def _validate(extraction: Extraction, text: str) -> None:
    tax = load_taxonomy()
    line = json.loads(json.dumps(extraction.to_dict()))
    assert line["id"] == "doc-1"
    for event in line["events"]:
        assert event["type"] in tax.event_type_ids
        a, b = event["span"]
        assert 0 <= a < b <= len(text)
        assert text[a:b] == event["evidence"]
        assert 0 <= event["confidence"] <= 1
        assert event["modality"] in tax.modality
        assert set(event["indicators"]) <= set(tax.indicators)
        assert set(event["violations"]) <= set(tax.violations)
        for role in ("perpetrators", "victims", "targets", "weapons"):
            for x in event[role]:
                s, e = x["span"]
                assert text[s:e] == x["text"]
        for actor in event["perpetrators"] + event["victims"]:
            assert actor["kind"] in tax.actor_kinds
    for place in line["places"]:
        s, e = place["span"]
        assert text[s:e] == place["text"]


def test_a_report_yields_its_events_with_roles_and_places() -> None:
    extraction = Extractor()(_doc(REPORT))
    _validate(extraction, REPORT)
    types = [m.type for m in extraction.mentions]
    assert types[0] == "air_drone_strike"
    assert "shelling_artillery_missile_attack" in types
    top = max(extraction.mentions, key=lambda m: m.confidence)
    assert top.type == "air_drone_strike"
    assert "killing" in top.violations
    assert any(p.kind == "state_forces" for p in top.perpetrators)
    assert any(v.kind == "civilians" and "children" in v.groups for v in top.victims)
    assert top.location is not None and top.location.text == "Lusedi"
    assert {p.text for p in extraction.places} >= {"Lusedi", "Karova"}


def test_adjacent_sentences_of_one_type_merge() -> None:
    extraction = Extractor()(_doc(REPORT))
    shelling = [m for m in extraction.mentions if m.type == "shelling_artillery_missile_attack"]
    assert len(shelling) == 1
    assert "destroyed several homes" in shelling[0].evidence
    assert any(t.text == "homes" for t in shelling[0].targets)


@pytest.mark.parametrize(
    "text",
    [
        "A gas explosion at a chemical factory killed two workers on Tuesday.",
        "Burglars stole jewellery from a shop on the high street, police said.",
        "Floods swept through the valley after days of rain, leaving thousands homeless.",
        "The foreign minister held talks with her counterpart on trade and tariffs.",
    ],
)
def test_crime_disaster_and_diplomacy_yield_no_event(text: str) -> None:
    assert Extractor()(_doc(text)).mentions == []


@pytest.mark.parametrize(
    "text",
    [
        "No airstrikes were carried out on the city yesterday.",
        "The siege could become a massacre if the world does nothing.",
        "We must not let this city join the ranks of the massacres of the past century.",
    ],
)
def test_negated_and_hypothetical_sentences_yield_no_event(text: str) -> None:
    assert Extractor()(_doc(text)).mentions == []


def test_source_and_modality_are_kept_for_reported_events() -> None:
    text = "Militants abducted two teachers from a school in Darel, the regional governor said."
    [mention] = Extractor()(_doc(text)).mentions
    assert mention.type == "abduction_forced_disappearance"
    assert "kidnapping" in mention.violations
    assert mention.modality in {"reported", "asserted"}
    assert any(p.text.lower() == "militants" and p.kind == "rebel_group" for p in mention.perpetrators)


def test_attack_on_soldiers_is_a_clash() -> None:
    text = "Insurgents killed five soldiers in an attack on an army post."
    [mention] = Extractor()(_doc(text)).mentions
    assert mention.type == "armed_clash"
    assert [(p.text, p.kind) for p in mention.sides] == [
        ("Insurgents", "rebel_group"),
        ("soldiers", "state_forces"),
    ]
    # the soldiers are the other side of the battle, not victims of a violation; nobody is its perpetrator
    assert mention.victims == [] and mention.perpetrators == []
    assert [(c.kind, c.low) for c in mention.counts] == [("killed", 5)]  # their dead are still counted


def test_the_armed_dead_of_a_clash_with_no_doer_named_are_its_one_known_side() -> None:
    [mention] = Extractor()(_doc("An attack on the army post killed five soldiers.")).mentions
    assert mention.type == "armed_clash"
    assert mention.perpetrators == [] and mention.victims == []
    assert [s.kind for s in mention.sides] == ["state_forces"]


def test_the_armed_side_of_a_clash_is_no_victim_but_civilians_caught_in_it_are() -> None:
    text = "Soldiers clashed with the rebels near the bridge, killing two farmers."
    [mention] = Extractor()(_doc(text)).mentions
    assert mention.type == "armed_clash"
    assert [(v.text, v.kind) for v in mention.victims] == [("farmers", "civilians")]
    assert {s.kind for s in mention.sides} == {"state_forces", "rebel_group"}
    assert mention.perpetrators == []


def test_battle_sides_are_written_in_the_result() -> None:
    [mention] = Extractor()(_doc("Government troops fought the rebels for hours near the dam.")).mentions
    out = mention.to_dict()
    assert out["type"] == "armed_clash" and out["perpetrators"] == []
    assert {s["kind"] for s in out["sides"]} == {"state_forces", "rebel_group"}
    assert Mention.from_dict(out, document_id="d").sides == mention.sides


def test_police_arrests_give_police_and_detention() -> None:
    text = "Police arrested 14 opposition activists in Tarn on Friday."
    [mention] = Extractor()(_doc(text)).mentions
    assert mention.type == "arrests"
    assert "arbitrary_detention" in mention.violations
    assert [p.kind for p in mention.perpetrators] == ["police"]


def test_pipe_and_config(tmp_path: Path) -> None:
    docs = [_doc(REPORT), _doc("Nothing happened here at all.")]
    out = list(Extractor().pipe(docs))
    assert len(out) == 2 and out[1].mentions == []
    strict = Extractor(config=ExtractorConfig(min_confidence=0.999))
    assert strict(_doc(REPORT)).mentions == []


def test_user_lexicon_replaces_the_builtin(tmp_path: Path) -> None:
    path = tmp_path / "triggers.yaml"
    path.write_text("triggers:\n  - type: grenade\n    weight: 0.9\n    patterns: ['pineapple']\n", encoding="utf-8")
    extraction = Extractor(config=ExtractorConfig(triggers=path))(_doc("A pineapple went off. An airstrike hit."))
    assert [m.type for m in extraction.mentions] == ["grenade"]


def test_a_group_targeted_without_a_victim_phrase_is_an_unnamed_victim() -> None:
    [mention] = Extractor()(_doc("Gunmen torched a church in the village on Sunday.")).mentions
    assert [(v.text, v.span, v.groups) for v in mention.victims] == [("", None, ["religious"])]
    assert mention.to_dict()["victims"][0]["text"] == ""  # no trigger word passed off as a victim's name


def test_merged_mentions_keep_the_groups_of_an_actor_both_name() -> None:
    from vigil.extract.extractor import _merge_actors
    from vigil.records import Actor

    first = [Actor(text="", kind="civilians", groups=["ethnic"])]
    merged = _merge_actors(first, [Actor(text="", kind="civilians", groups=["climate", "ethnic"])])
    assert len(merged) == 1 and merged[0].groups == ["climate", "ethnic"]


def test_the_blockers_in_a_sentence_about_a_broken_deal_stay_its_perpetrators() -> None:
    text = (
        "The evacuation agreement has broken down; militias loyal to the government are preventing "
        "families from leaving the besieged district."
    )
    [mention] = Extractor()(_doc(text)).mentions
    assert "evacuation_blocked" in mention.indicators
    assert mention.perpetrators and not mention.sides
