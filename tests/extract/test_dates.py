"""find_dates and resolve_relative: explicit dates, months, years and expressions relative to publication."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigil.extract.dates import find_dates, resolve_relative

WEDNESDAY = date(2016, 12, 14)


def _one(text: str, published: date | None = WEDNESDAY) -> tuple[str, str, str, str]:
    (d,) = find_dates(text, published=published)
    assert d.span is not None and text[d.span[0] : d.span[1]] == d.text
    return d.start.isoformat(), d.end.isoformat(), d.text, d.precision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shells fell on 13 December 2016 at dawn.", ("2016-12-13", "2016-12-13", "13 December 2016", "day")),
        ("On December 13, 2016, the convoy left.", ("2016-12-13", "2016-12-13", "December 13, 2016", "day")),
        ("On Dec. 13 the army advanced.", ("2016-12-13", "2016-12-13", "Dec. 13", "day")),
        ("The raid (2016-12-13) was filmed.", ("2016-12-13", "2016-12-13", "2016-12-13", "day")),
        ("They said on the 13th that it stopped.", ("2016-12-13", "2016-12-13", "the 13th", "day")),
        ("The siege began in December 2016.", ("2016-12-01", "2016-12-31", "December 2016", "month")),
        ("Fighting flared in July.", ("2016-07-01", "2016-07-31", "July", "month")),
        ("It has been besieged since 2012.", ("2012-01-01", "2012-12-31", "2012", "year")),
        ("Talks held 12-15 December failed.", ("2016-12-12", "2016-12-15", "12-15 December", "day")),
        ("Yesterday the town fell.", ("2016-12-13", "2016-12-13", "Yesterday", "day")),
        ("The market reopened today.", ("2016-12-14", "2016-12-14", "today", "day")),
        ("Shelling resumed last night.", ("2016-12-13", "2016-12-13", "last night", "day")),
        ("On Tuesday, troops entered the town.", ("2016-12-13", "2016-12-13", "Tuesday", "day")),
        ("On Wednesday, troops entered the town.", ("2016-12-14", "2016-12-14", "Wednesday", "day")),
        ("Troops entered the town last Wednesday.", ("2016-12-07", "2016-12-07", "last Wednesday", "day")),
        ("Last week the camp was shelled.", ("2016-12-05", "2016-12-11", "Last week", "week")),
        ("The camp was shelled earlier this week.", ("2016-12-12", "2016-12-13", "earlier this week", "week")),
        ("Raids increased earlier this month.", ("2016-12-01", "2016-12-13", "earlier this month", "month")),
        ("The siege began last month.", ("2016-11-01", "2016-11-30", "last month", "month")),
        ("Gunmen attacked two days ago.", ("2016-12-12", "2016-12-12", "two days ago", "day")),
        ("Gunmen attacked 3 weeks ago.", ("2016-11-21", "2016-11-27", "3 weeks ago", "week")),
        ("the day before yesterday", ("2016-12-12", "2016-12-12", "the day before yesterday", "day")),
        ("last year", ("2015-01-01", "2015-12-31", "last year", "year")),
    ],
)
def test_dates(text: str, expected: tuple[str, str, str, str]) -> None:
    assert _one(text) == expected


def test_day_and_month_take_the_nearest_year() -> None:
    assert _one("On Jan. 2 the siege broke.", date(2017, 1, 5))[0] == "2017-01-02"
    assert _one("On 28 December the siege broke.", date(2017, 1, 5))[0] == "2016-12-28"


def test_tuesday_published_on_a_tuesday_is_that_day() -> None:
    assert _one("On Tuesday gunmen attacked.", date(2016, 12, 13))[0] == "2016-12-13"


@pytest.mark.parametrize(
    "text", ["It may rain.", "a 12-year-old boy", "31 February 2016", "the 2014-2016 war", "Mayor Jones spoke."]
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, published=WEDNESDAY) == []


def test_without_published_relative_expressions_yield_nothing() -> None:
    text = "Yesterday, on Tuesday, last week and on Dec. 13, but also on 13 December 2016."
    found = find_dates(text, published=None)
    assert [d.text for d in found] == ["13 December 2016"]


def test_window_and_absolute_spans() -> None:
    text = "Intro on 1 May 2016. Then yesterday more shelling."
    cut = text.index("Then")
    (d,) = find_dates(text, published=WEDNESDAY, start=cut)
    assert d.text == "yesterday" and d.span == (cut + 5, cut + 14)


def test_resolve_relative() -> None:
    week = resolve_relative("last week", published=WEDNESDAY)
    assert week is not None and (week.start, week.end, week.precision) == (
        date(2016, 12, 5),
        date(2016, 12, 11),
        "week",
    )
    assert resolve_relative("no date here", published=WEDNESDAY) is None


_WORDS = st.sampled_from(
    ["on", "in", "13", "December", "Dec.", "2016", "-", "2016-12-13", "the", "13th", "last", "week", "Tuesday",
     "yesterday", "two", "days", "ago", "earlier", "this", "month", "May", "31", "February", ",", "since", "0"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(max_size=80), st.lists(_WORDS, max_size=16).map(" ".join)),
    st.one_of(st.none(), st.dates(min_value=date(1900, 3, 1), max_value=date(2099, 10, 1))),
)
def test_find_dates_never_raises(text: str, published: date | None) -> None:
    for d in find_dates(text, published=published):
        assert d.start <= d.end
        assert d.span is not None and 0 <= d.span[0] <= d.span[1] <= len(text)
        assert text[d.span[0] : d.span[1]] == d.text
