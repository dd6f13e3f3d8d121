"""A Document from the fields of one record (JSON object, CSV row), each field checked and named."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from vigil.ingest.dates import parse_published
from vigil.ingest.decode import normalise_newlines
from vigil.ingest.language import guess_language
from vigil.records import Document, Rejection

FIELDS = ("id", "text", "title", "published", "url", "source")


@dataclass(slots=True, frozen=True, kw_only=True)
class Origin:
    """Where the records of one source came from."""

    location: str
    retrieved: datetime
    raw_sha256: str


class FieldError(ValueError):
    """A field of a record is missing or has a bad value."""


def document_from_fields(
    fields: Mapping[str, object], *, origin: Origin, default_id: str, line: int | None, location: str | None = None
) -> Document | Rejection:
    """Build a Document, or reject the record naming the field that is wrong."""
    where = location or origin.location
    try:
        text = _string(fields, "text", required=True)
        body = text if text is not None and text.strip() else None
        if body is None:
            raise FieldError("field 'text' is empty")
        record_id = _identifier(fields.get("id"))
        published_value = _string(fields, "published")
        published = None
        if published_value is not None and published_value.strip():
            try:
                published = parse_published(published_value)
            except ValueError:
                raise FieldError(f"field 'published' has an unparseable date: {published_value!r}") from None
        title = _string(fields, "title")
        url = _string(fields, "url")
        source = _string(fields, "source")
    except FieldError as error:
        return Rejection(location=where, line=line, reason=str(error))
    text = normalise_newlines(body.removeprefix("\ufeff"))
    return Document(
        text=text,
        source_id=record_id or default_id,
        title=title or None,
        source=source or None,
        url=url or None,
        published=published,
        retrieved=origin.retrieved,
        language=guess_language(text),
        raw_sha256=origin.raw_sha256,
    )


def _string(fields: Mapping[str, object], name: str, *, required: bool = False) -> str | None:
    value = fields.get(name)
    if value is None:
        if required:
            raise FieldError(f"missing field {name!r}")
        return None
    if not isinstance(value, str):
        raise FieldError(f"field {name!r} must be a string, not {_type_name(value)}")
    check_string(value, name)
    return value


def check_string(value: str, name: str) -> None:
    """Reject strings that cannot be stored: unpaired surrogates and NUL characters."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise FieldError(f"field {name!r} contains an unpaired surrogate") from None
    if "\x00" in value:
        raise FieldError(f"field {name!r} contains a NUL character")


def _identifier(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise FieldError(f"field 'id' must be a string or an integer, not {_type_name(value)}")
    text = str(value)
    check_string(text, "id")
    return text


def _type_name(value: object) -> str:
    names = {dict: "an object", list: "a list", bool: "a boolean", int: "a number", float: "a number"}
    return names.get(type(value), type(value).__name__)
