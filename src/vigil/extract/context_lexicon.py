"""The lexicon of the document-context step (``data/context.yaml``), compiled for ``context.py``.

Each violation's act comes with the wording that makes a phrase its doer: a phrase right before an
active form ("police arrested"), after an agent form and "by" / "at the hands of" ("was detained ... by
the DSS"), or right before a noun of the act ("police custody"). The actor heads of the role lexicon
(``data/roles.yaml``) are compiled again here, one alternative per head regrouped by first character:
the same heads, found several times faster, for the many sentences this step reads.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from vigil.extract.lexicon import (
    alternation,
    check_ids,
    compile_regex,
    compile_words,
    mapping,
    read_yaml,
    strings,
)
from vigil.taxonomy import load_taxonomy

_FLAGS = re.IGNORECASE
TRAIL = r"\s*(?:(?:,[^,.]{1,60}){1,2},\s*)?"  # appositions after the phrase ("Sun Wei, 32, of Riverton, ...")
_AUX = (
    r"(?:has|have|had|also|then|later|allegedly|reportedly|promptly|subsequently|repeatedly|routinely|illegally|"
    r"arbitrarily|indefinitely|forcibly|violently|brutally|reported(?:ly)?|\w+ly|was|were|is|are|been|being|"
    r"would|will|did|not|to)"
)
_AGENT_TAIL = (
    r"\s+(?:(?!(?:by|and|but|who|which|after|before)\b)[\w'’,.()-]+\s+){0,8}?"
    r"(?:by|at the hands of|in the custody of|in custody of)\s+"
    r"(?:(?:the|a|an|some|his|her|their|its|suspected|alleged|presumed|\d+|two|three|four|five|several|"
    r"members of)\s+)*(?:(?!(?:and|or|of|in|on|at|to|for|with|from|near|after|before|during|since|when|while|as)\b)"
    r"[\w'’.-]+\s+){0,2}$"
)
# Words of a charge, a claim of responsibility or a blame (their wording is in context.py).
_CLAIM_WORDS = (
    r"charged|convicted|accused|guilty|sentenced|indicted|prosecuted|suspected|booked|responsib\w*|authorship|"
    r"linked|implicated|involved|"
    r"blam\w*|attribut\w*|ascribed|pinned|perpetrated|accus\w*"
)


@dataclass(frozen=True, slots=True)
class Act:
    """The wording of one violation's act: a phrase before ``active`` or after ``agent`` is its doer, and
    one right before ``nouns`` ("police custody"). ``words`` finds any of them."""

    active: re.Pattern[str]
    agent: re.Pattern[str]
    nouns: re.Pattern[str]
    words: re.Pattern[str]
    coordinated: re.Pattern[str] | None = None  # "militiamen entered homes ... and shot residents"


@dataclass(frozen=True, slots=True)
class ContextLexicon:
    acts: dict[str, Act]
    charged: re.Pattern[str]
    accused: re.Pattern[str]
    doer_nouns: re.Pattern[str]
    institutions: re.Pattern[str]
    actor_heads: re.Pattern[str]  # any actor head of the role lexicon
    actor_kinds: tuple[tuple[str, re.Pattern[str]], ...]  # each kind's heads, in the role lexicon's order
    claims: re.Pattern[str]  # the words of a charge, a claim of responsibility or a blame

    def worded(self, text: str, start: int, end: int, *, acts: list[Act]) -> bool:
        """True when ``text[start:end]`` has a word of one of ``acts``, a charge, a claim or a blame: a
        sentence without one names no doer of those acts but by a doer noun."""
        return self.claims.search(text, start, end) is not None or any(
            a.words.search(text, start, end) is not None for a in acts
        )


def _body(value: object, *, where: str, field: str) -> str:
    patterns = strings(value, where=where, field=field)
    compile_words(patterns, where=where, field=field)  # names the field of a bad pattern
    return alternation(patterns)


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression ("a|b(c|d)" -> ["a", "b(c|d)"])."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a literal "]" first in the class
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _actor_heads(data: object, *, where: str) -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    raw = mapping(mapping(data, where=where, field="(top level)").get("actors"), where=where, field="actors")
    kinds = []
    every: list[str] = []
    for kind, patterns in raw.items():
        heads = [a for p in strings(patterns, where=where, field=f"actors.{kind}") for a in alternatives(p)]
        kinds.append((str(kind), compile_words(heads, where=where, field=f"actors.{kind}")))
        every += heads
    return compile_words(every, where=where, field="actors"), tuple(kinds)


def parse_context(data: object, *, where: str, roles: object, roles_where: str) -> ContextLexicon:
    """The context lexicon from ``data`` (context.yaml's schema) and the actors of ``roles`` (roles.yaml's)."""
    top = mapping(data, where=where, field="(top level)")
    raw_acts = mapping(top.get("acts"), where=where, field="acts")
    check_ids([str(k) for k in raw_acts], tuple(load_taxonomy().violations), where=where, field="acts")
    acts = {}
    for violation, entry in raw_acts.items():
        f = f"acts.{violation}"
        entry = mapping(entry, where=where, field=f)
        active = _body(entry.get("active"), where=where, field=f"{f}.active")
        agent = _body(entry.get("agent"), where=where, field=f"{f}.agent")
        nouns = _body(entry.get("nouns"), where=where, field=f"{f}.nouns")
        acts[str(violation)] = Act(
            active=compile_regex(
                rf"{TRAIL}(?P<aux>(?:{_AUX}\s+){{0,3}})(?P<verb>{active})(?![\w-])", where=where, field=f
            ),
            agent=compile_regex(rf"(?<![\w-])(?:{agent}){_AGENT_TAIL}", where=where, field=f),
            nouns=compile_regex(rf"(?:(?:['’]s|s['’])\s+(?:[\w-]+\s+)?|\s+)(?:{nouns})(?![\w-])", where=where, field=f),
            words=compile_words([active, agent, nouns], where=where, field=f),
            coordinated=compile_regex(
                rf"\s+(?!(?:was|were|is|are|had|has|have|been|being|and|or|then)\b)[a-z]+ed\b[^,.;:]{{0,60}}?"
                rf"\band\s+(?:then\s+)?(?:{active})(?![\w-])(?!\s+(?:dead|to death)\b)",
                where=where,
                field=f,
            ),
        )
    charged = _body(top.get("charged_acts"), where=where, field="charged_acts")
    heads, kinds = _actor_heads(roles, where=roles_where)
    return ContextLexicon(
        acts=acts,
        charged=compile_regex(
            rf"{TRAIL}(?:,?\s*(?:who|whom)\s+)?"
            r"(?:(?:was|were|has been|have been|had been|is|are|been|being|have|has|had|later|also)\s+)*"
            r"(?:\w+ly\s+)?(?:(?:charged|convicted|accused|found guilty|sentenced|jailed|indicted|arrested|detained|"
            r"held|suspected|prosecuted|tried|booked)\s+(?:[\w'’-]+\s+){0,5}?"
            r"(?:with|of|for|over|on charges? of|in connection with|in)|(?:pleaded|pled|admitted) guilty (?:to|of|in)|"
            r"(?:linked|implicated|involved) (?:to|in))\s+"
            rf"(?:[\w'’-]+\s+){{0,6}}?(?:{charged})(?![\w-])",
            where=where,
            field="charged_acts",
        ),
        accused=compile_regex(
            rf"\s+of\s+(?:[\w'’-]+\s+){{0,4}}?(?:{charged}|abuses|crimes|violat\w*|atrocities)(?![\w-])",
            where=where,
            field="charged_acts",
        ),
        doer_nouns=compile_words(
            strings(top.get("doer_nouns"), where=where, field="doer_nouns"), where=where, field="doer_nouns"
        ),
        institutions=compile_words(
            strings(top.get("institutions"), where=where, field="institutions"), where=where, field="institutions"
        ),
        actor_heads=heads,
        actor_kinds=kinds,
        claims=compile_words([_CLAIM_WORDS], where=where, field="charged_acts"),
    )


@functools.cache
def load_context(path: Path | None = None, *, roles: Path | None = None) -> ContextLexicon:
    """The built-in context lexicon (``data/context.yaml``), or a user's file (same schema) in its place,
    with the actor heads of the role lexicon (``data/roles.yaml`` or the user's ``roles``)."""
    data, where = read_yaml(path, builtin="context.yaml")
    roles_data, roles_where = read_yaml(roles, builtin="roles.yaml")
    return parse_context(data, where=where, roles=roles_data, roles_where=roles_where)
