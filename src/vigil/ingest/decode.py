"""From raw bytes to text: empty, binary and badly encoded input are named, good text is kept as read.

The only changes made to text are the ones spans can live with: a byte-order mark is dropped and
newlines are normalised to ``\\n``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_SAMPLE = 65536
_MAX_CONTROL_SHARE = 0.05
_UNICODE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(slots=True, frozen=True)
class BadContent:
    """Why bytes cannot be read as text."""

    reason: str


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_bytes(content: bytes) -> BadContent | None:
    """Reject empty and binary content before any decoding."""
    if not content:
        return BadContent("empty file (0 bytes)")
    if any(content.startswith(bom) for bom, _ in _UNICODE_BOMS):
        return None
    if b"\x00" in content:
        return BadContent("binary file (contains NUL bytes)")
    sample = content[:_SAMPLE]
    if len(sample) - len(sample.translate(None, _CONTROL_BYTES)) > _MAX_CONTROL_SHARE * len(sample):
        return BadContent("binary file (mostly control characters)")
    return None


def decode_text(content: bytes, *, encoding: str = "utf-8") -> str | BadContent:
    """Decode ``content`` strictly: the text with BOM dropped and newlines normalised, or what is wrong.

    A UTF-16/UTF-32 byte-order mark wins over ``encoding``; an unknown ``encoding`` falls back to UTF-8.
    """
    bad = check_bytes(content)
    if bad is not None:
        return bad
    for bom, bom_encoding in _UNICODE_BOMS:
        if content.startswith(bom):
            encoding = bom_encoding
            break
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = "utf-8"
    try:
        text = content.decode(encoding)
    except UnicodeDecodeError as error:
        name = "UTF-8" if codecs.lookup(encoding).name == "utf-8" else encoding
        return BadContent(f"invalid {name} at byte offset {error.start}: {error.reason}")
    sample = text[:_SAMPLE]
    if len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        return BadContent("binary file (mostly control characters)")
    text = normalise_newlines(text.removeprefix("\ufeff"))
    if not text.strip():
        return BadContent("empty file (only whitespace)")
    return text
