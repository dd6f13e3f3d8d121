"""Event exporters. Each writes events to a text stream; the registry maps a format name to its writer."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TextIO

from vigil.records import Document, Event
from vigil.taxonomy import load_taxonomy

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]  # fmt: skip
VIGIL_COLUMNS = [
    "vigil_event_id", "vigil_date_end", "vigil_grade", "vigil_n_sources", "vigil_indicators", "vigil_violations",
    "vigil_figures", "vigil_documents",
]  # fmt: skip

# ACLED's interaction codes for actor kinds.
INTER_CODES = {
    "state_forces": 1, "police": 1, "rebel_group": 2, "political_militia": 3, "identity_militia": 4,
    "rioters": 5, "protesters": 6, "civilians": 7, "external": 8,
}  # fmt: skip
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
GEO_PRECISION = {"exact": 1, "city": 1, "district": 2, "admin1": 3, "country": 3}

Writer = Callable[[Iterable[Event], Mapping[str, Document], TextIO], int]


def _actor_name(actor: Any) -> str:
    return str(actor.actor or actor.text)


def _documents_of(event: Event, documents: Mapping[str, Document]) -> list[Document]:
    seen: dict[str, Document] = {}
    for m in event.mentions:
        doc = documents.get(m.document_id)
        if doc is not None and doc.id not in seen:
            seen[doc.id] = doc
    return list(seen.values())


def _figures_text(event: Event) -> str:
    parts = []
    for f in event.figures:
        low = "?" if f.low is None else str(f.low)
        high = "?" if f.high is None else str(f.high)
        parts.append(f"{f.kind}:{low}-{high}" + ("" if f.best is None else f"(best {f.best})"))
    return "; ".join(parts)


def acled_row(event: Event, documents: Mapping[str, Document]) -> dict[str, Any]:
    taxonomy = load_taxonomy()
    etype = taxonomy.event_type(event.type)
    perps = event.perpetrators
    victims = [v for m in event.mentions for v in m.victims]
    if event.sides and not perps:  # a battle: its first side is actor 1, the others actor 2 and its associates
        perps, victims = event.sides[:1], event.sides[1:]
    docs = _documents_of(event, documents)
    killed = event.figure("killed")
    loc = event.location
    date = event.mentions[0].date if event.mentions and event.mentions[0].date else None
    inter1 = INTER_CODES.get(perps[0].kind, 0) if perps else 0
    inter2 = INTER_CODES.get(victims[0].kind, 0) if victims else 0
    return {
        "event_id_cnty": event.id,
        "event_date": event.date_start.isoformat() if event.date_start else "",
        "year": event.date_start.year if event.date_start else "",
        "time_precision": TIME_PRECISION.get(date.precision, "") if date else "",
        "disorder_type": etype.disorder,
        "event_type": etype.event_type,
        "sub_event_type": etype.acled,
        "actor1": _actor_name(perps[0]) if perps else "",
        "assoc_actor_1": "; ".join(_actor_name(a) for a in perps[1:]),
        "inter1": inter1 or "",
        "actor2": _actor_name(victims[0]) if victims else "",
        "assoc_actor_2": "; ".join(_actor_name(a) for a in victims[1:]),
        "inter2": inter2 or "",
        "interaction": int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter1 and inter2 else "",
        "civilian_targeting": "Civilian targeting" if any(v.kind == "civilians" for v in victims) else "",
        "iso": "",
        "region": "",
        "country": (loc.country or "") if loc else "",
        "admin1": (loc.admin1 or "") if loc else "",
        "admin2": "",
        "admin3": "",
        "location": (loc.name or loc.text) if loc else "",
        "latitude": loc.lat if loc and loc.lat is not None else "",
        "longitude": loc.lon if loc and loc.lon is not None else "",
        "geo_precision": GEO_PRECISION.get(loc.precision or "", "") if loc else "",
        "source": "; ".join(sorted({d.source or d.source_id for d in docs})),
        "source_scale": "",
        "notes": " | ".join(m.evidence for m in event.mentions[:3] if m.evidence),
        "fatalities": (killed.best if killed.best is not None else killed.low) if killed else 0,
        "tags": "; ".join(event.indicators),
        "timestamp": "",
        "vigil_event_id": event.id,
        "vigil_date_end": event.date_end.isoformat() if event.date_end else "",
        "vigil_grade": event.grade,
        "vigil_n_sources": event.n_sources,
        "vigil_indicators": "; ".join(event.indicators),
        "vigil_violations": "; ".join(event.violations),
        "vigil_figures": _figures_text(event),
        "vigil_documents": "; ".join(d.source_id for d in docs),
    }


def write_csv(events: Iterable[Event], documents: Mapping[str, Document], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS + VIGIL_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow(acled_row(event, documents))
        n += 1
    return n


def event_to_dict(event: Event, documents: Mapping[str, Document]) -> dict[str, Any]:
    """Everything vigil knows about an event, each mention naming the id its document was given in its input."""
    mentions = []
    for m in event.mentions:
        doc = documents.get(m.document_id)
        mentions.append(
            {
                "id": m.id,
                "document_id": doc.source_id if doc else m.document_id,
                "document_hash": m.document_id,
                "source": doc.source if doc else None,
                "url": doc.url if doc else None,
                "title": doc.title if doc else None,
                "published": doc.published.isoformat() if doc and doc.published else None,
                "evidence_span": list(m.span),
                "evidence_text": m.evidence,
                "attribution": m.source.to_dict() if m.source else None,
                **{k: v for k, v in m.to_dict().items() if k not in ("span", "evidence", "source")},
            }
        )
    return {
        "id": event.id,
        "type": event.type,
        "date_start": event.date_start.isoformat() if event.date_start else None,
        "date_end": event.date_end.isoformat() if event.date_end else None,
        "location": event.location.to_dict() if event.location else None,
        "perpetrators": [a.to_dict() for a in event.perpetrators],
        "sides": [a.to_dict() for a in event.sides],
        "indicators": list(event.indicators),
        "violations": list(event.violations),
        "figures": [f.to_dict() for f in event.figures],
        "n_sources": event.n_sources,
        "grade": event.grade,
        "review_status": event.review_status,
        "documents": [d.source_id for d in _documents_of(event, documents)],
        "mentions": mentions,
        "history": [h.to_dict() for h in event.history],
    }


def write_jsonl(events: Iterable[Event], documents: Mapping[str, Document], out: TextIO) -> int:
    n = 0
    for event in events:
        out.write(json.dumps(event_to_dict(event, documents), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_geojson(events: Iterable[Event], documents: Mapping[str, Document], out: TextIO) -> int:
    """A FeatureCollection of the events that have coordinates; events without them are left out."""
    features = []
    for event in events:
        loc = event.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        props = event_to_dict(event, documents)
        props.pop("location")
        props["place"] = loc.name or loc.text
        props["precision"] = loc.precision
        features.append(
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]}, "properties": props}
        )
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


EXPORTERS: dict[str, Writer] = {"csv": write_csv, "jsonl": write_jsonl, "geojson": write_geojson}


def export_events(events: Iterable[Event], *, documents: Mapping[str, Document], fmt: str, out: TextIO) -> int:
    """Write events in ``fmt`` (csv, geojson, jsonl) to ``out``; returns how many were written."""
    try:
        writer = EXPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORTERS)}") from None
    return writer(events, documents, out)
