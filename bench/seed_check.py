"""Check vigil's reading of the founding article against what a monitor would record (shared/bench/seed).

    python bench/seed_check.py [--bench DIR]

Runs the full extractor (places and actor dictionary included) on ../shared/bench/seed/input.jsonl and prints
one line per expectation of seed/expected.md, PASS or FAIL, with what was found; the exit status is the number
of failures. Skips cleanly when the folder is absent. The article is read, never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from vigil.pipeline import default_extractor
from vigil.records import Document

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
VIOLENT = {"shelling_artillery_missile_attack", "attack", "air_drone_strike", "armed_clash"}


def _events(result: dict[str, Any]) -> list[dict[str, Any]]:
    return list(result["events"])


def _actors(e: dict[str, Any]) -> set[str]:
    out = set()
    for p in e.get("perpetrators") or []:
        out.add(str(p.get("actor") or p.get("text")))
        out.update(str(b.get("actor") or b.get("text")) for b in p.get("backers") or [])
    return out


def _trapped(r: dict[str, Any]) -> str | None:
    for e in _events(r):
        for c in e.get("counts") or []:
            if c["kind"] == "trapped" and c["low"] == 30000 and c["high"] == 60000:
                where = (e.get("location") or {}).get("name")
                country = (e.get("location") or {}).get("country")
                if where == "Aleppo" and country == "SY":
                    return f"{c['text']!r} in {where} ({country})"
    return None


def _indicator(name: str) -> Callable[[dict[str, Any]], str | None]:
    def check(r: dict[str, Any]) -> str | None:
        hits = [e["type"] for e in _events(r) if name in (e.get("indicators") or [])]
        return f"{name} on {', '.join(hits)}" if hits else None

    return check


def _blocked_by_iranian_proxies(r: dict[str, Any]) -> str | None:
    for e in _events(r):
        if "evacuation_blocked" in (e.get("indicators") or []):
            for p in e.get("perpetrators") or []:
                backers = {str(b.get("actor") or b.get("text")) for b in p.get("backers") or []}
                if "Iran" in backers or "iran" in p["text"].lower():
                    return f"{p['text']!r} backed by {sorted(backers)}"
    return None


def _shelling_by_government(r: dict[str, Any]) -> str | None:
    for e in _events(r):
        if e["type"] == "shelling_artillery_missile_attack":
            who = _actors(e)
            if any("Syria" in a or "Assad" in a for a in who):
                return f"shelling by {sorted(who)}"
    return None


def _free_fire(r: dict[str, Any]) -> str | None:
    return _indicator("indiscriminate_attack")(r)


def _named_responsible(r: dict[str, Any]) -> str | None:
    for a in r.get("accusations") or []:
        accused = {str(x.get("actor") or x.get("text")) for x in a["accused"]}
        if {"Russia", "Iran"} <= accused and any("Syria" in x or "Assad" in x for x in accused):
            speaker = (a.get("speaker") or {}).get("text")
            return f"{sorted(accused)} accused by {speaker!r}"
    return None


def _no_historical_events(r: dict[str, Any]) -> str | None:
    names = {str((e.get("location") or {}).get("name") or "") for e in _events(r)}
    bad = names & {"Halabja", "Rwanda", "Srebrenica"}
    return None if bad else "no event at Halabja, Rwanda or Srebrenica"


def _yesterday(r: dict[str, Any]) -> str | None:
    for a in r.get("accusations") or []:
        d = a.get("date") or {}
        if d.get("start") == "2016-12-13" and d.get("text") == "yesterday":
            return "the Security Council speech dated 2016-12-13"
    return None


CHECKS: list[tuple[str, Callable[[dict[str, Any]], str | None]]] = [
    ("trapped 30,000-60,000 in Aleppo, Syria", _trapped),
    ("encircled", _indicator("encirclement")),
    ("ceasefire broken", _indicator("ceasefire_broken")),
    ("evacuation blocked", _indicator("evacuation_blocked")),
    ("evacuation blocked by Iranian proxies", _blocked_by_iranian_proxies),
    ("shelling resumed, by the Syrian government and allies", _shelling_by_government),
    ("free-fire zones: indiscriminate attack", _free_fire),
    ("named responsible: Assad government, Russia, Iran", _named_responsible),
    ("no events at Halabja, Rwanda, Srebrenica", _no_historical_events),
    ("'yesterday' = 2016-12-13", _yesterday),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bench", type=Path, default=BENCH)
    args = parser.parse_args(argv)
    path = args.bench / "seed" / "input.jsonl"
    if not path.exists():
        print(f"no seed article at {path}: skipped")
        return 0
    raw = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    published = date.fromisoformat(raw["published"][:10]) if raw.get("published") else None
    doc = Document(id=raw["id"], source_id=raw["id"], text=raw["text"], title=raw.get("title"), published=published)
    result = default_extractor()(doc).to_dict()
    failures = 0
    for name, check in CHECKS:
        found = check(result)
        failures += found is None
        print(f"{'PASS' if found else 'FAIL'}  {name}" + (f": {found}" if found else ""))
    print(f"{len(CHECKS) - failures}/{len(CHECKS)} expectations met")
    return failures


if __name__ == "__main__":
    sys.exit(main())
