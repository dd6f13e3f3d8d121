"""Extract: documents to mentions, with actors resolved against the actor dictionary."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from vigil.extract import Extractor
from vigil.ingest import IngestOptions, read_source
from vigil.records import Actor, Document, Extraction, Mention, Place, RawSource, Rejection, Span
from vigil.resolve import ActorDictionary, load_actor_dictionary
from vigil.resolve.places import Gazetteer, Geoparser
from vigil.resolve.places.lexicon import demonyms

DocumentExtractor = Callable[[Document], Extraction]


def _resolve_actor(actor: Actor, dictionary: ActorDictionary, *, country: str | None = None) -> Actor:
    if actor.actor is not None:
        return actor
    known = dictionary.normalize(actor.text, country=country)
    actor.actor = known.actor
    if known.actor is not None or actor.kind == "unknown":
        actor.kind = known.kind
    actor.groups = sorted(set(actor.groups) | set(known.groups))
    if not actor.backers and known.backers:
        # read in the actor's own text: their spans move to the document's ("Iranian" of "Iranian-backed militias")
        at = actor.span[0] if actor.span is not None else None
        actor.backers = [
            dataclasses.replace(b, span=(b.span[0] + at, b.span[1] + at) if b.span and at is not None else None)
            for b in known.backers
        ]
    return actor


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


_COARSENESS = {"exact": 0, "district": 0, "city": 0, "admin1": 1, "country": 2}


def _coarseness(place: Place) -> int:
    """Town-level places first, then provinces, then countries, then places of unknown precision."""
    return _COARSENESS.get(place.precision or "", 3)


def _main_place(places: list[Place]) -> Place | None:
    """The place a document is most about: the resolved place named most often, finer precision first."""
    resolved = [p for p in places if p.lat is not None]
    if not resolved:
        return None
    tally: dict[object, int] = {}
    for p in resolved:
        key = p.geonameid or p.name
        tally[key] = tally.get(key, 0) + 1
    return min(resolved, key=lambda p: (_coarseness(p), -tally[p.geonameid or p.name]))


def locate_mentions(extraction: Extraction, text: str, geoparser: Geoparser) -> None:
    """Replace the extractor's place names by resolved places, and give each mention a location: the place
    written at its location's span (resolved when the gazetteer knows it, else kept as written, in the country
    the document is about, without coordinates), else a resolved place named in its evidence, else the
    document's main place."""
    written = [m.location.span for m in extraction.mentions if m.location is not None and m.location.span]
    # a place found inside a longer name the extractor read ("Maran" in "Vell Maran") is a fragment, not a place
    places = [p for p in geoparser(text) if not any(_covers(w, p.span) and w != p.span for w in written if p.span)]
    main = _main_place(places)
    known = {p.span for p in places if p.span is not None}
    # the written places that no recognised place covers, resolved together in one geoparser pass
    pending = sorted(
        {
            m.location.span
            for m in extraction.mentions
            if m.location is not None and m.location.span and not any(_covers(p.span, m.location.span) for p in places)
        }
    )
    alone = dict(zip(pending, geoparser.resolve(text, pending), strict=True)) if pending else {}
    for mention in extraction.mentions:
        mention.location = _locate(mention, places, alone, main) or main
        loc = mention.location
        if loc is not None and loc.span is not None and loc.span not in known:
            places.append(loc)
            known.add(loc.span)
    extraction.places = sorted(places, key=lambda p: p.span or (0, 0))


def _covers(outer: tuple[int, int] | None, inner: tuple[int, int] | None) -> bool:
    return outer is not None and inner is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


def _locate(mention: Mention, places: list[Place], alone: dict[Span, Place], main: Place | None) -> Place | None:
    written = mention.location
    if written is not None and written.span is not None:
        # a resolved place that spans the whole written name (not a fragment of it: "Maran" in "Vell Maran")
        found = next((p for p in places if _covers(p.span, written.span)), None) or alone.get(written.span)
        if found is not None and (found.lat is not None or found.country):
            return found
        # kept as written, in the country of the nearest place its sentence resolves ("Faisaliya, in east
        # Mosul"), else of the document's main place
        near = [p for p in places if p.country and _overlaps(p.span, mention.span) and p.text not in demonyms()]
        nearest = min(near, key=lambda p: abs((p.span or (0, 0))[0] - written.span[0]), default=main)
        kept = found or written
        return Place(
            text=kept.text,
            span=kept.span,
            name=kept.name or kept.text,
            country=nearest.country if nearest else None,
        )
    inside = [p for p in places if p.lat is not None and _overlaps(p.span, mention.span)]
    if inside:
        return min(inside, key=lambda p: (_coarseness(p), p.span or (0, 0)))
    return written if written is not None and written.lat is not None else None


@dataclass(slots=True)
class ResolvingExtractor:
    """Runs the extractor, then resolves places through the gazetteer and perpetrators, victims, the sides
    of battles and the accused through the actor dictionary (knowing the country of the event)."""

    extractor: DocumentExtractor
    dictionary: ActorDictionary | None
    geoparser: Geoparser | None = None

    def __call__(self, document: Document) -> Extraction:
        extraction = self.extractor(document)
        if self.geoparser is not None:
            locate_mentions(extraction, document.text, self.geoparser)
        if self.dictionary is not None:
            for mention in extraction.mentions:
                country = mention.location.country if mention.location else None
                for actor in [*mention.perpetrators, *mention.victims, *mention.sides]:
                    _resolve_actor(actor, self.dictionary, country=country)
                    for backer in actor.backers:
                        _resolve_actor(backer, self.dictionary)
            for accusation in extraction.accusations:
                for actor in accusation.accused:
                    _resolve_actor(actor, self.dictionary)
        return extraction


def default_extractor(
    *, actor_files: tuple[Path, ...] = (), gazetteer: Path | None = None, places: bool = True
) -> DocumentExtractor:
    """vigil's extractor with the built-in lexicons, the actor dictionary (plus the user's actor files) and the
    embedded gazetteer (``gazetteer``, else ``$VIGIL_GAZETTEER``, else ``$VIGIL_HOME/gazetteer.sqlite``; built on
    first use)."""
    path = gazetteer or (Path(os.environ["VIGIL_GAZETTEER"]) if os.environ.get("VIGIL_GAZETTEER") else None)
    geoparser = Geoparser(gazetteer=lambda: Gazetteer.open(path)) if places else None
    return ResolvingExtractor(Extractor(), load_actor_dictionary(actor_files), geoparser)


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
