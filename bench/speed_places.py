"""Speed of vigil's places: the default gazetteer's build time and size, toponyms resolved per second.

python bench/speed_places.py [--gazetteer PATH] [--rebuild]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from vigil.resolve.places import Gazetteer, Geoparser

SENTENCES = [
    "Syrian government forces shelled eastern Aleppo on Monday, and residents fled towards Idlib province.",
    "In Iraq, fighting continued near Mosul while aid convoys waited in Erbil and Baghdad.",
    "The UN said refugees reached Goma in North Kivu, and flights from Khartoum to Juba were suspended.",
    "Protesters gathered in Paris, London and Berlin; police in Texas and Ontario made arrests.",
    "Troops moved from Donetsk to Kharkiv as Russian and Ukrainian officials met in Istanbul, Turkey.",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gazetteer", type=Path, default=None)
    parser.add_argument("--rebuild", action="store_true", help="build a fresh gazetteer in a temporary folder")
    parser.add_argument("--docs", type=int, default=2000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gazetteer.sqlite" if args.rebuild else args.gazetteer
        gazetteer = Gazetteer.open(path)
        started = time.perf_counter()
        counts = gazetteer.counts()  # builds on first use when empty
        opened = time.perf_counter() - started
        size = gazetteer.path.stat().st_size / 1e6
        print(f"gazetteer {gazetteer.path}: {counts['places']:,} places, {counts['names']:,} names, {size:.1f} MB")
        print(f"opened in {opened:.2f}s; recorded build time {gazetteer.meta().get('build_seconds', '?')}s")
        geoparser = Geoparser(gazetteer=gazetteer)
        docs = [" ".join(SENTENCES[(i + j) % len(SENTENCES)] for j in range(3)) for i in range(args.docs)]
        geoparser(docs[0])  # warm the lookup cache
        started = time.perf_counter()
        n_places = n_words = 0
        for doc in docs:
            n_places += len(geoparser(doc))
            n_words += len(doc.split())
        seconds = time.perf_counter() - started
        print(
            f"recognised+resolved {n_places:,} toponyms in {seconds:.2f}s: {n_places / seconds:,.0f} toponyms/s, "
            f"{n_words / seconds:,.0f} words/s"
        )
        spans = [(p.span[0], p.span[1]) for p in geoparser(docs[0]) if p.span]
        started = time.perf_counter()
        for _ in range(args.docs):
            geoparser.resolve(docs[0], spans)
        seconds = time.perf_counter() - started
        print(f"resolve(given spans): {len(spans) * args.docs / seconds:,.0f} toponyms/s")
        gazetteer.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
