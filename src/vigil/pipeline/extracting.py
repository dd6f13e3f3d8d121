"""Extract: documents to mentions, with actors resolved against the actor dictionary."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from vigil.extract import Extractor
from vigil.ingest import IngestOptions, read_source
from vigil.records import Actor, Document, Extraction, RawSource, Rejection
from vigil.resolve import ActorDictionary, load_actor_dictionary

DocumentExtractor = Callable[[Document], Extraction]


def _resolve_actor(actor: Actor, dictionary: ActorDictionary) -> Actor:
    if actor.actor is not None:
        return actor
    known = dictionary.normalize(actor.text)
    actor.actor = known.actor
    if known.actor is not None or actor.kind == "unknown":
        actor.kind = known.kind
    actor.groups = sorted(set(actor.groups) | set(known.groups))
    if not actor.backers and known.backers:
        actor.backers = known.backers
    return actor


@dataclass(slots=True)
class ResolvingExtractor:
    """Runs the extractor, then resolves perpetrators and victims through the actor dictionary."""

    extractor: DocumentExtractor
    dictionary: ActorDictionary | None

    def __call__(self, document: Document) -> Extraction:
        extraction = self.extractor(document)
        if self.dictionary is not None:
            for mention in extraction.mentions:
                for actor in [*mention.perpetrators, *mention.victims]:
                    _resolve_actor(actor, self.dictionary)
                    for backer in actor.backers:
                        _resolve_actor(backer, self.dictionary)
        return extraction


def default_extractor(*, actor_files: tuple[Path, ...] = ()) -> DocumentExtractor:
    """vigil's extractor with the built-in lexicons and actor dictionary (plus the user's actor files)."""
    return ResolvingExtractor(Extractor(), load_actor_dictionary(actor_files))


@dataclass(slots=True, kw_only=True)
class ExtractReport:
    documents: int = 0
    events: int = 0
    rejected: list[Rejection] = field(default_factory=list)


def extract_file(
    path: str,
    out: TextIO,
    *,
    extractor: DocumentExtractor,
    progress: Callable[[int], None] | None = None,
) -> ExtractReport:
    """Read documents from ``path`` (JSON Lines: id, text, title, published) and write one document result
    per input document, in input order, to ``out``."""
    report = ExtractReport()
    for item in read_source(path, options=IngestOptions()):
        if isinstance(item, Rejection):
            report.rejected.append(item)
            continue
        if isinstance(item, RawSource):
            continue
        extraction = extractor(item)
        out.write(json.dumps(extraction.to_dict(), ensure_ascii=False) + "\n")
        report.documents += 1
        report.events += len(extraction.mentions)
        if progress is not None:
            progress(report.documents)
    return report
