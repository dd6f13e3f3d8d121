"""RSS and Atom feeds (files or URLs): each entry is a document."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

from vigil.ingest.dates import parse_published
from vigil.ingest.decode import normalise_newlines
from vigil.ingest.fields import FieldError, Origin, check_string
from vigil.ingest.htmltext import fragment_text
from vigil.ingest.language import guess_language
from vigil.records import Document, Rejection

_FEED_ROOT = re.compile(r"<(rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def looks_like_feed(text: str) -> bool:
    """Whether text starts like an RSS, Atom or RDF feed."""
    head = text.lstrip()[:4096]
    return head.startswith("<") and _FEED_ROOT.search(head) is not None


def read_feed(content: bytes, *, origin: Origin) -> Iterator[Document | Rejection]:
    """Entries to documents (text: content, else summary, HTML stripped; source: the feed's title).

    source_id: the entry id, else its link, else ``path#entry-N`` (N from 1). An entry without text, or
    with an unparseable date, is rejected as ``path#entry-N``; the other entries are kept.
    """
    import feedparser

    parsed = feedparser.parse(io.BytesIO(content), sanitize_html=True, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not parsed.get("version") and not looks_like_feed(content[:4096].decode("latin-1")):
        yield Rejection(location=origin.location, reason="not an RSS/Atom feed (no <rss>, <feed> or <rdf:RDF> root)")
        return
    if not entries:
        if parsed.get("bozo"):
            reason = f"not a readable RSS/Atom feed: {parsed.get('bozo_exception')}"
        elif parsed.get("version"):
            reason = "feed has no entries"
        else:
            reason = "not an RSS/Atom feed"
        yield Rejection(location=origin.location, reason=reason)
        return
    feed_title = _clean(parsed.get("feed", {}).get("title"))
    for number, entry in enumerate(entries, start=1):
        where = f"{origin.location}#entry-{number}"
        try:
            yield _entry_document(entry, origin=origin, where=where, feed_title=feed_title)
        except FieldError as error:
            yield Rejection(location=where, reason=f"entry {number}: {error}")


def _entry_document(entry: Any, *, origin: Origin, where: str, feed_title: str | None) -> Document:
    text = _entry_text(entry)
    if not text:
        raise FieldError("no text (neither content nor summary)")
    check_string(text, "text")
    title = _clean(entry.get("title"))
    link = _clean(entry.get("link"))
    entry_id = _clean(entry.get("id"))
    return Document(
        text=text,
        source_id=entry_id or link or where,
        title=title,
        source=feed_title,
        url=link,
        published=_entry_date(entry),
        retrieved=origin.retrieved,
        language=guess_language(text),
        raw_sha256=origin.raw_sha256,
    )


def _entry_text(entry: Any) -> str:
    candidates: list[Any] = list(entry.get("content") or [])
    if entry.get("summary_detail"):
        candidates.append(entry["summary_detail"])
    elif entry.get("summary"):
        candidates.append({"value": entry["summary"], "type": "text/html"})
    for detail in candidates:
        value = detail.get("value") if hasattr(detail, "get") else None
        if not isinstance(value, str) or not value.strip():
            continue
        kind = (detail.get("type") or "text/html").lower()
        text = fragment_text(value) if kind in _HTML_TYPES else value.strip()
        text = normalise_newlines(text)
        if text.strip():
            return text
    return ""


def _entry_date(entry: Any) -> date | None:
    for name in ("published", "updated", "created"):
        raw = entry.get(name)
        if not isinstance(raw, str) or not raw.strip():
            continue
        try:
            return parse_published(raw)
        except ValueError:
            parsed = entry.get(f"{name}_parsed")
            if isinstance(parsed, time.struct_time):
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            raise FieldError(f"field 'published' has an unparseable date: {raw!r}") from None
    return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    try:
        check_string(value, "value")
    except FieldError:
        return None
    return value or None
