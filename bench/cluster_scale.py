"""Corroboration at scale: 10k, 100k and 1M synthetic mentions through one Corroborator.

Synthetic reports at 550 mentions a day (a million over five years; a smaller size is a shorter stream at the
same rate, so times compare), 40 countries (a few of them hot, Zipf-like), 300 towns each (a few of them hot),
ten event types; each event is told by 1-8 reports arriving over three days, a fifth of them wire copies
of another report of the event; places are mostly city-level with coordinates, some district-level,
some admin1-level, some missing. Events older than 30 days leave the working set (as in a long run).

Each size runs in a fresh process, so the peak RSS printed is that size's own. Printed: time to
corroborate (CPU time of the add calls, so that other work on the machine does not count),
mentions per second, peak RSS, events made, and B-cubed against the
generated events; for the larger sizes the CPU seconds of each tenth of the stream (flat when the
cost per mention does not grow with the stream); then the ratios of the times against the ratios of the sizes.

    python bench/cluster_scale.py [--sizes 10000 100000 1000000]
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta

from vigil.corroborate import Corroborator, CorroboratorConfig
from vigil.records import Count, DateSpan, Document, Mention, Place

TYPES = [
    ("attack", 30),
    ("shelling_artillery_missile_attack", 20),
    ("air_drone_strike", 15),
    ("armed_clash", 15),
    ("abduction_forced_disappearance", 5),
    ("remote_explosive_landmine_ied", 5),
    ("peaceful_protest", 4),
    ("excessive_force_against_protesters", 2),
    ("arrests", 2),
    ("looting_property_destruction", 2),
]
WORDS = ["market", "school", "hospital", "bakery", "mosque", "church", "camp", "checkpoint", "convoy", "village"]
WORDS += ["bridge", "farm", "road", "station"]
VERBS = ["struck", "hit", "targeted", "shelled", "raided", "attacked", "bombed", "stormed"]
VOCAB = [f"{a}{b}" for a in ("ka", "lo", "mi", "su", "te", "ra", "vo", "ni") for b in WORDS + VERBS]
PUBLISHERS = [f"Publisher {i}" for i in range(60)] + ["UN Mission", "Rights Watch Desk", "Red Cross Office"]
START = date(2026, 1, 1)
RATE = 550
"""Mentions per day: a million over five years, at every size (a larger size is a longer stream)."""


class World:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.countries = []
        for c in range(40):
            lat0, lon0 = rng.uniform(-30, 50), rng.uniform(-20, 120)
            towns = [(f"Town{c}x{t}", lat0 + rng.uniform(-4, 4), lon0 + rng.uniform(-4, 4)) for t in range(300)]
            self.countries.append((f"C{c:02d}", towns))
        self.country_weights = [1 / (k + 1) ** 0.8 for k in range(40)]
        self.types, self.type_weights = zip(*TYPES, strict=True)

    def event(self) -> dict[str, object]:
        rng = self.rng
        code, towns = rng.choices(self.countries, weights=self.country_weights)[0]
        town = towns[min(int(rng.expovariate(1 / 60)), len(towns) - 1)]
        return {
            "country": code,
            "town": town,
            "type": rng.choices(self.types, weights=self.type_weights)[0],
            "killed": int(rng.expovariate(1 / 8)) + 1,
            "what": rng.choice(WORDS),
            "district": f"{town[0]} Quarter{rng.randrange(6)}",
            "size": min(8, 1 + int(rng.expovariate(1 / 1.6))),
        }


def reports_of(ev: dict[str, object], day: int, eid: int, rng: random.Random) -> list[tuple[int, Mention, Document]]:
    out: list[tuple[int, Mention, Document]] = []
    town, lat, lon = ev["town"]  # type: ignore[misc]
    when = START + timedelta(days=day)
    texts: list[str] = []
    for k in range(int(ev["size"])):  # type: ignore[call-overload]
        arrival = day + rng.choice((0, 0, 0, 1, 1, 2, 3))
        publisher = rng.choice(PUBLISHERS)
        if texts and rng.random() < 0.2:
            text = f"{publisher} — " + rng.choice(texts)
        else:
            verb, killed = rng.choice(VERBS), int(ev["killed"]) + rng.choice((0, 0, 0, 1, -1, 3))  # type: ignore[call-overload]
            text = (
                f"Forces {verb} a {ev['what']} in {town} on {when:%d %B}, killing {killed} people, "
                f"{publisher} reports, citing {rng.choice(('residents', 'medics', 'officials', 'witnesses'))}. "
                f"Report {eid}-{k}: the {rng.choice(WORDS)} nearby was {rng.choice(VERBS)} later. "
                + " ".join(rng.choices(VOCAB, k=18))
            )
            texts.append(text)
        doc = Document(text=text, source_id=f"{eid}-{k}", source=publisher, published=when + timedelta(arrival - day))
        r = rng.random()
        if r < 0.05:
            place = None
        elif r < 0.10:
            place = Place(
                text="Province",
                name=f"Province{ev['country']}",
                lat=lat,
                lon=lon,
                precision="admin1",
                country=str(ev["country"]),
            )
        elif r < 0.25:
            place = Place(
                text=str(ev["district"]),
                name=str(ev["district"]),
                lat=lat + 0.01,
                lon=lon + 0.01,
                precision="district",
                country=str(ev["country"]),
            )
        else:
            place = Place(text=town, name=town, lat=lat, lon=lon, precision="city", country=str(ev["country"]))
        shift = rng.choice((0, 0, 0, 0, 0, -1, 1))
        d = when + timedelta(days=shift)
        m = Mention(
            id=f"m{eid}-{k}",
            document_id=doc.id,
            type=str(ev["type"]) if rng.random() > 0.1 else "attack",
            span=(0, len(text)),
            evidence=text[:120],
            location=place,
            date=DateSpan(start=d, end=d) if rng.random() > 0.1 else None,
            counts=[Count(kind="killed", low=int(ev["killed"]), high=int(ev["killed"]), text="killed")],  # type: ignore[call-overload]
        )
        out.append((arrival, m, doc))
    return out


def stream(n: int, seed: int):  # type: ignore[no-untyped-def]
    """(gold event id, mention, document) in order of arrival, ``n`` mentions in all."""
    rng = random.Random(seed)
    world = World(rng)
    per_day = RATE / 2.1
    days = int(n / RATE) + 1
    pending: dict[int, list[tuple[int, Mention, Document]]] = {}
    made = eid = 0
    for day in range(days + 5):
        if made < n:
            for _ in range(max(0, int(rng.gauss(per_day, per_day**0.5)))):
                for arrival, m, d in reports_of(world.event(), day, eid, rng):
                    pending.setdefault(arrival, []).append((eid, m, d))
                eid += 1
        for item in pending.pop(day, []):
            if made < n:
                made += 1
                yield item
    for day in sorted(pending):
        for item in pending[day]:
            if made < n:
                made += 1
                yield item


def bcubed(pred: dict[str, str], gold: dict[str, int]) -> tuple[float, float, float]:
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[int, set[str]] = {}
    for k, v in pred.items():
        by_pred.setdefault(v, set()).add(k)
    for k, g in gold.items():
        by_gold.setdefault(g, set()).add(k)
    p = r = 0.0
    for k in gold:
        c, g = by_pred[pred[k]], by_gold[gold[k]]
        inter = len(c & g)
        p += inter / len(c)
        r += inter / len(g)
    p, r = p / len(gold), r / len(gold)
    return p, r, 2 * p * r / (p + r)


# What `vigil run` sets (vigil.cli.main): a long batch of small records makes Python's default thresholds run
# full collections over every live object again and again (40-50% of the time at 1M mentions).
RUN_GC_THRESHOLDS = (50_000, 50, 100)


def run_one(n: int, *, quality: bool) -> dict[str, float]:
    c = Corroborator(config=CorroboratorConfig(retire_after_days=30))
    gold: dict[str, int] = {}
    joined: dict[str, str] = {}
    parent: dict[str, str] = {}
    spent = 0.0
    events = done = 0
    tenths: list[float] = []
    wall = time.perf_counter()
    for g, m, d in stream(n, seed=7):
        t = time.process_time()
        update = c.add(m, document=d)
        spent += time.process_time() - t
        done += 1
        if done * 10 % n == 0:
            tenths.append(spent - sum(tenths))
        events += update.created - len(update.merged)
        if quality:
            gold[m.id] = g
            joined[m.id] = update.event.id
            for gone in update.merged:
                parent[gone] = update.event.id
    wall = time.perf_counter() - wall
    out: dict[str, float] = {
        "n": done,
        "seconds": spent,
        "wall": wall,
        "events": events,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "tenths": tenths,  # type: ignore[dict-item]
    }
    if quality:

        def find(e: str) -> str:
            while e in parent:
                e = parent[e]
            return e

        out["p"], out["r"], out["f1"] = bcubed({k: find(v) for k, v in joined.items()}, gold)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument(
        "--default-gc",
        action="store_true",
        help="keep Python's default garbage-collector thresholds (vigil run raises them, as here)",
    )
    ap.add_argument("--quality", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        if not args.default_gc:
            gc.set_threshold(*RUN_GC_THRESHOLDS)
        print(json.dumps(run_one(args.one, quality=args.quality)))
        return
    results = []
    for n in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(n)] + (["--default-gc"] if args.default_gc else [])
        cmd = cmd + (["--quality"] if n <= 100_000 else [])
        r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        results.append(r)
        line = (
            f"{n:>9,} mentions: corroborate {r['seconds']:7.1f} s ({n / r['seconds']:,.0f}/s), "
            f"with generation {r['wall']:7.1f} s, peak RSS {r['peak_rss_mb']:,.0f} MB, events {r['events']:,}"
        )
        if "f1" in r:
            line += f", B-cubed P {r['p']:.3f} R {r['r']:.3f} F1 {r['f1']:.3f}"
        print(line, flush=True)
        if n >= 100_000:
            print("  CPU seconds per tenth of the stream: " + " ".join(f"{t:.1f}" for t in r["tenths"]), flush=True)
    for a, b in itertools.pairwise(results):
        size, spent = b["n"] / a["n"], b["seconds"] / a["seconds"]
        print(f"{size:.0f}x the mentions: {spent:.1f}x the time (linear: {size:.1f}x)")


if __name__ == "__main__":
    main()
