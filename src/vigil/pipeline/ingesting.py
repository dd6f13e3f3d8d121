"""Ingest: read sources, keep their raw bytes, store each document once."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from vigil.ingest import IngestOptions, discover, read_source
from vigil.records import Document, RawSource, Rejection
from vigil.store import Store

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` after each source is read."""


@dataclass(slots=True, kw_only=True)
class IngestReport:
    sources: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    new_documents: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected


def read_paths(
    paths: Sequence[str], *, options: IngestOptions, report: IngestReport, progress: Progress | None = None
) -> Iterator[tuple[RawSource | None, Document]]:
    """Documents from every path in the order given; the first document of each source comes with the raw
    source it was read from (to be stored once), the others with None.

    Rejections go into ``report``; nothing is stored here.
    """
    uris, missing = discover(paths)
    report.rejected.extend(missing)
    for n, uri in enumerate(uris, 1):
        raw: RawSource | None = None
        for item in read_source(uri, options=options):
            if isinstance(item, RawSource):
                raw = item
            elif isinstance(item, Rejection):
                report.rejected.append(item)
            else:
                yield raw, item
                raw = None
        report.sources += 1
        if progress is not None:
            progress(n, len(uris))


def store_document(store: Store, raw: RawSource | None, doc: Document, report: IngestReport) -> bool:
    """Store a document (and its raw bytes); True when it was new."""
    if raw is not None:
        store.add_raw(raw)
    if store.add_document(doc):
        report.stored += 1
        report.new_documents.append(doc.id)
        return True
    report.duplicates += 1
    return False


def ingest_paths(
    paths: Sequence[str],
    *,
    store: Store,
    options: IngestOptions | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Read files, directories, feed files and feed URLs; store every good document once."""
    report = IngestReport()
    for raw, doc in read_paths(paths, options=options or IngestOptions(), report=report, progress=progress):
        store_document(store, raw, doc, report)
    return report
