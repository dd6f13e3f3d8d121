"""Reading rule files: the default set shipped with vigil, extended or replaced by a user's files.

A rule file is YAML: ``rules:`` a list of rules, and optionally ``replace_defaults: true``. A user's rule
with the id of a default rule replaces it; ``enabled: false`` turns one off. Every error names the file,
the rule and the field.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from vigil.assess.knowledge import ASPECTS
from vigil.assess.rules.model import Condition, Rule
from vigil.records import SEVERITIES
from vigil.taxonomy import load_taxonomy

RULE_FIELDS = {"id", "title", "description", "severity", "when", "within_days", "cooldown_days", "enabled"}
CONDITION_FIELDS = {"indicator", "type", "figure", "at_least", "count", "status", "escalation"}


class RuleError(ValueError):
    """A rule file is malformed; the message names the file, the rule and the field."""


class _Where:
    def __init__(self, file: str, rule: str) -> None:
        self.file, self.rule = file, rule

    def error(self, field: str, problem: str) -> RuleError:
        return RuleError(f"{self.file}: rule {self.rule}: field {field!r}: {problem}")


def _names(value: Any, field: str, where: _Where, known: Sequence[str], what: str) -> tuple[str, ...]:
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise where.error(field, f"must be a {what} or a list of them")
    for name in names:
        if name not in known:
            raise where.error(field, f"unknown {what} {name!r}")
    return tuple(names)


def _int(value: Any, field: str, where: _Where, *, least: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < least:
        raise where.error(field, f"must be a whole number >= {least}")
    return value


def _condition(raw: Any, n: int, where: _Where) -> Condition:
    field = f"when[{n}]"
    if not isinstance(raw, dict) or not raw:
        raise where.error(field, "must be a mapping such as {indicator: ceasefire_broken}")
    unknown = set(raw) - CONDITION_FIELDS
    if unknown:
        known = ", ".join(sorted(CONDITION_FIELDS))
        raise where.error(f"{field}.{sorted(unknown)[0]}", f"unknown field (known: {known})")
    if set(raw) & {"indicator", "type", "figure"} and set(raw) & {"status", "escalation"}:
        raise where.error(
            field,
            "a condition is about events (indicator, type, figure) or the situation "
            "(status, escalation), not both: split it in two",
        )
    tax = load_taxonomy()
    status: list[tuple[str, tuple[str, ...]]] = []
    if "status" in raw:
        if not isinstance(raw["status"], dict) or not raw["status"]:
            raise where.error(f"{field}.status", "must map an aspect to its statuses, e.g. {siege: [encircled]}")
        for aspect, allowed in raw["status"].items():
            if aspect not in ASPECTS:
                raise where.error(f"{field}.status.{aspect}", f"unknown aspect (one of {', '.join(ASPECTS)})")
            items = [allowed] if isinstance(allowed, str) else allowed
            if not isinstance(items, list) or not items or not all(isinstance(s, str) for s in items):
                raise where.error(f"{field}.status.{aspect}", "must be a status or a list of statuses")
            status.append((aspect, tuple(items)))
    escalation = raw.get("escalation")
    if escalation is not None and (not isinstance(escalation, int | float) or isinstance(escalation, bool)):
        raise where.error(f"{field}.escalation", "must be a number (the minimum ratio to the baseline)")
    figure = raw.get("figure")
    if figure is not None and figure not in tax.count_kinds:
        raise where.error(f"{field}.figure", f"unknown figure kind {figure!r}")
    at_least = raw.get("at_least")
    if at_least is not None:
        if figure is None:
            raise where.error(f"{field}.at_least", "needs a figure")
        at_least = _int(at_least, f"{field}.at_least", where, least=0)
    condition = Condition(
        indicator=_names(raw["indicator"], f"{field}.indicator", where, list(tax.indicators), "indicator")
        if "indicator" in raw else (),
        type=_names(raw["type"], f"{field}.type", where, tax.event_type_ids, "event type") if "type" in raw else (),
        figure=figure,
        at_least=at_least,
        count=_int(raw.get("count", 1), f"{field}.count", where, least=1),
        status=tuple(status),
        escalation=float(escalation) if escalation is not None else None,
    )  # fmt: skip
    return condition


def _rule(raw: Any, n: int, file: str) -> Rule:
    if not isinstance(raw, dict):
        raise RuleError(f"{file}: rule #{n + 1}: must be a mapping")
    rule_id = raw.get("id")
    where = _Where(file, repr(rule_id) if isinstance(rule_id, str) else f"#{n + 1}")
    if not isinstance(rule_id, str) or not rule_id.strip():
        raise where.error("id", "is required (a short name)")
    unknown = set(raw) - RULE_FIELDS
    if unknown:
        raise where.error(sorted(unknown)[0], f"unknown field (known: {', '.join(sorted(RULE_FIELDS))})")
    if raw.get("enabled", True) is False and set(raw) <= {"id", "enabled"}:
        return Rule(id=rule_id, severity="info", when=(), enabled=False, origin=file)
    severity = raw.get("severity")
    if severity not in SEVERITIES:
        raise where.error("severity", f"must be one of {', '.join(SEVERITIES)}")
    when = raw.get("when")
    if not isinstance(when, list) or not when:
        raise where.error("when", "must be a non-empty list of conditions")
    for key in ("title", "description"):
        if key in raw and not isinstance(raw[key], str):
            raise where.error(key, "must be text")
    if not isinstance(raw.get("enabled", True), bool):
        raise where.error("enabled", "must be true or false")
    return Rule(
        id=rule_id,
        severity=severity,
        when=tuple(_condition(c, i, where) for i, c in enumerate(when)),
        title=raw.get("title", ""),
        description=raw.get("description", ""),
        within_days=_int(raw.get("within_days", 7), "within_days", where, least=0),
        cooldown_days=_int(raw.get("cooldown_days", 14), "cooldown_days", where, least=0),
        enabled=raw.get("enabled", True),
        origin=file,
    )


def parse_rules(data: Any, *, file: str) -> tuple[list[Rule], bool]:
    """The rules of one file and whether it replaces the defaults."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleError(f"{file}: field 'rules' must be a list of rules")
    replace = data.get("replace_defaults", False)
    if not isinstance(replace, bool):
        raise RuleError(f"{file}: field 'replace_defaults' must be true or false")
    rules = [_rule(r, n, file) for n, r in enumerate(data["rules"])]
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise RuleError(f"{file}: rule {rule.id!r}: field 'id': used twice in this file")
        seen.add(rule.id)
    return rules, replace


def _read(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        raise RuleError(f"{path}: not valid YAML ({exc})") from exc


@functools.cache
def default_rules() -> tuple[Rule, ...]:
    text = resources.files("vigil.assess").joinpath("data/rules.yaml").read_text(encoding="utf-8")
    rules, _ = parse_rules(yaml.safe_load(text), file="vigil/assess/data/rules.yaml")
    return tuple(rules)


def load_rules(paths: Sequence[Path] = (), *, replace: bool = False) -> tuple[Rule, ...]:
    """The default rules, then each file's in order (same id replaces); only the files' rules when ``replace``
    or a file says ``replace_defaults: true``. Rules turned off are left out."""
    by_id: dict[str, Rule] = {} if replace else {r.id: r for r in default_rules()}
    for path in paths:
        rules, replaces = parse_rules(_read(path), file=str(path))
        if replaces:
            by_id = {}
        for rule in rules:
            by_id[rule.id] = rule
    return tuple(r for r in by_id.values() if r.enabled)
