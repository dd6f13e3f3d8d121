"""Run: ingest, extract, resolve and corroborate each document in the order given, storing as it goes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from vigil.ingest import IngestOptions
from vigil.pipeline.assessing import AssessReport, AssessSettings, assess_document
from vigil.pipeline.corroborating import StoreCorroboration
from vigil.pipeline.extracting import DocumentExtractor
from vigil.pipeline.ingesting import IngestReport, Progress, read_paths, store_document
from vigil.records import Document
from vigil.store import Store


@dataclass(slots=True, kw_only=True)
class RunReport:
    ingest: IngestReport
    extracted: int = 0
    mentions: int = 0
    events: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    assess: AssessReport = field(default_factory=AssessReport)

    @property
    def ok(self) -> bool:
        return self.ingest.ok


def process_document(
    store: Store,
    doc: Document,
    *,
    extractor: DocumentExtractor,
    corroboration: StoreCorroboration,
    report: RunReport,
) -> None:
    """Extract one stored document; each of its mentions joins a stored event or opens a new one."""
    mentions = store.save_extraction(extractor(doc))
    report.extracted += 1
    report.mentions += len(mentions)
    for mention in mentions:
        update = corroboration.add(mention, document=doc)
        if update.created:
            report.events.append(update.event.id)
        report.merged.extend(update.merged)


def run_paths(
    paths: Sequence[str],
    *,
    store: Store,
    extractor: DocumentExtractor,
    options: IngestOptions | None = None,
    assess: AssessSettings | None = None,
    progress: Progress | None = None,
) -> RunReport:
    """Ingest ``paths`` and process every document not yet extracted, in the order read: its events are
    stored, the situations they touch rebuilt and the alert rules evaluated before the next document is read.

    ``assess`` says which rules and channels to use (the default rules and no channels when None); a bad
    rules or channels file raises before anything is read.
    """
    settings = assess or AssessSettings()
    rules = settings.rules()
    channels = settings.channels()
    report = RunReport(ingest=IngestReport())
    corroboration = StoreCorroboration(store)
    for raw, doc in read_paths(paths, options=options or IngestOptions(), report=report.ingest, progress=progress):
        new = store_document(store, raw, doc, report.ingest)
        if new or not store.has_extraction(doc.id):
            stored = doc if new else (store.get_document(doc.id) or doc)
            process_document(store, stored, extractor=extractor, corroboration=corroboration, report=report)
            assess_document(store, doc.id, rules=rules, channels=channels, report=report.assess)
    return report
