"""Records to rows and back: what is a column, what is kept as JSON."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import RowMapping

from vigil.records import Actor, Document, Event, EventChange, FigureRange, Mention, Place, RawSource


def raw_row(raw: RawSource) -> dict[str, Any]:
    return {
        "sha256": raw.sha256,
        "uri": raw.uri,
        "content": raw.content,
        "retrieved": raw.retrieved,
        "media_type": raw.media_type,
    }


def raw_from_row(row: RowMapping) -> RawSource:
    return RawSource(
        uri=row["uri"], content=bytes(row["content"]), retrieved=row["retrieved"], media_type=row["media_type"]
    )


def document_row(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "source_id": doc.source_id,
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
        "published": doc.published,
        "retrieved": doc.retrieved,
        "language": doc.language,
        "raw_sha256": doc.raw_sha256,
        "text": doc.text,
    }


def document_from_row(row: RowMapping) -> Document:
    return Document(
        id=row["id"],
        text=row["text"],
        source_id=row["source_id"],
        title=row["title"],
        source=row["source"],
        url=row["url"],
        published=row["published"],
        retrieved=row["retrieved"],
        language=row["language"],
        raw_sha256=row["raw_sha256"],
    )


def mention_row(mention: Mention, *, position: int) -> dict[str, Any]:
    return {
        "id": mention.id,
        "document_id": mention.document_id,
        "position": position,
        "type": mention.type,
        "date_start": mention.date.start if mention.date else None,
        "date_end": mention.date.end if mention.date else None,
        "country": mention.location.country if mention.location else None,
        "modality": mention.modality,
        "confidence": float(mention.confidence),
        "data": mention.to_dict(),
    }


def mention_from_row(row: RowMapping) -> Mention:
    return Mention.from_dict(row["data"], document_id=row["document_id"], id=row["id"])


def event_row(event: Event, *, now: datetime) -> dict[str, Any]:
    place = event.location
    return {
        "id": event.id,
        "type": event.type,
        "date_start": event.date_start,
        "date_end": event.date_end,
        "country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "location_name": (place.name or place.text) if place else None,
        "n_sources": event.n_sources,
        "grade": event.grade,
        "review_status": event.review_status,
        "created": now,
        "updated": now,
        "data": {
            "location": place.to_dict() if place else None,
            "perpetrators": [a.to_dict() for a in event.perpetrators],
            "sides": [a.to_dict() for a in event.sides],
            "indicators": list(event.indicators),
            "violations": list(event.violations),
            "figures": [f.to_dict() for f in event.figures],
        },
    }


def event_from_row(row: RowMapping) -> Event:
    data: dict[str, Any] = row["data"] or {}
    location = data.get("location")
    return Event(
        id=row["id"],
        type=row["type"],
        location=Place.from_dict(location) if location else None,
        date_start=row["date_start"],
        date_end=row["date_end"],
        perpetrators=[Actor.from_dict(a) for a in data.get("perpetrators") or []],
        sides=[Actor.from_dict(a) for a in data.get("sides") or []],
        indicators=list(data.get("indicators") or []),
        violations=list(data.get("violations") or []),
        figures=[FigureRange.from_dict(f) for f in data.get("figures") or []],
        n_sources=row["n_sources"],
        grade=row["grade"],
        review_status=row["review_status"],
    )


def change_row(change: EventChange, *, event_id: str) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "at": change.at,
        "action": change.action,
        "reason": change.reason,
        "mention_id": change.mention_id,
    }


def change_from_row(row: RowMapping) -> EventChange:
    return EventChange(at=row["at"], action=row["action"], reason=row["reason"], mention_id=row["mention_id"])
