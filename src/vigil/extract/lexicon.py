"""Reading the extractor's YAML lexicons, with errors that name the file and the field."""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from vigil.extract.prefilter import dispatch_body


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and the field."""


def read_yaml(path: Path | None, *, builtin: str) -> tuple[Any, str]:
    """The parsed content of ``path`` (or of the built-in ``data/<builtin>``) and a name for errors."""
    if path is None:
        where = f"vigil/extract/data/{builtin}"
        text = resources.files("vigil.extract").joinpath("data", builtin).read_text(encoding="utf-8")
    else:
        where = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise LexiconError(f"{where}: cannot read lexicon: {exc}") from exc
    try:
        return yaml.safe_load(text), where
    except yaml.YAMLError as exc:
        raise LexiconError(f"{where}: not valid YAML: {exc}") from exc


def mapping(value: Any, *, where: str, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: field {field!r} must be a mapping")
    return value


def strings(value: Any, *, where: str, field: str) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise LexiconError(f"{where}: field {field!r} must be a non-empty list of strings")
    return list(value)


def alternation(patterns: Iterable[str]) -> str:
    """The patterns as one regular-expression alternation, each in a group of its own."""
    return "|".join(f"(?:{p})" for p in patterns)


def compile_regex(pattern: str, *, where: str, field: str) -> re.Pattern[str]:
    """``pattern`` compiled case-insensitive; a bad one is a ``LexiconError`` naming the file and the field."""
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(f"{where}: field {field!r} has a bad regular expression: {exc}") from exc


def compile_words(patterns: list[str], *, where: str, field: str) -> re.Pattern[str]:
    """One case-insensitive regex matching any of ``patterns`` between word boundaries.

    The alternatives are grouped by the character they can start with, behind a one-character look-ahead
    (see ``dispatch_body``): the same matches as the plain alternation, without trying every alternative
    at every word start.
    """
    plain = alternation(patterns)
    try:
        re.compile(rf"(?<![\w-])(?:{plain})(?![\w])", re.IGNORECASE)
        return re.compile(rf"(?<![\w-])(?:{dispatch_body(patterns)})(?![\w])", re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(f"{where}: field {field!r} has a bad regular expression: {exc}") from exc


def optional_regex(value: Any, *, where: str, field: str) -> re.Pattern[str] | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise LexiconError(f"{where}: field {field!r} must be a regular expression string")
    try:  # a context cue: a word start is enough ("seiz" matches "seized")
        return re.compile(rf"(?<![\w-])(?:{value})", re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(f"{where}: field {field!r} has a bad regular expression: {exc}") from exc


def check_ids(ids: list[str], known: set[str] | tuple[str, ...], *, where: str, field: str) -> None:
    for i in ids:
        if i not in known:
            raise LexiconError(f"{where}: field {field!r} names {i!r}, which the taxonomy does not know")
