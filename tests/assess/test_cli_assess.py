"""`vigil situations` and `vigil alerts` over the besieged-town example, run through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from vigil.cli.main import app

EXAMPLE = Path(__file__).parent.parent.parent / "examples" / "besieged-town" / "reports.jsonl"
runner = CliRunner()


def test_situations_and_alerts_over_the_example(tmp_path: Path) -> None:
    db = str(tmp_path / "town.db")
    assert runner.invoke(app, ["run", str(EXAMPLE), "--db", db]).exit_code == 0
    rebuilt = runner.invoke(app, ["situations", "rebuild", "--db", db])
    assert rebuilt.exit_code == 0, rebuilt.output
    listed = runner.invoke(app, ["situations", "--db", db, "--format", "json"])
    situations = json.loads(listed.stdout)
    town = next(s for s in situations if "vell-maran" in s["id"])
    steps = {(c["day"], c["aspect"], c["status"]) for c in town["timeline"]}
    assert ("2031-05-07", "ceasefire", "agreed") in steps
    assert ("2031-05-10", "ceasefire", "broken") in steps
    shown = runner.invoke(app, ["situations", "show", town["id"], "--db", db])
    assert shown.exit_code == 0 and "timeline" in shown.stdout and "2031-05-10" in shown.stdout
    assert runner.invoke(app, ["situations", "show", "nowhere", "--db", db]).exit_code == 1
    table = runner.invoke(app, ["situations", "--db", db], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "Vell Maran" in table.stdout
    alerts = json.loads(runner.invoke(app, ["alerts", "--db", db, "--format", "json"]).stdout)
    hospital = [a for a in alerts if a["rule"] == "hospital-attacked"]
    assert [a["source_id"] for a in hospital] == ["vm-2031-05-12-r11"]
    assert hospital[0]["event_ids"] and hospital[0]["deliveries"] == []
    assert runner.invoke(app, ["alerts", "--db", db]).exit_code == 0


def test_alerts_deliver_to_a_file_channel_and_report_failures(tmp_path: Path) -> None:
    db = str(tmp_path / "town.db")
    runner.invoke(app, ["run", str(EXAMPLE), "--db", db])
    runner.invoke(app, ["situations", "rebuild", "--db", db])
    channels = tmp_path / "channels.yaml"
    channels.write_text("channels:\n  - {name: log, kind: file, path: out.jsonl}\n", encoding="utf-8")
    first = runner.invoke(app, ["alerts", "deliver", "--db", db, "--channels", str(channels)])
    assert first.exit_code == 0, first.output
    n = len((tmp_path / "out.jsonl").read_text().splitlines())
    assert n >= 1
    runner.invoke(app, ["alerts", "deliver", "--db", db, "--channels", str(channels)])
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == n  # nothing sent twice
    bad = tmp_path / "bad.yaml"
    bad.write_text("channels:\n  - {name: x, kind: pager}\n", encoding="utf-8")
    failed = runner.invoke(app, ["alerts", "deliver", "--db", db, "--channels", str(bad)])
    assert failed.exit_code == 2 and "channel 'x': field 'kind'" in failed.output


def test_rebuild_names_a_bad_rules_file(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - {id: r, severity: loud, when: [{indicator: siege}]}\n", encoding="utf-8")
    out = runner.invoke(app, ["situations", "rebuild", "--db", str(tmp_path / "x.db"), "--rules", str(rules)])
    assert out.exit_code == 2 and "rule 'r': field 'severity'" in out.output
