"""Independent sources and the confidence grade of an event.

Copies of one document (a wire story and its reprints) form a family and count once; the family is
represented by its institutional publisher when it has one, else by the publisher of its root (the
first copy vigil saw). Families represented by the same publisher count once.

Grades, weakest first: ``single_source`` (one independent source); ``corroborated`` (two or more);
``institutional`` (an institutional publisher confirms it: UN, ICRC, a rights group, a government);
``documented`` (two or more independent institutional publishers confirm it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

GRADES = ("single_source", "corroborated", "institutional", "documented")


@dataclass(slots=True, frozen=True, kw_only=True)
class SourceInfo:
    """What corroboration remembers of a document: who published it, and which family of copies it is in."""

    document_id: str
    publisher: str
    institution: str | None
    root: str
    copy_of: str | None = None


def publisher_key(publisher: str | None, *, url: str | None, document_id: str) -> str:
    """A publisher folded for counting ("The Sulat Observer" and "sulat observer" are one)."""
    if publisher and publisher.strip():
        folded = re.sub(r"[^\w]+", " ", publisher.lower()).split()
        if folded and folded[0] == "the":
            folded = folded[1:]
        return " ".join(folded) or publisher.strip().lower()
    if url:
        host = re.sub(r"^[a-z]+://", "", url.lower()).split("/", 1)[0]
        return host.removeprefix("www.")
    return f"document:{document_id}"


@dataclass(slots=True, frozen=True, kw_only=True)
class SourceCount:
    independent: int
    institutional: int
    publishers: tuple[str, ...]
    institutions: tuple[str, ...]


def count_sources(infos: Iterable[SourceInfo]) -> SourceCount:
    """Independent sources among the documents of an event (copies once, a publisher once)."""
    families: dict[str, list[SourceInfo]] = {}
    for info in infos:
        families.setdefault(info.root, []).append(info)
    representatives: dict[str, str | None] = {}
    for members in families.values():
        institutional = [m for m in members if m.institution]
        chosen = institutional[0] if institutional else next((m for m in members if m.document_id == m.root), None)
        chosen = chosen or members[0]
        if chosen.publisher not in representatives or chosen.institution:
            representatives[chosen.publisher] = chosen.institution or representatives.get(chosen.publisher)
    institutions = tuple(sorted({p for p, i in representatives.items() if i}))
    return SourceCount(
        independent=len(representatives),
        institutional=len(institutions),
        publishers=tuple(sorted(representatives)),
        institutions=institutions,
    )


def grade(count: SourceCount) -> str:
    if count.institutional >= 2:
        return "documented"
    if count.institutional >= 1:
        return "institutional"
    if count.independent >= 2:
        return "corroborated"
    return "single_source"
