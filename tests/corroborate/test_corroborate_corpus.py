"""The scenario corpus in examples/corroboration is well formed and meets its brief."""

import json
from pathlib import Path

import pytest

from vigil.corroborate.kinds import FamiliesError, default_type_compatibility, parse_families

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corroboration"


def test_the_scenario_corpus_has_its_reports_publishers_and_gold_clusters() -> None:
    reports = [json.loads(line) for line in (CORPUS / "reports.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    assert len(reports) >= 40
    assert len({r["source"] for r in reports}) >= 8
    assert len(gold) >= 12
    assert all({"id", "source", "published", "title", "text"} <= r.keys() for r in reports)
    ids = [r["id"] for r in reports]
    assert sorted(ids) == sorted(i for members in gold.values() for i in members)  # one event per report


def test_type_families_follow_acled_and_the_families_file() -> None:
    types = default_type_compatibility()
    assert types.score("attack", "attack") == 1.0
    assert types.score("attack", "shelling_artillery_missile_attack") == 0.7
    assert types.score("peaceful_protest", "excessive_force_against_protesters") == 0.7
    assert types.score("armed_clash", "abduction_forced_disappearance") == 0.0
    with pytest.raises(FamiliesError, match=r"mine\.yaml: families\.x"):
        parse_families({"families": {"x": "attack"}}, where="mine.yaml")
