"""The day of an event, as the reports give it: its own date, else the first publication date of its reports.

Never the day vigil read it, so replaying an archive dates everything as following it live did.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from vigil.records import Event


def event_day(event: Event, published: Mapping[str, date | None]) -> date | None:
    if event.date_start is not None:
        return event.date_start
    days = [d for m in event.mentions if (d := published.get(m.document_id)) is not None]
    return min(days) if days else None


def document_ids(event: Event) -> list[str]:
    return list(dict.fromkeys(m.document_id for m in event.mentions))
