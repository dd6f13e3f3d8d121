"""Alert rules: YAML over structured fields, loaded with a schema check, evaluated incrementally."""

from vigil.assess.rules.evaluate import Match, find_matches
from vigil.assess.rules.loading import RuleError, load_rules, parse_rules
from vigil.assess.rules.model import Condition, Rule

__all__ = ["Condition", "Match", "Rule", "RuleError", "find_matches", "load_rules", "parse_rules"]
