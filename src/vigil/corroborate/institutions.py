"""Institutional publishers (UN, ICRC, rights groups, governments), as data: ``data/institutions.yaml``."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from vigil.records import Document


class InstitutionsError(ValueError):
    """The institutions file is malformed; the message names the file and the field."""


@dataclass(slots=True, frozen=True, kw_only=True)
class Institution:
    name: str
    kind: str
    patterns: tuple[re.Pattern[str], ...]


class Institutions:
    """Matches a document's publisher (and URL host) against institutional patterns."""

    def __init__(self, entries: tuple[Institution, ...]) -> None:
        self.entries = entries
        self._cache: dict[str, Institution | None] = {}

    def match(self, publisher: str | None, *, url: str | None = None) -> Institution | None:
        """The institution that published a document with this publisher name or URL, if any."""
        host = urlsplit(url).hostname or "" if url else ""
        key = f"{publisher or ''}\x00{host}"
        if key in self._cache:
            return self._cache[key]
        found = None
        for entry in self.entries:
            if any(p.search(publisher or "") or (host and p.search(host)) for p in entry.patterns):
                found = entry
                break
        self._cache[key] = found
        return found

    def of(self, document: Document) -> Institution | None:
        return self.match(document.source, url=document.url)


def parse_institutions(data: Any, *, where: str) -> Institutions:
    if not isinstance(data, dict) or not isinstance(data.get("institutions"), list):
        raise InstitutionsError(f"{where}: field 'institutions' must be a list")
    entries = []
    for n, raw in enumerate(data["institutions"]):
        field = f"institutions[{n}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            raise InstitutionsError(f"{where}: {field}.name must be a string")
        patterns = raw.get("patterns")
        if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) for p in patterns):
            raise InstitutionsError(f"{where}: {field}.patterns must be a non-empty list of regular expressions")
        compiled = []
        for k, p in enumerate(patterns):
            try:
                compiled.append(re.compile(p, re.IGNORECASE))
            except re.error as exc:
                raise InstitutionsError(f"{where}: {field}.patterns[{k}] is not a valid pattern: {exc}") from exc
        entries.append(Institution(name=raw["name"], kind=str(raw.get("kind") or "other"), patterns=tuple(compiled)))
    return Institutions(tuple(entries))


@functools.cache
def default_institutions() -> Institutions:
    text = resources.files("vigil.corroborate").joinpath("data/institutions.yaml").read_text(encoding="utf-8")
    return parse_institutions(yaml.safe_load(text), where="vigil/corroborate/data/institutions.yaml")


def load_institutions(*paths: Path) -> Institutions:
    """The built-in institutions followed by those of the user's files."""
    entries = list(default_institutions().entries)
    for path in paths:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise InstitutionsError(f"{path}: cannot read institutions: {exc}") from exc
        entries.extend(parse_institutions(data, where=str(path)).entries)
    return Institutions(tuple(entries))
