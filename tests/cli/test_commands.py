"""The vigil command end to end, on files these tests write and a real SQLite database."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vigil.cli.main import app

EXAMPLES = Path(__file__).parent.parent.parent / "examples" / "siege" / "reports.jsonl"

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Lowland Gazette</title>
<item><guid>lg-1</guid><title>Clashes near the river</title><pubDate>Mon, 03 Mar 2031 10:00:00 +0000</pubDate>
<description>Fighting broke out between two armed groups near the river crossing, residents said.</description></item>
<item><guid>lg-2</guid><title>Empty entry</title><pubDate>Mon, 03 Mar 2031 11:00:00 +0000</pubDate></item>
</channel></rss>
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _mixed_directory(root: Path) -> Path:
    d = root / "inbox"
    (d / "nested").mkdir(parents=True)
    (d / "note.txt").write_text("Gunmen attacked a village market, killing three traders, police said.\n")
    (d / "nested" / "page.html").write_text(
        "<html><head><title>Market attack</title></head><body><article><p>Soldiers shelled the old quarter on "
        "Monday, and at least four people were killed, a local doctor told reporters at the hospital.</p>"
        "</article></body></html>"
    )
    (d / "blob.bin").write_bytes(bytes(range(256)) * 8)
    (d / "empty.txt").write_bytes(b"")
    (d / "latin.txt").write_bytes("Caf\xe9 bombing kills two".encode("latin-1"))
    (d / "batch.jsonl").write_text(
        json.dumps({"id": "b-1", "text": "Protesters marched peacefully to the ministry on Friday."})
        + "\n{not json\n"
        + json.dumps({"id": "b-3", "text": "Militiamen abducted a journalist on the coast road."})
        + "\n"
    )
    (d / "feed.xml").write_text(FEED)
    return d


def test_ingest_stores_the_good_reports_the_bad_and_is_idempotent(runner: CliRunner, tmp_path: Path) -> None:
    inbox = _mixed_directory(tmp_path)
    db = str(tmp_path / "v.db")
    first = runner.invoke(app, ["ingest", str(inbox), "--db", db])
    assert first.exit_code == 1, first.output
    err = first.stderr if hasattr(first, "stderr") else first.output
    for bad in ("blob.bin", "empty.txt", "latin.txt", "batch.jsonl:2", "feed.xml"):
        assert bad in err, f"{bad} not reported in:\n{err}"
    assert "5 new documents stored" in err
    again = runner.invoke(app, ["ingest", str(inbox), "--db", db])
    assert "0 new documents stored, 5 already stored" in again.stderr


def test_extract_writes_one_result_per_input_document(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "result.jsonl"
    result = runner.invoke(app, ["extract", str(EXAMPLES), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    ids = [json.loads(line)["id"] for line in EXAMPLES.read_text().splitlines()]
    assert [r["id"] for r in lines] == ids
    texts = {json.loads(x)["id"]: json.loads(x)["text"] for x in EXAMPLES.read_text().splitlines()}
    for r in lines:
        assert isinstance(r["events"], list) and isinstance(r["places"], list)
        for e in r["events"]:
            start, end = e["span"]
            assert 0 <= start < end <= len(texts[r["id"]])


def test_run_then_events_and_exports(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    ran = runner.invoke(app, ["run", str(EXAMPLES), "--db", db])
    assert ran.exit_code == 0, ran.output
    listed = runner.invoke(app, ["events", "--db", db, "--format", "json"])
    events = json.loads(listed.stdout)
    assert events, "the example reports yield events"
    doc_ids = {json.loads(x)["id"] for x in EXAMPLES.read_text().splitlines()}
    for e in events:
        for m in e["mentions"]:
            assert m["document_id"] in doc_ids
            assert m["evidence_text"]
    table = runner.invoke(app, ["events", "--db", db])
    assert table.exit_code == 0 and "events" in table.stdout

    exported = runner.invoke(app, ["export", "--db", db, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert len(rows) == len(events)
    assert {"event_date", "sub_event_type", "actor1", "fatalities"} <= set(rows[0])

    jsonl = tmp_path / "events.jsonl"
    runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "--out", str(jsonl)])
    assert len(jsonl.read_text().splitlines()) == len(events)

    some_type = events[0]["type"]
    only = json.loads(runner.invoke(app, ["events", "--db", db, "-f", "json", "--type", some_type]).stdout)
    assert only and all(e["type"] == some_type for e in only)

    rerun = runner.invoke(app, ["run", str(EXAMPLES), "--db", db])
    assert "0 new documents" in rerun.stderr
    assert len(json.loads(runner.invoke(app, ["events", "--db", db, "-f", "json"]).stdout)) == len(events)


def test_bad_options_are_clear_errors(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "v.db")
    bad_date = runner.invoke(app, ["events", "--db", db, "--since", "last tuesday"])
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.output
    bad_format = runner.invoke(app, ["export", "--db", db, "--format", "xml"])
    assert bad_format.exit_code == 2 and "csv" in bad_format.output
    missing = runner.invoke(app, ["extract", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 2


def test_the_installed_command_runs(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "vigil", "db", "upgrade", "--db", str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "schema at" in done.stdout


def test_accusations_are_listed_after_a_run(runner: CliRunner, tmp_path: Path) -> None:
    text = (
        "Rocket fire hit the grain market of Selvo on Sunday. Hundreds of families are trapped in the old town.\n\n"
        "Here is Minister Adela Rautio speaking at the regional council yesterday.\n\n"
        "To the Karst Front and the Varn militia, your fighters are carrying out these crimes."
    )
    reports = tmp_path / "speech.jsonl"
    reports.write_text(json.dumps({"id": "speech-7", "text": text, "published": "2031-06-10"}) + "\n")
    db = str(tmp_path / "acc.db")
    assert runner.invoke(app, ["run", str(reports), "--db", db]).exit_code == 0
    listed = runner.invoke(app, ["accusations", "--db", db, "--format", "json"])
    assert listed.exit_code == 0, listed.output
    (row,) = json.loads(listed.stdout)
    assert row["document"] == "speech-7"
    assert row["speaker"]["text"] == "Minister Adela Rautio"
    assert [a["text"] for a in row["accused"]] == ["the Karst Front", "the Varn militia"]
    assert row["date"]["start"] == "2031-06-09"
    assert row["events"], "the charge points back at the rocket fire"
    events = json.loads(runner.invoke(app, ["events", "--db", db, "--format", "json"]).stdout)
    linked = [e for e in events if {m["id"] for m in e["mentions"]} & set(row["events"])]
    assert linked and {p["text"] for p in linked[0]["perpetrators"]} == {"the Karst Front", "the Varn militia"}
    table = runner.invoke(app, ["accusations", "--db", db])
    assert "Rautio" in table.stdout and "1 accusations" in table.stdout
