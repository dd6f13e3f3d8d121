"""parse_quantity: digits, number words, ranges, bounds and vague amounts as documented ranges."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigil.extract.numbers import DataFileError, Quantity, parse_quantity, parse_quantity_data, quantity_data


@pytest.mark.parametrize(
    ("text", "low", "high", "approximate"),
    [
        ("30,000", 30_000, 30_000, False),
        ("1.5 million", 1_500_000, 1_500_000, False),
        ("2 million", 2_000_000, 2_000_000, False),
        ("12 000", 12_000, 12_000, False),
        ("twenty-three", 23, 23, False),
        ("a hundred", 100, 100, False),
        ("three thousand", 3_000, 3_000, False),
        ("one hundred and twenty", 120, 120, False),
        ("one", 1, 1, False),
        ("30,000 to 60,000", 30_000, 60_000, False),
        ("between 10 and 15", 10, 15, False),
        ("10-15", 10, 15, False),
        ("10–15", 10, 15, False),
        ("two or three", 2, 3, False),
        ("1.5 to 2 million", 1_500_000, 2_000_000, False),
        ("at least 82", 82, None, False),
        ("no fewer than 50", 50, None, False),
        ("more than 100", 101, None, False),
        ("over 100", 101, None, False),
        ("more than a dozen", 13, None, True),
        ("up to 50", None, 50, False),
        ("as many as 50", None, 50, False),
        ("fewer than 10", None, 9, False),
        ("nearly 300", 270, 300, True),
        ("almost 300", 270, 300, True),
        ("about 40", 40, 40, True),
        ("around 40", 40, 40, True),
        ("some 40", 40, 40, True),
        ("roughly 40", 40, 40, True),
        ("an estimated 30,000 to 60,000", 30_000, 60_000, True),
        ("a dozen", 12, 12, True),
        ("two dozen", 24, 24, True),
        ("dozens", 24, 99, True),
        ("several dozen", 36, 99, True),
        ("scores", 40, 199, True),
        ("hundreds", 200, 999, True),
        ("several hundred", 300, 999, True),
        ("thousands", 2_000, 9_999, True),
        ("tens of thousands", 20_000, 99_999, True),
        ("hundreds of thousands", 200_000, 999_999, True),
        ("a few", 2, 5, True),
        ("several", 3, 9, True),
        ("a handful", 2, 6, True),
        ("many", None, None, True),
        ("no one", 0, 0, False),
        ("nobody", 0, 0, False),
        ("none", 0, 0, False),
        ("  Dozens ", 24, 99, True),
    ],
)
def test_parse_quantity(text: str, low: int | None, high: int | None, approximate: bool) -> None:
    assert parse_quantity(text) == Quantity(low, high, approximate)


@pytest.mark.parametrize("text", ["", "abc", "2.5", "one two", "twenty twenty", "killed", "12 people", "1,5"])
def test_not_a_quantity(text: str) -> None:
    assert parse_quantity(text) is None


def test_reversed_range_is_ordered() -> None:
    assert parse_quantity("15-10") == Quantity(10, 15, False)


def test_every_vague_range_is_ordered() -> None:
    for phrase, (low, high) in quantity_data().vague.items():
        assert low is None or high is None or low <= high, phrase


def test_schema_error_names_file_and_field() -> None:
    with pytest.raises(DataFileError, match=r"quantities\.yaml.*vague\[0\]\.low"):
        parse_quantity_data({"vague": [{"phrase": "dozens", "low": "many", "high": 99}]})
    with pytest.raises(DataFileError, match=r"vague\[0\].*above high"):
        parse_quantity_data({"vague": [{"phrase": "dozens", "low": 100, "high": 99}]})
    with pytest.raises(DataFileError, match=r"bounds\.at_least"):
        parse_quantity_data({"vague": [], "bounds": {"at_least": "at least"}})


_QUANTITY_WORDS = st.sampled_from(
    ["at least", "more than", "up to", "nearly", "about", "between", "and", "to", "-", "–", "or", "dozens",
     "hundreds of thousands", "a", "hundred", "thousand", "million", "twenty", "three", "no", "one", "of", "tens"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(max_size=60), st.lists(st.one_of(_QUANTITY_WORDS, st.integers(0, 10**9).map(str))).map(" ".join))
)
def test_parse_quantity_never_raises_and_keeps_order(text: str) -> None:
    q = parse_quantity(text)
    if q is not None:
        assert q.low is None or q.high is None or q.low <= q.high
