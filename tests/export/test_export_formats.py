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
