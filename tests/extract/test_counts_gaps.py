"""find_counts on the forms found missing: one person, parts of a total, tolls, sieges, lower-cased text."""

from __future__ import annotations

import pytest

from vigil.extract.counts import find_counts, parse_count_data
from vigil.extract.numbers import DataFileError


def _summary(text: str) -> list[tuple[str, int | None, int | None, str]]:
    return [(c.kind, c.low, c.high, c.text) for c in find_counts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A child was killed when the shell hit the yard.", [("killed", 1, 1, "A child")]),
        ("A man was shot dead outside the bakery.", [("killed", 1, 1, "A man")]),
        ("An elderly woman was wounded by shrapnel.", [("injured", 1, 1, "An elderly woman")]),
        ("A 9-year-old girl has been killed in the shelling.", [("killed", 1, 1, "A 9-year-old girl")]),
        ("A farmer died in the raid.", [("killed", 1, 1, "A farmer")]),
        ("Protesters condemned the killing of a journalist.", [("killed", 1, 1, "a journalist")]),
        ("a teacher was killed by unknown men", [("killed", 1, 1, "a teacher")]),
        ("The rockets hit the depot, killing 3 and wounding 12.", [("killed", 3, 3, "3"), ("injured", 12, 12, "12")]),
        ("The air strike hit the farm, killing a family of five.", [("killed", 5, 5, "five")]),
        ("Shelling killed an entire family of seven near the bridge.", [("killed", 7, 7, "seven")]),
        ("Gunmen killed a couple outside the church.", [("killed", 2, 2, "a couple")]),  # a pair of people
        # people joined by "and" are one total, whether each or only the last has the verb
        ("Two doctors and a nurse were killed when the clinic was hit.", [("killed", 3, 3, "Two doctors and a nurse")]),
        ("The shell hit the clinic, killing two doctors and a nurse.", [("killed", 3, 3, "two doctors and a nurse")]),
        ("The ambush killed five soldiers and two policemen.", [("killed", 7, 7, "five soldiers and two policemen")]),
        ("At least 5 guards and 2 drivers were abducted.", [("abducted", 7, None, "At least 5 guards and 2 drivers")]),
        ("A couple of traders were wounded at the market.", [("injured", 2, 3, "A couple of traders")]),
        ("By noon the death toll has risen to 40.", [("killed", 40, 40, "40")]),
        ("40 killed, 12 of them children, in the night raid.", [("killed", 40, 40, "40")]),
        (
            "Soldiers killed at least 82 civilians, including 11 women and 13 children.",
            [("killed", 82, None, "at least 82 civilians")],
        ),
        (
            "At least 20 people died; the dead included 4 children.",
            [("killed", 20, None, "At least 20 people"), ("killed", 4, None, "4 children")],
        ),
        ("Medics said the dead included 6 nurses.", [("killed", 6, None, "6 nurses")]),
        (
            "Aid groups believe 30,000 to 60,000 people are trapped.",
            [("trapped", 30_000, 60_000, "30,000 to 60,000 people")],
        ),
        ("Some 30,000 to 60,000 people are trapped.", [("trapped", 30_000, 60_000, "Some 30,000 to 60,000 people")]),
        (
            "Militias encircle tens of thousands of civilians.",
            [("trapped", 20_000, 99_999, "tens of thousands of civilians")],
        ),
        (
            "Tens of thousands of civilians in the besieged quarter have no water.",
            [("trapped", 20_000, 99_999, "Tens of thousands of civilians")],
        ),
        ("Thousands have fled since the spring.", [("displaced", 2_000, 9_999, "Thousands")]),
        ("Thousands have been displaced by the floods of war.", [("displaced", 2_000, 9_999, "Thousands")]),
        ("five peasants were killed by the patrol.", [("killed", 5, 5, "five peasants")]),
        (
            "twelve students were wounded and two were kidnapped.",
            [("injured", 12, 12, "twelve students"), ("abducted", 2, 2, "two")],
        ),
    ],
)
def test_counts_gaps(text: str, expected: list[tuple[str, int | None, int | None, str]]) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A man killed his neighbour's goat.",  # an active verb: the man is no victim
        "A soldier shot dead the dog.",
        "A child was arrested at the border.",  # one person, but not killed or injured
        "The child was killed.",  # no "a": not read as a count here
        "Tens of thousands of civilians marched in the capital.",
        "Fighters surrounded 3 tanks.",
    ],
)
def test_not_counts(text: str) -> None:
    assert find_counts(text) == []


def test_part_never_replaces_the_total() -> None:
    counts = find_counts("The dead included 4 children; the death toll rose to 31.")
    assert [(c.kind, c.low, c.high) for c in counts] == [("killed", 4, None), ("killed", 31, 31)]
    assert max(c.low or 0 for c in counts) == 31


def test_singular_spans_are_absolute() -> None:
    text = "Intro here. Later a boy was hurt."
    (count,) = find_counts(text, start=text.index("Later"))
    assert count.span is not None and text[count.span[0] : count.span[1]] == count.text == "a boy"


def test_schema_names_the_singular_and_nearby_fields() -> None:
    base = {"kinds": {}, "zero_expands": {}, "aux": ["was"], "breaks": ["in"], "stops": ["and"],
            "not_before": ["no."], "not_after": ["km"]}  # fmt: skip
    with pytest.raises(DataFileError, match=r"count_kinds\.yaml.*'singular'"):
        parse_count_data({**base, "nearby": {}})
    with pytest.raises(DataFileError, match=r"nearby\.window"):
        parse_count_data({**base, "singular": {"kinds": ["killed"], "nouns": ["man"]}, "nearby": {"window": 0}})
    with pytest.raises(DataFileError, match=r"singular\.kinds"):
        parse_count_data(
            {**base, "singular": {"kinds": ["slain"], "nouns": ["man"]},
             "nearby": {"window": 5, "people": ["people"], "trapped": ["trapped"]}},
            kinds=frozenset({"killed"}),
        )  # fmt: skip
