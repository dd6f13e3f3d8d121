"""find_dates and event_date on the forms found missing: future weekdays, datelines, attributive years."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigil.extract.dates import event_date, find_dates
from vigil.records import DateSpan

WEDNESDAY = date(2024, 3, 6)


def _dates(text: str, published: date | None = WEDNESDAY) -> list[tuple[str, str, str]]:
    found = find_dates(text, published=published)
    for d in found:
        assert d.span is not None and text[d.span[0] : d.span[1]] == d.text
    return [(d.start.isoformat(), d.end.isoformat(), d.text) for d in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The evacuation will begin on Friday.", [("2024-03-08", "2024-03-08", "Friday")]),
        ("Talks are due to resume on Monday.", [("2024-03-11", "2024-03-11", "Monday")]),
        ("The trial is scheduled to open on Wednesday.", [("2024-03-06", "2024-03-06", "Wednesday")]),
        ("Troops entered on Friday. They will leave soon.", [("2024-03-01", "2024-03-01", "Friday")]),
        ("On Friday troops entered the town.", [("2024-03-01", "2024-03-01", "Friday")]),
        ("KABUL, March 3 (Reuters) - Gunmen stormed a school.", [("2024-03-03", "2024-03-03", "March 3")]),
        ("DAKAR, Feb 12: Police fired on the crowd.", [("2024-02-12", "2024-02-12", "Feb 12")]),
        ("Soldiers opened fire on 3 March.", [("2024-03-03", "2024-03-03", "3 March")]),
        ("Soldiers opened fire on March 3rd, witnesses said.", [("2024-03-03", "2024-03-03", "March 3rd")]),
        ("Soldiers opened fire on Sept. 3, witnesses said.", [("2023-09-03", "2023-09-03", "Sept. 3")]),
        ("He was detained last month.", [("2024-02-01", "2024-02-29", "last month")]),
        ("Earlier this year, she was abducted.", [("2024-01-01", "2024-03-05", "Earlier this year")]),
        ("Her arrest in 2019 drew protests.", [("2019-01-01", "2019-12-31", "2019")]),
        (
            "Relatives still seek justice for the 2014 abduction of the students.",
            [("2014-01-01", "2014-12-31", "2014")],
        ),
        ("A 2017 kidnapping was never solved.", [("2017-01-01", "2017-12-31", "2017")]),
        ("The 2000 soldiers withdrew.", []),
        ("The curfew began at 10:30 on March 3.", [("2024-03-03", "2024-03-03", "March 3")]),
    ],
)
def test_dates_gaps(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shells fell on 3 May 2019.", [("2019-05-03", "2019-05-03", "3 May 2019")]),
        ("The siege began in May 2019.", [("2019-05-01", "2019-05-31", "May 2019")]),
        ("The camp has been besieged since 2019.", [("2019-01-01", "2019-12-31", "2019")]),
        ("Filed 2019-05-03 by the monitor.", [("2019-05-03", "2019-05-03", "2019-05-03")]),
        ("On Friday, on 3 May and yesterday.", []),
    ],
)
def test_absolute_dates_resolve_without_publication(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _dates(text, published=None) == expected


def test_event_date_prefers_the_sentence_then_earlier_then_later_then_published() -> None:
    text = "KABUL, March 3 - Gunmen attacked a school. On Monday police arrived. The school reopened on Friday."
    dates = find_dates(text, published=WEDNESDAY)
    second = (text.index("On Monday"), text.index(" The school"))
    arrived = text.index("arrived")
    assert event_date(dates, trigger=(arrived, arrived + 7), sentence=second).text == "Monday"  # type: ignore[union-attr]
    first = (0, text.index(" On Monday"))
    attacked = text.index("attacked")
    chosen = event_date(dates, trigger=(attacked, attacked + 8), sentence=first)
    assert chosen is not None and chosen.text == "March 3"
    later = [d for d in dates if d.text != "March 3"]
    assert event_date(later, trigger=(attacked, attacked + 8), sentence=first).text == "Monday"  # type: ignore[union-attr]
    fallback = event_date([], trigger=(0, 1), sentence=(0, 5), published=WEDNESDAY)
    assert fallback == DateSpan(start=WEDNESDAY, end=WEDNESDAY, text="", span=None, precision="day")
    assert event_date([], trigger=(0, 1), sentence=(0, 5)) is None


def test_event_date_picks_the_date_nearest_the_trigger() -> None:
    text = "On Monday talks failed and on Tuesday troops shelled the town."
    dates = find_dates(text, published=WEDNESDAY)
    at = text.index("shelled")
    chosen = event_date(dates, trigger=(at, at + 7), sentence=(0, len(text)))
    assert chosen is not None and chosen.text == "Tuesday" and chosen.start == date(2024, 3, 5)


_WORDS = st.sampled_from(
    ["will", "begin", "on", "Friday", "is", "due", "to", "the", "2014", "abduction", "March", "3", ":", "KABUL",
     ",", ".", "last", "month", "in", "2019", "a", "May", "3rd", "-", "12:30", "yesterday", "next", "Monday"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(max_size=80), st.lists(_WORDS, max_size=20).map(" ".join)),
    st.integers(0, 90),
    st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1))),
)
def test_find_dates_properties_hold(text: str, start: int, published: date | None) -> None:
    found = find_dates(text, published=published, start=start)
    for d in found:
        assert d.start <= d.end
        assert d.span is not None and start <= d.span[0] <= d.span[1] <= len(text)
        assert text[d.span[0] : d.span[1]] == d.text
    for d in found:
        assert d.span is not None
        chosen = event_date(found, trigger=d.span, sentence=(0, len(text)), published=published)
        assert chosen is not None and chosen.start <= chosen.end
