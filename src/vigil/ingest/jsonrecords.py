"""JSON (one object or a list of objects) and JSON Lines (one object per line)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from vigil.ingest.fields import Origin, document_from_fields
from vigil.records import Document, Rejection


def _loads(text: str) -> object:
    """``json.loads`` with every failure as ValueError (deep nesting included)."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def _describe(error: ValueError) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"invalid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
    return f"invalid JSON: {error}"


def read_json(text: str, *, origin: Origin) -> Iterator[Document | Rejection]:
    """One object is one document (source_id: its ``id``, else the path); a list gives ``path#index``."""
    try:
        data = _loads(text)
    except ValueError as error:
        yield Rejection(location=origin.location, reason=_describe(error))
        return
    if isinstance(data, dict):
        yield document_from_fields(data, origin=origin, default_id=origin.location, line=None)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            where = f"{origin.location}#{index}"
            if isinstance(item, dict):
                yield document_from_fields(item, origin=origin, default_id=where, line=None, location=where)
            else:
                yield Rejection(location=where, reason=f"expected a JSON object, got {type(item).__name__}")
    else:
        yield Rejection(
            location=origin.location, reason=f"expected a JSON object or a list of objects, got {type(data).__name__}"
        )


def read_jsonl(text: str, *, origin: Origin) -> Iterator[Document | Rejection]:
    """One object per line; blank lines skipped; source_id: its ``id``, else ``path#line``."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            data = _loads(line)
        except ValueError as error:
            yield Rejection(location=origin.location, line=number, reason=_describe(error))
            continue
        if not isinstance(data, dict):
            yield Rejection(
                location=origin.location, line=number, reason=f"expected a JSON object, got {type(data).__name__}"
            )
            continue
        yield document_from_fields(data, origin=origin, default_id=f"{origin.location}#{number}", line=number)
