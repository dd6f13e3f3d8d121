"""The item lexicon: wording of physical targets and weapons read from ``data/items.yaml``, added to the
target and weapon heads of the role lexicon (``roles.yaml``)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from vigil.extract.lexicon import alternation, compile_regex, compile_words, mapping, read_yaml, strings

_QUANTITY = (
    r"the|a|an|its|their|his|her|this|that|these|those|at least|more than|over|some|about|nearly|approximately|"
    r"\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|various|many|numerous|"
    r"other|another|a dozen|dozens of|a number of|part of|most of|all|both|each|nearby|neighbou?ring"
)
# words that end a noun phrase's run of modifiers: no modifier of a target ("damaged the car and fled to a
# house": "house" is not what was damaged)
_NOT_MODIFIER = (
    r"and|or|but|to|from|by|with|was|were|is|are|be|been|had|has|have|who|which|that|when|where|while|after|"
    r"before|in|on|at|of|for|into|onto|said|says|as|than|then|killing|injuring|wounding|leaving|causing"
)


@dataclass(frozen=True, slots=True)
class ItemLexicon:
    targets: re.Pattern[str]
    target_cue: re.Pattern[str]  # ends right before a target's phrase
    target_place: re.Pattern[str]  # ends right before a phrase telling where a bomb went off or shots hit
    areas: re.Pattern[str]  # matches an area's head in full
    target_destination: re.Pattern[str]  # ends right before a place where the hurt were taken
    not_target_after: re.Pattern[str]  # starts right after a target head that modifies something else
    owned_part: re.Pattern[str]  # starts right after a target head with "'s" and a part of it ("'s main entrance")
    craft: re.Pattern[str]  # matches a craft head in full
    craft_doing: re.Pattern[str]  # starts right after a craft that is the doer
    craft_means: re.Pattern[str]  # ends right before a craft that is the means
    weapons: re.Pattern[str]
    weapon_lead: re.Pattern[str]  # the modifiers before a weapon head that belong to its phrase, ending at it
    not_weapon_after: re.Pattern[str]
    weapon_as_modifier: re.Pattern[str]  # starts right after a weapon word that modifies an act ("bomb attack")
    not_weapon_before: re.Pattern[str]
    weapon_not_used: re.Pattern[str]


def _join(top: dict[str, object], field: str, where: str) -> str:
    return alternation(strings(top.get(field), where=where, field=field))


def parse_items(data: object, *, where: str) -> ItemLexicon:
    top = mapping(data, where=where, field="(top level)")
    lead = rf"(?:(?:{_QUANTITY})\s+)*"
    parts = rf"(?:(?:{_join(top, 'target_parts', where)})\s+(?:of|to)\s+(?:(?:the|a|an|its|their|his|her)\s+)?)?"
    words = rf"(?:(?!(?:{_NOT_MODIFIER})\b)[\w'’.&-]+\s+){{0,3}}"
    modifiers = _join(top, "weapon_modifiers", where)
    return ItemLexicon(
        targets=compile_words(strings(top.get("targets"), where=where, field="targets"), where=where, field="targets"),
        target_cue=compile_regex(
            rf"(?<![\w-])(?:{_join(top, 'target_cues', where)})\s+{lead}{parts}{words}$",
            where=where,
            field="target_cues",
        ),
        target_place=compile_regex(
            rf"(?<![\w-])(?:{_join(top, 'target_places', where)})\s+{lead}{parts}{words}$",
            where=where,
            field="target_places",
        ),
        areas=compile_regex(rf"(?:{_join(top, 'areas', where)})", where=where, field="areas"),
        target_destination=compile_regex(
            rf"(?<![\w-])(?:{_join(top, 'target_destinations', where)})\s+{lead}{words}$",
            where=where,
            field="target_destinations",
        ),
        not_target_after=compile_regex(
            rf"[\s-]+(?:{_join(top, 'not_target_after', where)})\b", where=where, field="not_target_after"
        ),
        owned_part=compile_regex(
            rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{_join(top, 'target_parts', where)})\b",
            where=where,
            field="target_parts",
        ),
        craft=compile_regex(rf"(?:{_join(top, 'craft', where)})", where=where, field="craft"),
        craft_doing=compile_regex(rf"\s+(?:{_join(top, 'craft_doing', where)})", where=where, field="craft_doing"),
        craft_means=compile_regex(
            rf"(?<![\w-])(?:{_join(top, 'craft_means', where)})$", where=where, field="craft_means"
        ),
        weapons=compile_words(strings(top.get("weapons"), where=where, field="weapons"), where=where, field="weapons"),
        weapon_lead=compile_regex(
            rf"(?<![\w.-])(?:(?:{modifiers})[\s-]+){{1,3}}$",
            where=where,
            field="weapon_modifiers",
        ),
        not_weapon_after=compile_regex(
            rf"(?:[\s-]+(?:{_join(top, 'not_weapon_after', where)})\b|-[a-z])", where=where, field="not_weapon_after"
        ),
        weapon_as_modifier=compile_regex(
            rf"[\s-]+(?:{_join(top, 'weapon_as_modifier', where)})\b", where=where, field="weapon_as_modifier"
        ),
        not_weapon_before=compile_regex(
            rf"(?<![\w-])(?:{_join(top, 'not_weapon_before', where)})\s+$", where=where, field="not_weapon_before"
        ),
        weapon_not_used=compile_regex(
            rf"(?<![\w-])(?:{_join(top, 'weapon_not_used', where)})\b", where=where, field="weapon_not_used"
        ),
    )


@functools.cache
def load_items(path: Path | None = None) -> ItemLexicon:
    """The built-in item lexicon, or a user's file (same schema) read in its place."""
    data, where = read_yaml(path, builtin="items.yaml")
    return parse_items(data, where=where)


@functools.cache
def union(first: re.Pattern[str], second: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern matching where either does; at one place, ``first``'s alternatives are tried first."""
    return re.compile(f"(?:{first.pattern})|(?:{second.pattern})", first.flags | second.flags)
