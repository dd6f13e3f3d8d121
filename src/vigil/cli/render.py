"""Tables for the terminal."""

from __future__ import annotations

from collections.abc import Mapping

from rich.table import Table

from vigil.pipeline import AccusationRow
from vigil.records import Document, Event


def _figures(event: Event) -> str:
    parts = []
    for f in event.figures:
        if f.low is not None and f.high is not None and f.low != f.high:
            value = f"{f.low:,}–{f.high:,}"
        elif f.low is not None and f.high is None:
            value = f"≥{f.low:,}"
        elif f.low is not None:
            value = f"{f.low:,}"
        else:
            value = f"≤{f.high:,}" if f.high is not None else "?"
        parts.append(f"{f.kind} {value}")
    return "\n".join(parts)


def events_table(events: list[Event], documents: Mapping[str, Document]) -> Table:
    table = Table(title=f"{len(events)} events", show_lines=False, expand=False)
    for name in ("date", "type", "where", "who", "figures", "indicators", "sources", "grade", "id"):
        table.add_column(name, overflow="fold")
    for e in events:
        when = ""
        if e.date_start:
            when = e.date_start.isoformat()
            if e.date_end and e.date_end != e.date_start:
                when += f"…{e.date_end.isoformat()}"
        where = ""
        if e.location:
            where = e.location.name or e.location.text
            if e.location.country:
                where += f" ({e.location.country})"
        who = ", ".join(p.actor or p.text for p in e.perpetrators or e.sides)
        docs = {m.document_id for m in e.mentions}
        sources = ", ".join(sorted(documents[d].source or documents[d].source_id for d in docs if d in documents))
        table.add_row(
            when, e.type, where, who, _figures(e), ", ".join(e.indicators), f"{e.n_sources}: {sources}", e.grade, e.id
        )
    return table


def accusations_table(rows: list[AccusationRow]) -> Table:
    table = Table(title=f"{len(rows)} accusations", show_lines=False, expand=False)
    for name in ("date", "speaker", "accused", "claim", "events", "document"):
        table.add_column(name, overflow="fold")
    for row in rows:
        a = row.accusation
        accused = ", ".join(x.actor or x.text for x in a.accused)
        table.add_row(
            a.date.start.isoformat() if a.date else "",
            a.speaker.text if a.speaker else "",
            accused,
            a.claim,
            str(len(a.events)),
            row.source_id,
        )
    return table
