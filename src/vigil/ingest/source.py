"""Read one file or URL into its raw bytes, its documents and the rejections of its bad records."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from datetime import date
from urllib.parse import urlsplit

from vigil.ingest.decode import BadContent, check_bytes, decode_text
from vigil.ingest.discover import URL_SCHEMES, discover, url_scheme
from vigil.ingest.feeds import looks_like_feed, read_feed
from vigil.ingest.fetch import FetchError, fetch
from vigil.ingest.fields import Origin
from vigil.ingest.formats import MEDIA_TYPES, Format, format_for_path, format_for_url, sniff
from vigil.ingest.htmltext import decode_html, extract_page
from vigil.ingest.jsonrecords import read_json, read_jsonl
from vigil.ingest.language import guess_language
from vigil.ingest.options import IngestOptions
from vigil.ingest.tabular import read_csv
from vigil.records import Document, RawSource, Rejection

Item = RawSource | Document | Rejection


def read_source(uri: str, *, options: IngestOptions | None = None) -> Iterator[Item]:
    """Read one file or http(s) URL.

    Yields its RawSource first (the exact bytes, when they could be read), then each Document it holds
    (``raw_sha256`` set to the RawSource's), and a Rejection for each bad record. Never raises for bad
    input: an unreadable, empty, binary, badly encoded or oversize source is a Rejection.
    """
    options = options or IngestOptions()
    scheme = url_scheme(uri)
    if scheme is None:
        yield from _read_file(uri, options=options)
    elif scheme in URL_SCHEMES:
        yield from _read_url(uri, options=options)
    else:
        yield Rejection(location=uri, reason=f"unsupported URL scheme {scheme!r} (only http and https)")


def read_all(paths: Sequence[str], *, options: IngestOptions | None = None) -> Iterator[Item]:
    """``discover`` the paths, then ``read_source`` each: rejections of discovery come first."""
    found, rejections = discover(paths)
    yield from rejections
    for uri in found:
        yield from read_source(uri, options=options)


def _read_file(path: str, *, options: IngestOptions) -> Iterator[Item]:
    try:
        info = os.stat(path)
    except OSError as error:
        yield Rejection(location=path, reason=f"cannot read file: {error.strerror or error}")
        return
    if stat.S_ISDIR(info.st_mode):
        yield Rejection(location=path, reason="is a directory (use discover to expand it)")
        return
    if not stat.S_ISREG(info.st_mode):
        yield Rejection(location=path, reason="not a regular file")
        return
    if info.st_size > options.max_bytes:
        yield Rejection(location=path, reason=_too_large(info.st_size, options.max_bytes))
        return
    try:
        with open(path, "rb") as handle:
            content = handle.read(options.max_bytes + 1)
    except OSError as error:
        yield Rejection(location=path, reason=f"cannot read file: {error.strerror or error}")
        return
    if len(content) > options.max_bytes:
        yield Rejection(location=path, reason=_too_large(len(content), options.max_bytes))
        return
    form = format_for_path(path)
    raw = RawSource(uri=path, content=content, media_type=MEDIA_TYPES[form] if form else None)
    yield raw
    yield from _parse(raw, form=form, options=options)


def _too_large(size: int, max_bytes: int) -> str:
    return f"file too large: {size} bytes > max_bytes {max_bytes}"


def _read_url(url: str, *, options: IngestOptions) -> Iterator[Item]:
    try:
        fetched = fetch(url, options=options)
    except FetchError as error:
        yield Rejection(location=url, reason=str(error))
        return
    raw = RawSource(uri=url, content=fetched.content, media_type=fetched.media_type)
    yield raw
    if not fetched.content.strip():
        yield Rejection(location=url, reason="empty response")
        return
    form = format_for_url(fetched.url, fetched.media_type)
    if form is not Format.FEED and looks_like_feed(fetched.content[:4096].decode("latin-1")):
        form = Format.FEED
    yield from _parse(raw, form=form, options=options, charset=fetched.charset, url=url)


def _parse(
    raw: RawSource, *, form: Format | None, options: IngestOptions, charset: str | None = None, url: str | None = None
) -> Iterator[Document | Rejection]:
    """The records of a source; one that holds none is a Rejection too, so nothing passes unreported."""
    empty = True
    for item in _records(raw, form=form, options=options, charset=charset, url=url):
        empty = False
        yield item
    if empty:
        yield Rejection(location=raw.uri, reason="no records found")


def _records(
    raw: RawSource, *, form: Format | None, options: IngestOptions, charset: str | None, url: str | None
) -> Iterator[Document | Rejection]:
    origin = Origin(location=raw.uri, retrieved=raw.retrieved, raw_sha256=raw.sha256)
    if form is Format.FEED:
        bad = check_bytes(raw.content)
        if bad is not None:
            yield Rejection(location=raw.uri, reason=bad.reason)
            return
        yield from read_feed(raw.content, origin=origin)
        return
    decoded: str | BadContent
    if form is Format.HTML:
        decoded = decode_html(raw.content, header_charset=charset)
    else:
        decoded = decode_text(raw.content, encoding=charset or "utf-8")
    if isinstance(decoded, BadContent):
        yield Rejection(location=raw.uri, reason=decoded.reason)
        return
    if form is None:
        form = sniff(decoded)
        if form is Format.FEED:
            yield from read_feed(raw.content, origin=origin)
            return
    if form is Format.JSON:
        yield from read_json(decoded, origin=origin)
    elif form is Format.JSONL:
        yield from read_jsonl(decoded, origin=origin)
    elif form in (Format.CSV, Format.TSV):
        delimiter = "\t" if form is Format.TSV else ","
        yield from read_csv(decoded, origin=origin, columns=options.csv_columns, delimiter=delimiter)
    elif form is Format.HTML:
        yield _html_document(decoded, origin=origin, url=url)
    else:
        yield _document(decoded, origin=origin, url=url)


def _html_document(html: str, *, origin: Origin, url: str | None) -> Document | Rejection:
    page = extract_page(html, url=url)
    if not page.text.strip():
        return Rejection(location=origin.location, reason="no text found in the HTML page")
    return _document(page.text, origin=origin, url=url, title=page.title, published=page.published)


def _document(
    text: str, *, origin: Origin, url: str | None, title: str | None = None, published: date | None = None
) -> Document:
    return Document(
        text=text,
        source_id=origin.location,
        title=title,
        published=published,
        url=url,
        source=urlsplit(url).hostname if url else None,
        retrieved=origin.retrieved,
        language=guess_language(text),
        raw_sha256=origin.raw_sha256,
    )
