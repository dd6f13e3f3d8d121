"""Publication dates: ISO 8601 dates and datetimes, RFC 2822 (feeds)."""

from __future__ import annotations

from datetime import date, datetime
from email.utils import parsedate_to_datetime


def parse_published(value: str) -> date:
    """The calendar date of ``value`` as written (a datetime keeps its own offset's date).

    Raises ValueError when the value is neither ISO 8601 nor RFC 2822.
    """
    text = value.strip()
    if not text:
        raise ValueError("empty date")
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    raise ValueError(f"not an ISO 8601 or RFC 2822 date: {value!r}")
