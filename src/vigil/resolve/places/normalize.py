"""One normal form for place names, shared by the gazetteer index and the lookups."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile(r"[’‘`ʼʻ']")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/]+")
_DROP = re.compile(r"[.,()\"“”]")
_ARTICLES = frozenset({"al", "el", "ar", "as", "ash", "ad", "an", "at", "az"})


def normalize(name: str) -> str:
    """Lower-case, accents stripped, apostrophes and dots removed, hyphens as spaces: ``al-Bāb`` -> ``al bab``."""
    text = _APOSTROPHES.sub("", name)
    if not text.isascii():
        # accents go; letters of other scripts go too (an English text does not write them)
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = _DROP.sub("", text)
    text = _SEPARATORS.sub(" ", text)
    return text.strip().casefold()


def without_article(norm: str) -> str | None:
    """The name without an Arabic article (``al bab`` -> ``bab``), or None when it has none."""
    head, _, rest = norm.partition(" ")
    if head in _ARTICLES and len(rest) > 2:
        return rest
    return None


def is_latin(text: str) -> bool:
    """True when a normalised name is written in Latin letters (the names an English text can contain)."""
    return all(ch.isascii() for ch in text) and any(ch.isalpha() for ch in text)
