"""The extractor's speed-ups change nothing it finds: the fast paths agree with the plain ones."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from vigil.extract import split_sentences
from vigil.extract.cues import load_cues
from vigil.extract.places import find_places
from vigil.extract.prefilter import build_prefilter, dispatch_body, pattern_starts
from vigil.extract.triggers import load_triggers

# Words of the built-in lexicons, near misses and filler; with odd cases, hyphens, the Kelvin sign and the long s.
_VOCABULARY = """
killed kill killing shot dead bomb bombed bombing bomber car-bomb suicide attack attacked attackers air strike
airstrike air-strike shelling shelled artillery mortar rockets clashes clashed fighting battle ambush ambushed
arrested arrests detained detention abducted kidnapped kidnapping hostage hostages protest protesters rally
march riot rioters looted looting burned torched siege besieged ceasefire truce broke violated evacuation
massacre massacred executed hospital clinic school mosque church police soldiers army troops militia rebels
gunmen civilians children women villagers displaced fled mass grave tear gas rubber bullets water cannon
land mine landmine IED roadside explosive device grenade drone chemical chlorine sarin barrel bombs
the a an of in at on by with and but said was were had been has not no could would may might feared
football match game film storm flood earthquake accident traffic fire wildfire earlier yesterday Monday
KILLED Killed BOMB Shot sKILL overkill anti-government pre-dawn self-defence co-operation ſhot KILLED bomb’s
""".split()  # noqa: SIM905 (a word list reads best as words)
_GLUE = [" ", " ", " ", " ", ", ", ". ", "-", "; ", "\n\n", " (", ") ", ' "', '" ']


def _texts(n: int, *, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(_VOCABULARY) for _ in range(rng.randint(5, 60))]
        parts = [words[0]]
        for w in words[1:]:
            parts.append(rng.choice(_GLUE))
            parts.append(w.upper() if rng.random() < 0.05 else w.capitalize() if rng.random() < 0.15 else w)
        out.append("".join(parts))
    return out


def test_dispatch_body_matches_what_the_plain_alternation_matches() -> None:
    patterns = ["kill(?:ed|ing)?", "k\\w+", "air ?strikes?", "[a-c]at", "(?:the )?siege", "IEDs?", "ab", "abc"]
    plain = re.compile(rf"(?<![\w-])(?:{'|'.join(f'(?:{p})' for p in patterns)})(?![\w])", re.IGNORECASE)
    fast = re.compile(rf"(?<![\w-])(?:{dispatch_body(patterns)})(?![\w])", re.IGNORECASE)
    assert fast.pattern != plain.pattern  # it did regroup
    for text in [*_texts(200, seed=1), "abc ab ABC kelvin Kelvin Killed bat Cat the siege ieds"]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_dispatch_body_keeps_patterns_it_cannot_read_as_they_are() -> None:
    assert dispatch_body(["\\w+ed", "bomb"]) == "(?:\\w+ed)|(?:bomb)"
    assert dispatch_body(["(?:a)?", "b"]) == "(?:(?:a)?)|(?:b)"  # may match nothing


def test_pattern_starts_lists_what_every_match_begins_with() -> None:
    assert pattern_starts("kidnap(?:s|ped|ping)?") == {"kidnap"}
    assert pattern_starts("air ?strikes?") == {"air st", "airstr"}
    assert pattern_starts("IEDs?") == {"ied", "ieds"}
    assert pattern_starts("(?:stepped|ran) \\w+ mines?") == {"steppe", "ran "}
    assert pattern_starts("\\w+ed") == {""}  # may start with anything
    with pytest.raises(ValueError):
        pattern_starts("[a-z]{6}")


def test_prefilter_finds_every_place_a_pattern_matches() -> None:
    members = [["kill(?:ed|ing)?", "shot dead"], ["air ?strikes?"], ["(?:land ?)?mines?"]]
    prefilter = build_prefilter(members)
    assert prefilter is not None
    compiled = [re.compile(rf"(?<![\w-])(?:{'|'.join(ps)})(?![\w])", re.IGNORECASE) for ps in members]
    for text in _texts(200, seed=2):
        candidates = dict(prefilter.candidates(text))
        for n, pattern in enumerate(compiled):
            for m in pattern.finditer(text):
                assert n in candidates.get(m.start(), frozenset()), (text, m)
    assert prefilter.candidates("The talks went on for a long time without any result.") == []
    assert build_prefilter([["\\w+ed"]]) is None


def test_trigger_lexicon_answers_the_same_with_and_without_its_prefilter() -> None:
    fast = load_triggers()
    assert fast.prefilter is not None
    plain = dataclasses.replace(fast, prefilter=None)
    for text in _texts(300, seed=3):
        assert fast.triage(text) == plain.triage(text), text
        for s0, s1 in split_sentences(text):
            assert fast.hits(text, start=s0, end=s1) == plain.hits(text, start=s0, end=s1), text[s0:s1]


def test_cue_lexicon_answers_the_same_with_and_without_its_prefilters() -> None:
    fast = load_cues()
    assert fast.indicator_starts is not None and fast.violation_starts is not None
    plain = dataclasses.replace(fast, indicator_starts=None, violation_starts=None)
    extra = [
        "Dozens of villagers were massacred and buried in a mass grave after the truce broke down.",
        "Gunmen executed the prisoners on the spot and held the nurses hostage in the hospital.",
    ]
    for text in [*extra, *_texts(300, seed=4)]:
        for type_ in ("attack", "arrests", "peaceful_protest", "mob_violence"):
            assert fast.indicators_of(type_, text) == plain.indicators_of(type_, text), text
            assert fast.violations_of(type_, text) == plain.violations_of(type_, text), text
    assert "mass_grave" in fast.indicators_of("attack", extra[0])


def test_lower_case_text_has_no_places_and_splits_at_every_full_stop() -> None:
    text = "troops shelled the town. three people died. the army denied it."
    assert find_places(text) == []
    assert len(split_sentences(text)) == 3
    assert [p.text for p in find_places("ǅ was here. Shells fell on the city of Mosul on Monday.")] == ["Mosul"]
    assert find_places("ǅ shells fell on the city of ǅosul.") == []  # a title-case letter is not upper case
