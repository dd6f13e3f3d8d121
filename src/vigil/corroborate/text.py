"""Text features for corroboration: content words, capitalised names and shingle signatures.

Signatures use one-permutation MinHash over word 3-shingles (crc32: pure Python, deterministic
from run to run, fast enough for a million short reports).
The estimated Jaccard similarity of two documents is the share of signature bins that agree.
"""

from __future__ import annotations

import functools
import operator
import re
import zlib
from collections.abc import Sequence
from importlib import resources

import yaml

_WORD = re.compile(r"\w+")
_NAME = re.compile(r"\b[A-Z][\w'’-]+")
EMPTY = 1 << 28
"""Bins no shingle fell into are filled from their neighbours; a text without words gets values of EMPTY
and more, its own, that agree with no other text."""

Signature = tuple[int, ...]


@functools.cache
def _stopwords() -> frozenset[str]:
    where = "vigil/corroborate/data/stopwords.yaml"
    data = yaml.safe_load(resources.files("vigil.corroborate").joinpath("data/stopwords.yaml").read_text("utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("stopwords"), str):
        raise ValueError(f"{where}: field 'stopwords' must be a string of words")
    return frozenset(data["stopwords"].split())


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    return _WORD.findall(text.lower())


def content_words(text: str) -> frozenset[str]:
    """The words of ``text`` that carry meaning (stop words and numbers left out)."""
    return frozenset(w for w in set(words(text)).difference(_stopwords()) if len(w) > 2 and not w.isdigit())


def names(text: str, *, limit: int = 4000) -> frozenset[str]:
    """Lower-cased capitalised words of the first ``limit`` characters: the names a document uses."""
    return frozenset(n.lower() for n in _NAME.findall(text[:limit]))


def signature(text: str, *, bins: int = 32, shingle: int = 3) -> Signature:
    """One-permutation MinHash signature of the word shingles of ``text``."""
    toks = words(text)
    sig = [EMPTY] * bins
    grams: list[tuple[str, ...]] = (
        list(zip(*(toks[i:] for i in range(shingle)), strict=False)) if len(toks) >= shingle else [tuple(toks)]
    )
    for gram in grams if toks else ():
        h = zlib.crc32(" ".join(gram).encode("utf-8"))
        b = h % bins
        v = h // bins
        if v < sig[b]:
            sig[b] = v
    if all(v == EMPTY for v in sig):
        own = zlib.crc32(text.encode("utf-8")) & (EMPTY - 1)
        return tuple(EMPTY + ((own + b) & (EMPTY - 1)) for b in range(bins))
    return _densify(sig, bins)


def _densify(sig: list[int], bins: int) -> Signature:
    """Fill each empty bin from the next filled one (rotation densification), so short texts compare fairly."""
    out = list(sig)
    for b in range(bins):
        if sig[b] == EMPTY:
            step = 1
            while sig[(b + step) % bins] == EMPTY:
                step += 1
            out[b] = (sig[(b + step) % bins] + step * 0x9E3779B1) % EMPTY
    return tuple(out)


def is_empty(value: int) -> bool:
    return value >= EMPTY


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures (the share of bins that agree)."""
    return sum(map(operator.eq, a, b)) / len(a) if a else 0.0


def containment(part: frozenset[str], whole: set[str] | frozenset[str]) -> float:
    """The share of ``part`` found in ``whole`` (0 when ``part`` is empty)."""
    if not part:
        return 0.0
    return len(part & whole) / len(part)
