"""Run vigil's geoparser over the geo benchmarks and score it.

    python bench/geo_eval.py [--out DIR] [--gazetteer PATH] [--gold-spans]

Reads ../shared/bench/geo-*/input.jsonl (skips cleanly when the folder is absent), writes one result line
per document ({"id", "events": [], "places": [...]}) to DIR/NAME.jsonl and runs score.py on it.
--gold-spans resolves the gold toponyms instead of recognising them (resolution accuracy alone).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from vigil.resolve.places import Gazetteer, Geoparser

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bench", type=Path, default=BENCH)
    parser.add_argument("--out", type=Path, default=Path("/tmp/vigil-geo"))
    parser.add_argument("--gazetteer", type=Path, default=None)
    parser.add_argument("--gold-spans", action="store_true")
    args = parser.parse_args(argv)
    sets = sorted(args.bench.glob("geo-*/input.jsonl")) if args.bench.exists() else []
    if not sets:
        print(f"no geo benchmarks under {args.bench}: skipped")
        return 0
    geoparser = Geoparser(gazetteer=Gazetteer.open(args.gazetteer))
    args.out.mkdir(parents=True, exist_ok=True)
    for path in sets:
        name = path.parent.name
        gold = {}
        if args.gold_spans:
            for line in (path.parent / "gold.jsonl").read_text(encoding="utf-8").splitlines():
                g = json.loads(line)
                gold[g["id"]] = [(t["start"], t["end"]) for t in g["toponyms"]]
        out = args.out / f"{name}.jsonl"
        started, n_places, n_words = time.perf_counter(), 0, 0
        with out.open("w", encoding="utf-8") as handle:
            for line in path.read_text(encoding="utf-8").splitlines():
                doc = json.loads(line)
                text = doc["text"]
                n_words += len(text.split())
                places = geoparser.resolve(text, gold[doc["id"]]) if args.gold_spans else geoparser(text)
                n_places += len(places)
                handle.write(
                    json.dumps({"id": doc["id"], "events": [], "places": [p.to_dict() for p in places]}) + "\n"
                )
        seconds = time.perf_counter() - started
        print(f"{name}: {n_places} places in {seconds:.1f}s ({n_words / seconds:,.0f} words/s)")
        subprocess.run([sys.executable, str(args.bench / "score.py"), name, str(out)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
