"""Acceptance, end to end: `vigil run` on the besieged-town example, one report at a time, then
`vigil situations` / `vigil alerts`."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from vigil.cli.main import app

EXAMPLE = Path(__file__).parent.parent.parent / "examples" / "besieged-town" / "reports.jsonl"
runner = CliRunner()


def test_besieged_town_timeline_and_one_critical_alert(tmp_path: Path) -> None:
    db = str(tmp_path / "town.db")
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    critical_after: list[int] = []
    for n, line in enumerate(lines):  # followed live: one report at a time
        one = tmp_path / f"r{n:02d}.jsonl"
        one.write_text(line + "\n", encoding="utf-8")
        assert runner.invoke(app, ["run", str(one), "--db", db]).exit_code == 0
        alerts = json.loads(runner.invoke(app, ["alerts", "--db", db, "--format", "json"]).stdout)
        critical_after.append(sum(a["severity"] == "critical" for a in alerts))
    # reports r01..r07 do not complete it; r08 (the ceasefire collapses, 30,000-40,000 trapped) does; once
    assert critical_after == [0] * 7 + [1] * 5
    alerts = json.loads(runner.invoke(app, ["alerts", "--db", db, "--format", "json"]).stdout)
    [critical] = [a for a in alerts if a["severity"] == "critical"]
    assert critical["rule"] == "ceasefire-broken-trapped" and critical["source_id"] == "vm-2031-05-10-r08"
    situations = json.loads(runner.invoke(app, ["situations", "--db", db, "--format", "json"]).stdout)
    town = next(s for s in situations if "vell-maran" in s["id"])
    steps = [(c["day"], c["aspect"], c["status"]) for c in town["timeline"]]
    for wanted in [
        ("2031-05-03", "siege", "encircled"),
        ("2031-05-07", "ceasefire", "agreed"),
        ("2031-05-10", "ceasefire", "broken"),
        ("2031-05-10", "evacuation", "blocked"),
    ]:
        assert wanted in steps, f"{wanted} not in the timeline {steps}"
    assert town["trapped"]["low"] >= 30000
