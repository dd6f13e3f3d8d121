"""Copies and near-copies of documents (syndicated wire stories, reposted statements).

Documents are indexed by bands of their MinHash signature (locality-sensitive hashing); a new
document whose estimated similarity to an indexed one reaches the threshold is a copy of it and
joins its family. The family's root is the first document of it that vigil saw.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import NamedTuple

from vigil.corroborate.text import Signature, is_empty, signature, similarity


@dataclass(slots=True, kw_only=True, frozen=True)
class CopyMatch:
    """``document_id`` copies ``of`` (similarity ``score``); ``root`` is the first document of their family."""

    document_id: str
    of: str
    root: str
    score: float


class _Doc(NamedTuple):
    """A tuple of numbers and strings only, so that the garbage collector stops tracking it."""

    signature: Signature
    root: str
    day: int
    bands: tuple[tuple[int, int], ...]


class CopyIndex:
    """An in-memory index of document signatures that finds copies of new documents.

    32 bins in 8 bands of 4: two documents share a band with probability s**4 per band, so copies
    (similarity 0.7 and more) are found with probability above 0.85 and near-identical reprints
    almost surely; bands shared by more than ``max_bucket`` documents are boilerplate and skipped."""

    def __init__(self, *, threshold: float = 0.7, bins: int = 32, band: int = 4, max_bucket: int = 128) -> None:
        if bins % band:
            raise ValueError(f"CopyIndex: bins ({bins}) must be a multiple of band ({band})")
        self.threshold = threshold
        self.bins = bins
        self.band = band
        self.max_bucket = max_bucket
        self._docs: dict[str, _Doc] = {}
        self._buckets: dict[tuple[int, int], dict[str, None]] = {}
        self._by_day: list[tuple[int, str]] = []

    def __len__(self) -> int:
        return len(self._docs)

    def __contains__(self, document_id: str) -> bool:
        return document_id in self._docs

    def root(self, document_id: str) -> str:
        """The first-seen document of the family ``document_id`` belongs to (itself when it copies none)."""
        doc = self._docs.get(document_id)
        return doc.root if doc else document_id

    def add(self, document_id: str, text: str, *, day: int = 0) -> CopyMatch | None:
        """Index a document; the best earlier document it copies, if any. Adding twice changes nothing."""
        if document_id in self._docs:
            return None
        sig = signature(text, bins=self.bins)
        bands = self._bands(sig)
        best: tuple[float, str] | None = None
        seen: set[str] = set()
        for key in bands:
            bucket = self._buckets.get(key)
            if not bucket or len(bucket) > self.max_bucket:
                continue  # a band shared by that many documents is boilerplate, not a sign of a copy
            for other in bucket:
                if other in seen:
                    continue
                seen.add(other)
                score = similarity(sig, self._docs[other].signature)
                if score >= self.threshold and (best is None or score > best[0]):
                    best = (score, other)
        root = self._docs[best[1]].root if best else document_id
        self._docs[document_id] = _Doc(signature=sig, root=root, day=day, bands=tuple(bands))
        for key in bands:
            self._buckets.setdefault(key, {})[document_id] = None
        heapq.heappush(self._by_day, (day, document_id))
        if best is None:
            return None
        return CopyMatch(document_id=document_id, of=best[1], root=root, score=best[0])

    def retire(self, *, before_day: int) -> int:
        """Forget documents published before ``before_day`` (their roots stay known to later copies)."""
        return len(self.retire_documents(before_day=before_day))

    def retire_documents(self, *, before_day: int) -> list[str]:
        """Like ``retire``; the ids of the documents forgotten."""
        out: list[str] = []
        while self._by_day and self._by_day[0][0] < before_day:
            _, doc_id = heapq.heappop(self._by_day)
            doc = self._docs.pop(doc_id, None)
            if doc is None:
                continue
            for key in doc.bands:
                bucket = self._buckets.get(key)
                if bucket is not None:
                    bucket.pop(doc_id, None)
                    if not bucket:
                        del self._buckets[key]
            out.append(doc_id)
        return out

    def _bands(self, sig: Signature) -> list[tuple[int, int]]:
        band = self.band
        return [(i, hash(part)) for i in range(0, self.bins, band) if not is_empty(max(part := sig[i : i + band]))]
