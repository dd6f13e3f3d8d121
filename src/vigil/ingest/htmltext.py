"""HTML to text: decoding with the declared charset, the main text of a page, text of a fragment."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

from selectolax.lexbor import LexborHTMLParser

from vigil.ingest.dates import parse_published
from vigil.ingest.decode import BadContent, decode_text, normalise_newlines

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_BLOCKS = (
    "p, br, div, li, ul, ol, h1, h2, h3, h4, h5, h6, tr, table, blockquote, section, article, pre, hr, header, footer"
)
_DATE_METAS = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
)
_log = logging.getLogger(__name__)


@dataclass(slots=True, frozen=True)
class Page:
    """What an HTML page holds for vigil."""

    text: str
    title: str | None
    published: date | None


def declared_charset(content: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` near its start."""
    match = _META_CHARSET.search(content[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def decode_html(content: bytes, *, header_charset: str | None = None) -> str | BadContent:
    """Decode a page by its HTTP charset, else its meta charset, else UTF-8, else the best guess."""
    declared = header_charset or declared_charset(content)
    decoded = decode_text(content, encoding=declared or "utf-8")
    if isinstance(decoded, str) or not decoded.reason.startswith("invalid"):
        return decoded
    from charset_normalizer import from_bytes

    best = from_bytes(content).best()
    if best is None or best.encoding is None:
        return decoded
    return decode_text(content, encoding=best.encoding)


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment: blocks become paragraphs, runs of spaces become one space."""
    tree = LexborHTMLParser(html)
    tree.strip_tags(["script", "style", "noscript", "template"])
    for node in tree.css(_BLOCKS):
        node.insert_before("\n")
        node.insert_after("\n")
    root = tree.body or tree.root
    raw = root.text(deep=True, separator="") if root is not None else ""
    return _tidy(raw)


def _tidy(raw: str) -> str:
    lines = [" ".join(line.split()) for line in normalise_newlines(raw).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def extract_page(html: str, *, url: str | None = None) -> Page:
    """The main text of a page (trafilatura, falling back on the text of ``<body>``), its title and date."""
    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    title = " ".join(title_node.text().split()) if title_node is not None else ""
    text = _main_text(html, url=url) or fragment_text(html)
    return Page(text=normalise_newlines(text), title=title or None, published=_meta_date(tree))


def _main_text(html: str, *, url: str | None) -> str:
    try:
        import trafilatura
    except ImportError as error:  # an optional extractor: fall back on the body text
        _log.warning("trafilatura unavailable (%s); using the text of <body>", error)
        return ""
    try:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True, deduplicate=False)
    except Exception as error:  # a third-party extractor must not sink the page: fall back on <body>
        _log.warning("trafilatura failed on %s: %s", url or "a page", error)
        return ""
    return (text or "").strip()


def _meta_date(tree: LexborHTMLParser) -> date | None:
    for selector in _DATE_METAS:
        node = tree.css_first(selector)
        value = node.attributes.get("content") if node is not None else None
        if value:
            try:
                return parse_published(value)
            except ValueError:
                continue
    return None
