"""B-cubed quality of vigil's events on the corroboration scenario corpus (examples/corroboration).

Each report is read with vigil's ingest, extracted with ``vigil.pipeline.default_extractor`` (falling back to
``vigil.extract.Extractor``), and its mentions are fed to a ``Corroborator`` in the corpus order.

A report's predicted cluster: the event that holds most of its mentions (on a tie, the event of its first
mention); a report with no mention forms a cluster of its own. Gold clusters (gold.json) hold one event per
report. B-cubed precision of a report is the share of its predicted cluster that is in its gold cluster;
recall the share of its gold cluster that is in its predicted cluster; both are averaged over reports.

    python bench/cluster_quality.py [--corpus examples/corroboration] [--verbose]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from vigil.corroborate import Corroborator
from vigil.ingest import IngestOptions, read_source
from vigil.records import Document, Mention


def _extractor():  # type: ignore[no-untyped-def]
    try:
        from vigil.pipeline import default_extractor

        return default_extractor(), "vigil.pipeline.default_extractor"
    except ImportError:
        from vigil.extract import Extractor

        return Extractor(), "vigil.extract.Extractor"


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering ``pred`` (item -> label) against ``gold``."""
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for item, label in pred.items():
        by_pred.setdefault(label, set()).add(item)
    for item, label in gold.items():
        by_gold.setdefault(label, set()).add(item)
    p = r = 0.0
    for item in gold:
        c, g = by_pred[pred[item]], by_gold[gold[item]]
        p += len(c & g) / len(c)
        r += len(c & g) / len(g)
    p, r = p / len(gold), r / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path(__file__).parent.parent / "examples" / "corroboration")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    gold_clusters: dict[str, list[str]] = json.loads((args.corpus / "gold.json").read_text(encoding="utf-8"))
    gold = {rid: name for name, rids in gold_clusters.items() for rid in rids}
    docs = [
        d for d in read_source(str(args.corpus / "reports.jsonl"), options=IngestOptions()) if isinstance(d, Document)
    ]
    extractor, which = _extractor()
    corroborator = Corroborator()
    mentions_of: dict[str, list[Mention]] = {}
    problems: list[str] = []
    for doc in docs:
        extraction = extractor(doc)
        mentions = extraction.mentions
        for n, m in enumerate(mentions):
            m.id = m.id or f"{doc.source_id}:{n}"
            corroborator.add(m, document=doc)
        mentions_of[doc.source_id] = mentions
        if not mentions:
            problems.append(f"{doc.source_id}: extractor found no event")
        for m in mentions:
            if m.location is None:
                problems.append(f"{doc.source_id}: extractor found no place for {m.type} ({m.evidence[:60]!r})")
            if m.date is None:
                problems.append(f"{doc.source_id}: extractor found no date for {m.type}")
    pred: dict[str, str] = {}
    split: list[str] = []
    for rid, mentions in mentions_of.items():
        events = [corroborator.event_of(m.id) or "" for m in mentions]
        if not events:
            pred[rid] = f"none:{rid}"
            continue
        counts = Counter(events)
        top = max(counts.values())
        pred[rid] = next(e for e in events if counts[e] == top)
        if len(counts) > 1:
            split.append(f"{rid}: mentions spread over {len(counts)} events")
    p, r, f1 = bcubed(pred, gold)
    events = corroborator.events()
    print(f"corpus: {len(docs)} reports, {len(gold_clusters)} gold events; extractor: {which}")
    print(f"mentions: {sum(len(v) for v in mentions_of.values())}; vigil events: {len(events)}")
    print(f"B-cubed precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
    grades = Counter(e.grade for e in events)
    print("grades: " + ", ".join(f"{g} {n}" for g, n in sorted(grades.items())))
    if split or problems:
        print("extraction notes (the extractor's share of the errors):")
        for line in [*split, *problems]:
            print(f"  {line}")
    if args.verbose:
        by_event: dict[str, list[str]] = {}
        for rid, label in pred.items():
            by_event.setdefault(label, []).append(rid)
        for e in events:
            rids = by_event.get(e.id, [])
            place = e.location.text if e.location else "-"
            killed = e.figure("killed")
            figure = f" killed {killed.low}/{killed.best}/{killed.high}" if killed else ""
            print(
                f"  {e.id[:28]:28} {e.type:36} {place:10} {e.date_start} n={e.n_sources} {e.grade:13}"
                f"{figure} {sorted(rids)} gold={sorted({gold[x][:3] for x in rids})}"
            )


if __name__ == "__main__":
    main()
