"""Documents as read, the raw bytes they came from, and the records that were rejected."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime


def content_hash(text: str) -> str:
    """The id of a document: SHA-256 of its text, NFC-normalised with whitespace collapsed.

    Two copies that differ only in line breaks or spacing get the same id, so a report is
    stored once however often (and in whatever wrapping) it is ingested.
    """
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True, kw_only=True)
class RawSource:
    """The exact bytes vigil read (a file or a URL), so every claim can be traced back to them."""

    uri: str
    content: bytes
    retrieved: datetime = field(default_factory=utcnow)
    media_type: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass(slots=True, kw_only=True)
class Document:
    """One report. ``id`` is the content hash; ``source_id`` is the id it was given in its input
    (the JSON ``id``, otherwise its path, with ``#line`` or ``#entry`` where one file holds many)."""

    text: str
    source_id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    retrieved: datetime = field(default_factory=utcnow)
    language: str | None = None
    raw_sha256: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_hash(self.text)


@dataclass(slots=True, frozen=True, kw_only=True)
class Rejection:
    """A file or record that could not be read: where it is and what is wrong with it."""

    location: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.location}:{self.line}" if self.line is not None else self.location
        return f"{where}: {self.reason}"
