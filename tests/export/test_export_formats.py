import csv
import io
import json
from datetime import date

import pytest

from vigil.corroborate import event_from_mention
from vigil.export import EXPORTERS, export_events
from vigil.records import Actor, Count, DateSpan, Document, Mention, Place


@pytest.fixture
def event_and_docs():  # type: ignore[no-untyped-def]
    doc = Document(text="Shelling killed at least 6 people in Kafr Halam.", source_id="report-1", source="Wire")
    m = Mention(
        id="m-1",
        document_id=doc.id,
        type="shelling_artillery_missile_attack",
        span=(0, 48),
        evidence=doc.text,
        perpetrators=[Actor(text="government forces", kind="state_forces", actor="Government of Dareen")],
        victims=[Actor(text="people", kind="civilians")],
        location=Place(text="Kafr Halam", span=(36, 46), name="Kafr Halam", lat=35.1, lon=36.2, country="SY"),
        date=DateSpan(start=date(2031, 3, 2), end=date(2031, 3, 2), text="on Sunday"),
        counts=[Count(kind="killed", low=6, high=None, text="at least 6 people")],
        indicators=["siege"],
    )
    return event_from_mention(m), {doc.id: doc}


def test_csv_uses_acled_column_names(event_and_docs) -> None:  # type: ignore[no-untyped-def]
    event, docs = event_and_docs
    out = io.StringIO()
    assert export_events([event], documents=docs, fmt="csv", out=out) == 1
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["sub_event_type"] == "Shelling/artillery/missile attack"
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["event_date"] == "2031-03-02"
    assert row["actor1"] == "Government of Dareen"
    assert row["inter1"] == "1"
    assert row["fatalities"] == "6"
    assert row["latitude"] == "35.1"
    assert row["vigil_documents"] == "report-1"


def test_a_battle_exports_its_sides_as_actor_1_and_actor_2() -> None:
    doc = Document(text="Army units fought the Highland Front near Korvel.", source_id="report-2", source="Wire")
    m = Mention(
        id="m-2",
        document_id=doc.id,
        type="armed_clash",
        span=(0, 49),
        evidence=doc.text,
        sides=[
            Actor(text="Army units", kind="state_forces", actor="Military of Dareen"),
            Actor(text="the Highland Front", kind="rebel_group"),
        ],
    )
    out = io.StringIO()
    export_events([event_from_mention(m)], documents={doc.id: doc}, fmt="csv", out=out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["actor1"], row["inter1"]) == ("Military of Dareen", "1")
    assert (row["actor2"], row["inter2"]) == ("the Highland Front", "2")
    assert row["interaction"] == "12" and row["civilian_targeting"] == ""
    out = io.StringIO()
    export_events([event_from_mention(m)], documents={doc.id: doc}, fmt="jsonl", out=out)
    record = json.loads(out.getvalue())
    assert record["perpetrators"] == [] and [s["text"] for s in record["sides"]] == ["Army units", "the Highland Front"]


def test_jsonl_names_each_mentions_document_id_and_evidence(event_and_docs) -> None:  # type: ignore[no-untyped-def]
    event, docs = event_and_docs
    out = io.StringIO()
    export_events([event], documents=docs, fmt="jsonl", out=out)
    line = json.loads(out.getvalue().splitlines()[0])
    mention = line["mentions"][0]
    assert mention["document_id"] == "report-1"
    assert mention["source"] == "Wire"
    assert mention["evidence_span"] == [0, 48]
    assert mention["evidence_text"].startswith("Shelling killed")
    assert line["figures"][0]["low"] == 6
    assert line["history"][0]["action"] == "created"


def test_geojson_places_the_event_at_lon_lat(event_and_docs) -> None:  # type: ignore[no-untyped-def]
    event, docs = event_and_docs
    out = io.StringIO()
    export_events([event], documents=docs, fmt="geojson", out=out)
    collection = json.loads(out.getvalue())
    assert collection["features"][0]["geometry"]["coordinates"] == [36.2, 35.1]


def test_unknown_format_is_a_clear_error(event_and_docs) -> None:  # type: ignore[no-untyped-def]
    event, docs = event_and_docs
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        export_events([event], documents=docs, fmt="xml", out=io.StringIO())
    assert set(EXPORTERS) == {"csv", "geojson", "jsonl"}
