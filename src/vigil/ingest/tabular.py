"""CSV and TSV: a header row, then one document per row."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping

from vigil.ingest.fields import FIELDS, Origin, document_from_fields
from vigil.records import Document, Rejection


def read_csv(
    text: str, *, origin: Origin, columns: Mapping[str, str], delimiter: str = ","
) -> Iterator[Document | Rejection]:
    """Rows to documents. ``columns`` maps vigil fields to column names (default: the field's own name).

    A column named in ``columns`` that the header lacks rejects the whole file, as does a missing ``text``
    column; a row without text is rejected with its line number.
    """
    unknown = sorted(set(columns) - set(FIELDS))
    if unknown:
        yield Rejection(
            location=origin.location,
            reason=f"csv_columns names unknown field(s) {', '.join(map(repr, unknown))} (known: {', '.join(FIELDS)})",
        )
        return
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as error:
        yield Rejection(location=origin.location, line=1, reason=f"malformed CSV header: {error}")
        return
    if not header:
        yield Rejection(location=origin.location, line=1, reason="no header row")
        return
    header = [name.strip() for name in header]
    positions: dict[str, int] = {}
    for name in FIELDS:
        column = columns.get(name, name)
        if column in header:
            positions[name] = header.index(column)
        elif name in columns or name == "text":
            yield Rejection(location=origin.location, line=1, reason=f"missing column {column!r} (for field {name!r})")
            return
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader, None)
        except csv.Error as error:
            yield Rejection(
                location=origin.location, line=start, reason=f"malformed CSV, rest of file skipped: {error}"
            )
            return
        line = reader.line_num
        if row is None:
            return
        if not any(cell.strip() for cell in row):
            continue
        values = {name: row[i] if i < len(row) else "" for name, i in positions.items()}
        if not values["text"].strip():
            yield Rejection(
                location=origin.location, line=start, reason=f"empty text (column {header[positions['text']]!r})"
            )
            continue
        fields = {name: value for name, value in values.items() if value != "" or name == "text"}
        yield document_from_fields(fields, origin=origin, default_id=f"{origin.location}#{start}", line=start)
