"""Which reader a source needs: by extension, by media type, then by sniffing its content."""

from __future__ import annotations

import json
import os
import re
from enum import StrEnum
from urllib.parse import urlsplit

from vigil.ingest.feeds import looks_like_feed


class Format(StrEnum):
    TEXT = "text"
    HTML = "html"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TSV = "tsv"
    FEED = "feed"


_BY_EXTENSION = {
    "": Format.TEXT,
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".md": Format.TEXT,
    ".markdown": Format.TEXT,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".json": Format.JSON,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".csv": Format.CSV,
    ".tsv": Format.TSV,
    ".xml": Format.FEED,
    ".rss": Format.FEED,
    ".atom": Format.FEED,
    ".rdf": Format.FEED,
}
_BY_MEDIA_TYPE = {
    "text/markdown": Format.TEXT,
    "text/html": Format.HTML,
    "application/xhtml+xml": Format.HTML,
    "application/json": Format.JSON,
    "application/x-ndjson": Format.JSONL,
    "application/jsonl": Format.JSONL,
    "application/x-jsonlines": Format.JSONL,
    "text/csv": Format.CSV,
    "text/tab-separated-values": Format.TSV,
    "application/rss+xml": Format.FEED,
    "application/atom+xml": Format.FEED,
    "application/rdf+xml": Format.FEED,
}
MEDIA_TYPES = {
    Format.TEXT: "text/plain",
    Format.HTML: "text/html",
    Format.JSON: "application/json",
    Format.JSONL: "application/x-ndjson",
    Format.CSV: "text/csv",
    Format.TSV: "text/tab-separated-values",
    Format.FEED: "application/xml",
}
_HTML_START = re.compile(r"<(!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)


def format_for_path(path: str) -> Format | None:
    """The format an extension names, or None for an extension to sniff."""
    return _BY_EXTENSION.get(os.path.splitext(path)[1].lower())


def format_for_url(url: str, media_type: str | None) -> Format | None:
    """The format a response's media type names, else its URL path's extension, else None (sniff)."""
    if media_type in _BY_MEDIA_TYPE:
        return _BY_MEDIA_TYPE[media_type]
    path = urlsplit(url).path
    extension = os.path.splitext(path)[1].lower()
    return _BY_EXTENSION.get(extension) if extension else None


def sniff(text: str) -> Format:
    """The format text looks like: a feed, an HTML page, JSON, JSON Lines, else plain text."""
    head = text.lstrip()[:4096]
    if looks_like_feed(head):
        return Format.FEED
    if head.startswith("<") and _HTML_START.search(head):
        return Format.HTML
    if head.startswith(("{", "[")):
        if _is_json(text):
            return Format.JSON
        first = next((line for line in text.split("\n") if line.strip()), "")
        if _is_json(first):
            return Format.JSONL
    return Format.TEXT


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True
