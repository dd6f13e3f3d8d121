"""find_counts: what a number counts, with honest ranges and absolute spans."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigil.extract.counts import find_counts, parse_count_data
from vigil.extract.numbers import DataFileError
from vigil.taxonomy import load_taxonomy


def _summary(text: str) -> list[tuple[str, int | None, int | None, bool, str]]:
    return [(c.kind, c.low, c.high, c.approximate, c.text) for c in find_counts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling hit the market and 82 civilians were killed.", [("killed", 82, 82, False, "82 civilians")]),
        (
            "A car bomb exploded near the mosque, killing at least 12 people.",
            [("killed", 12, None, False, "at least 12 people")],
        ),
        ("By evening the death toll rose to 40.", [("killed", 40, 40, False, "40")]),
        ("The death toll rose from 20 to 40 overnight.", [("killed", 40, 40, False, "40")]),
        (
            "Aid groups say 30,000 to 60,000 people are trapped in the old city.",
            [("trapped", 30_000, 60_000, False, "30,000 to 60,000 people")],
        ),
        ("Dozens wounded as rockets struck the camp.", [("injured", 24, 99, True, "Dozens")]),
        ("The raiders killed 5 and injured 20.", [("killed", 5, 5, False, "5"), ("injured", 20, 20, False, "20")]),
        ("Medics said 3 children were among the dead.", [("killed", 3, 3, False, "3 children")]),
        ("The blast shattered windows but no one was hurt.", [("injured", 0, 0, False, "no one")]),
        (
            "Officials said there were no casualties.",
            [("killed", 0, 0, False, "no casualties"), ("injured", 0, 0, False, "no casualties")],
        ),
        ("Thousands have fled towards the border.", [("displaced", 2_000, 9_999, True, "Thousands")]),
        (
            "Police arrested 20 students and detained 5 reporters.",
            [("detained", 20, 20, False, "20 students"), ("detained", 5, 5, False, "5 reporters")],
        ),
        ("Gunmen kidnapped 30 schoolgirls from the dormitory.", [("abducted", 30, 30, False, "30 schoolgirls")]),
        ("At least 12 villagers are still missing.", [("missing", 12, None, False, "At least 12 villagers")]),
        ("Buses evacuated 300 civilians from the district.", [("evacuated", 300, 300, False, "300 civilians")]),
        ("the evacuation of 5,000 patients began", [("evacuated", 5_000, 5_000, False, "5,000 patients")]),
        ("Searchers recovered 40 bodies from the rubble.", [("killed", 40, 40, False, "40 bodies")]),
        (
            "An estimated 5,000 refugees arrived at the camp.",
            [("displaced", 5_000, 5_000, True, "An estimated 5,000 refugees")],
        ),
        ("Nearly 300 people are believed to have been killed.", [("killed", 270, 300, True, "Nearly 300 people")]),
        ("Some 40 members of one family were massacred.", [("killed", 40, 40, True, "Some 40 members of one family")]),
        ("Twenty-three fighters lost their lives.", [("killed", 23, 23, False, "Twenty-three fighters")]),
        ("Three gunmen killed 12 farmers.", [("killed", 12, 12, False, "12 farmers")]),
        ("The patrol shot dead two men.", [("killed", 2, 2, False, "two men")]),
        ("Tens of thousands were forced from their homes.", [("displaced", 20_000, 99_999, True, "Tens of thousands")]),
        ("Air strikes killed no one.", [("killed", 0, 0, False, "no one")]),
        ("There were 15 casualties in the ambush.", [("injured", 15, 15, False, "15 casualties")]),
        (
            "At least 82 civilians, including 11 women and 13 children, were killed.",
            [("killed", 82, None, False, "At least 82 civilians")],
        ),
        (
            # one total (the figures of a kind reconcile as alternatives, so two counts would read as 3 to 12)
            "12 soldiers and 3 civilians were killed.",
            [("killed", 15, 15, False, "12 soldiers and 3 civilians")],
        ),
        ("One of the injured later died.", [("injured", 1, 1, False, "One")]),
        (
            "Since 2014, 2 million people have been displaced.",
            [("displaced", 2_000_000, 2_000_000, False, "2 million people")],
        ),
        ("The group is holding 30 hostages.", [("abducted", 30, 30, False, "30 hostages")]),
        (
            "The bombing left 12 dead and dozens injured.",
            [("killed", 12, 12, False, "12"), ("injured", 24, 99, True, "dozens")],
        ),
    ],
)
def test_counts(text: str, expected: list[tuple[str, int | None, int | None, bool, str]]) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2016 the town changed hands twice.",
        "The 12-year-old boy was killed.",
        "The 12 year old was hurt.",
        "The curfew starts at 10 pm and the victims were killed at 22:30.",
        "Donors pledged $5 million; victims were killed anyway.",
        "Around 20 percent of the population fled.",
        "Resolution 2254 calls for the killed to be counted.",
        "He lives at 12 Main Street.",
        "On 13 December, people were killed.",
        "On December 13 people were killed.",
        "The convoy of 12 trucks was hit.",
        "They are no longer trapped.",
        "Fighting has killed people since 2011.",
        "They were killed 3 weeks ago.",
    ],
)
def test_not_counts(text: str) -> None:
    assert find_counts(text) == []


def test_spans_are_absolute_and_limited_to_the_window() -> None:
    text = "Intro. 82 civilians were killed. Later 5 people were wounded."
    second = text.index("Later")
    counts = find_counts(text, start=second)
    assert [(c.kind, c.low) for c in counts] == [("injured", 5)]
    (count,) = counts
    assert count.span is not None and text[count.span[0] : count.span[1]] == count.text == "5 people"
    assert find_counts(text, start=0, end=second)[0].span == (7, 19)


def test_kinds_are_taxonomy_count_kinds() -> None:
    from vigil.extract.counts import count_data

    kinds = set(load_taxonomy().count_kinds)
    assert {kind for kind, _ in count_data().cues.values()} <= kinds
    assert set(count_data().before.values()) <= kinds


def test_schema_error_names_file_and_field() -> None:
    with pytest.raises(DataFileError, match=r"count_kinds\.yaml.*kinds\.killed\.after"):
        parse_count_data({"kinds": {"killed": {"after": "killed"}}})
    with pytest.raises(DataFileError, match=r"kinds\.slain"):
        parse_count_data({"kinds": {"slain": {}}}, kinds=frozenset({"killed"}))


_WORDS = st.sampled_from(
    ["killed", "at least", "82", "30,000", "to", "60,000", "people", "were", "dozens", "wounded", "no", "one",
     "death toll", "rose", "2016", "December", "13", "-", "–", "year-old", "casualties", ",", ".", "among", "the",
     "dead", "fled", "between", "and", "12 000", "nearly", "from", "a", "hundred", "$", "%"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_WORDS, max_size=20).map(" ".join)), st.integers(0, 90))
def test_find_counts_never_raises_and_spans_hold(text: str, start: int) -> None:
    for count in find_counts(text, start=start):
        assert count.low is None or count.high is None or count.low <= count.high
        assert count.span is not None
        s, e = count.span
        assert start <= s <= e <= len(text)
        assert text[s:e] == count.text
