"""Rule files: the defaults, extending and replacing them, and errors that name file, rule and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigil.assess import RuleError, load_rules


def _write(tmp_path: Path, text: str, name: str = "rules.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_rules_are_on_and_include_the_aleppo_warning_signs() -> None:
    rules = {r.id: r for r in load_rules()}
    aleppo = rules["ceasefire-broken-trapped"]
    assert aleppo.severity == "critical" and aleppo.within_days == 7
    assert [c.indicator for c in aleppo.when] == [("ceasefire_broken",), ()]
    assert aleppo.when[1].figure == "trapped" and aleppo.when[1].at_least == 10000
    assert {"encircled-exits-blocked", "mass-killing", "summary-executions", "identity-targeting"} <= set(rules)


def test_user_rules_extend_override_and_disable_defaults(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
rules:
  - id: mass-grave
    severity: high
    when: [{indicator: mass_grave}]
  - id: ceasefire-broken-trapped
    severity: critical
    within_days: 3
    when: [{indicator: ceasefire_broken}, {figure: trapped, at_least: 5000}]
  - id: hospital-attacked
    enabled: false
""",
    )
    rules = {r.id: r for r in load_rules([path])}
    assert "mass-grave" in rules and "hospital-attacked" not in rules
    assert rules["ceasefire-broken-trapped"].within_days == 3
    assert rules["ceasefire-broken-trapped"].when[1].at_least == 5000
    assert "mass-killing" in rules


def test_user_rules_can_replace_the_defaults(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "replace_defaults: true\nrules:\n  - {id: only, severity: info, when: [{indicator: siege}]}\n"
    )
    assert [r.id for r in load_rules([path])] == ["only"]
    plain = _write(tmp_path, "rules:\n  - {id: only, severity: info, when: [{indicator: siege}]}\n", "b.yaml")
    assert [r.id for r in load_rules([plain], replace=True)] == ["only"]


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("{id: r1, severity: urgent, when: [{indicator: siege}]}", "rule 'r1': field 'severity'"),
        ("{id: r2, severity: high, when: [{indicator: sieg}]}", "field 'when[0].indicator': unknown indicator 'sieg'"),
        ("{id: r3, severity: high, when: [{figure: trapped, at_least: -1}]}", "rule 'r3': field 'when[0].at_least'"),
        ("{id: r4, severity: high, when: []}", "rule 'r4': field 'when'"),
        ("{severity: high, when: [{indicator: siege}]}", "rule #1: field 'id'"),
        ("{id: r6, severity: high, when: [{status: {siege: x}, indicator: siege}]}", "rule 'r6': field 'when[0]'"),
        ("{id: r7, severity: high, when: [{status: {morale: low}}]}", "rule 'r7': field 'when[0].status.morale'"),
        ("{id: r8, severity: high, colour: red, when: [{indicator: siege}]}", "rule 'r8': field 'colour'"),
        ("{id: r9, severity: high, when: [{figure: trapped, bigger: 3}]}", "rule 'r9': field 'when[0].bigger'"),
    ],
)  # fmt: skip
def test_rule_errors_name_file_rule_and_field(tmp_path: Path, rule: str, expected: str) -> None:
    path = _write(tmp_path, f"rules:\n  - {rule}\n")
    with pytest.raises(RuleError) as err:
        load_rules([path])
    assert str(err.value).startswith(f"{path}: ")
    assert expected in str(err.value)


def test_unreadable_or_shapeless_rule_files_are_named(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match=r"missing\.yaml: cannot read"):
        load_rules([tmp_path / "missing.yaml"])
    with pytest.raises(RuleError, match="field 'rules' must be a list"):
        load_rules([_write(tmp_path, "rules: 3\n")])
    with pytest.raises(RuleError, match="not valid YAML"):
        load_rules([_write(tmp_path, "rules: [\n")])
