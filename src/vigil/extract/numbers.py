"""Quantities as written in reports: "30,000 to 60,000", "at least 82", "dozens", "tens of thousands".

``parse_quantity`` reads one expression; ``quantity_pattern`` is the compiled expression that finds them
in running text (``counts.py`` uses it), and ``quantity_from_match`` turns one of its matches into a
``Quantity``. The vague amounts and the bound words live in ``data/quantities.yaml``; each vague range is
documented there. Nothing here raises on odd input: what cannot be read is ``None``.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

DATA_FILE = "vigil/extract/data/quantities.yaml"

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_BOUND_KINDS = ("at_least", "more_than", "up_to", "fewer_than", "nearly", "about")


class DataFileError(ValueError):
    """A lexicon file under vigil/extract/data is malformed; the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure as an honest range: ``low``/``high`` are ``None`` where no bound is known."""

    low: int | None
    high: int | None
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class QuantityData:
    vague: dict[str, tuple[int | None, int | None]]
    zero: tuple[str, ...]
    zero_not_before: tuple[str, ...]
    bounds: dict[str, tuple[str, ...]]
    nearly_band: float


def read_data_file(name: str) -> Any:
    """The parsed YAML of ``vigil/extract/data/<name>``."""
    where = f"vigil/extract/data/{name}"
    text = resources.files("vigil.extract").joinpath("data", name).read_text(encoding="utf-8")
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataFileError(f"{where}: not valid YAML: {exc}") from exc


def string_list(value: Any, *, where: str, field: str) -> tuple[str, ...]:
    """A list of non-empty strings, or a ``DataFileError`` naming the file and the field."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(f"{where}: field {field!r} must be a list of non-empty strings")
    return tuple(v.strip().lower() for v in value)


def _bound(value: Any, *, where: str, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DataFileError(f"{where}: field {field!r} must be a non-negative integer or null")
    return value


def parse_quantity_data(data: Any, *, where: str = DATA_FILE) -> QuantityData:
    """Check the quantities file and turn it into ``QuantityData``."""
    if not isinstance(data, dict):
        raise DataFileError(f"{where}: the file must be a mapping")
    raw_vague = data.get("vague")
    if not isinstance(raw_vague, list):
        raise DataFileError(f"{where}: field 'vague' must be a list")
    vague: dict[str, tuple[int | None, int | None]] = {}
    for n, entry in enumerate(raw_vague):
        field = f"vague[{n}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("phrase"), str) or not entry["phrase"].strip():
            raise DataFileError(f"{where}: field '{field}.phrase' must be a non-empty string")
        if "low" not in entry or "high" not in entry:
            raise DataFileError(f"{where}: field '{field}' needs low and high (null for no bound)")
        low = _bound(entry["low"], where=where, field=f"{field}.low")
        high = _bound(entry["high"], where=where, field=f"{field}.high")
        if low is not None and high is not None and low > high:
            raise DataFileError(f"{where}: field '{field}': low {low} is above high {high}")
        vague[" ".join(entry["phrase"].lower().split())] = (low, high)
    raw_bounds = data.get("bounds")
    if not isinstance(raw_bounds, dict):
        raise DataFileError(f"{where}: field 'bounds' must be a mapping")
    bounds = {}
    for kind in _BOUND_KINDS:
        bounds[kind] = string_list(raw_bounds.get(kind), where=where, field=f"bounds.{kind}")
    band = data.get("nearly_band")
    if not isinstance(band, int | float) or isinstance(band, bool) or not 0 < band <= 1:
        raise DataFileError(f"{where}: field 'nearly_band' must be a number in (0, 1]")
    return QuantityData(
        vague=vague,
        zero=string_list(data.get("zero"), where=where, field="zero"),
        zero_not_before=string_list(data.get("zero_not_before"), where=where, field="zero_not_before"),
        bounds=bounds,
        nearly_band=float(band),
    )


@functools.cache
def quantity_data() -> QuantityData:
    return parse_quantity_data(read_data_file("quantities.yaml"))


def phrase_alternation(phrases: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any run of whitespace."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


def _number_regex() -> str:
    words = "|".join(sorted([*_UNITS, *_TENS, *_SCALES, "dozen"], key=len, reverse=True))
    after_scale = "".join(f"(?<={s})" if not i else f"|(?<={s})" for i, s in enumerate(_SCALES))
    word_seq = (
        rf"(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?(?:{words})\b"
        rf"(?:(?:[ \t-]+|(?:{after_scale})\s+and\s+)(?:{words})\b)*"
    )
    digits = (
        r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:\.\d+)?)(?![\d])"
        r"(?:[ \t]*(?:hundred|thousand|million|billion|dozen)\b)?"
    )
    return rf"(?:{digits}|\b{word_seq})"


@functools.cache
def quantity_pattern() -> re.Pattern[str]:
    """The compiled expression that finds quantities in running text (case-insensitive)."""
    data = quantity_data()
    num = _number_regex()
    bounds = phrase_alternation([p for kind in _BOUND_KINDS for p in data.bounds[kind]])
    vague = phrase_alternation(list(data.vague))
    not_before = "|".join(re.escape(w) for w in data.zero_not_before)
    zero = "|".join(
        rf"\bno\b(?![\s-]+(?:{not_before})\b)" if z == "no" else rf"\b{phrase_alternation([z])}\b"
        for z in sorted(data.zero, key=len, reverse=True)
    )
    dash = r"\s*(?:-|–|—|\bto\b|\bor\b)\s*"
    words = [*data.zero, *data.vague, *_UNITS, *_TENS, *_SCALES, "a", "an", "between"]
    words += [p for kind in _BOUND_KINDS for p in data.bounds[kind]]
    first = "".join(sorted({w[0].lower() for w in words if w[0].isalpha()}))
    pattern = (  # every alternative starts a word: one cheap test rejects most positions
        rf"\b(?=[0-9{first}{first.upper()}])(?:"
        rf"(?P<zero>{zero})"
        rf"|\bbetween\s+(?P<a1>{num})\s+and\s+(?P<b1>{num})"
        rf"|(?:\b(?P<bound>{bounds})\s+)?(?:\b(?P<approx>{phrase_alternation(data.bounds['about'])})\s+)?"
        rf"(?:\b(?P<vague>{vague})\b|(?P<a>{num})(?:{dash}(?P<b>{num}))?))"
    )
    return re.compile(pattern, re.IGNORECASE)


def _words_value(text: str) -> tuple[int, bool] | None:
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t != "and"]
    total = current = 0
    previous = ""
    approximate = False
    for token in tokens:
        if token in ("a", "an"):
            current = 1
            previous = "unit"
        elif token in _UNITS:
            if previous == "unit" or (previous == "tens" and _UNITS[token] >= 10):
                return None
            current += _UNITS[token]
            previous = "unit"
        elif token in _TENS:
            if previous in ("unit", "tens"):
                return None
            current += _TENS[token]
            previous = "tens"
        elif token == "dozen":
            current = max(current, 1) * 12
            approximate = True
            previous = "scale"
        elif token in _SCALES:
            if token == "hundred":
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * _SCALES[token]
                current = 0
            previous = "scale"
        else:
            return None
    return total + current, approximate


def number_value(text: str) -> tuple[int, bool] | None:
    """The value of one number ("30,000", "1.5 million", "twenty-three", "two dozen") and whether it is
    approximate (dozens are); ``None`` when it is not a whole number."""
    text = text.strip().lower()
    if not text:
        return None
    if not text[0].isdigit():
        return _words_value(text)
    m = re.match(r"([\d,.\s\u00a0\u202f]+?)\s*(hundred|thousand|million|billion|dozen)?$", text)
    if m is None:
        return None
    raw = re.sub(r"[,\s\u00a0\u202f]", "", m.group(1))
    try:
        value = float(raw)
    except ValueError:
        return None
    scale = m.group(2)
    approximate = scale == "dozen"
    value *= 12 if approximate else _SCALES.get(scale or "", 1)
    if not math.isfinite(value) or value != int(value) or value > 10**13:
        return None
    return int(value), approximate


def _scale_of(text: str) -> int | None:
    m = re.search(r"(hundred|thousand|million|billion)\s*$", text.lower())
    return _SCALES[m.group(1)] if m else None


def _range(a_text: str, b_text: str) -> Quantity | None:
    b = number_value(b_text)
    scale = re.search(r"(hundred|thousand|million|billion)\s*$", b_text.lower())
    a = None
    if scale is not None and a_text.strip()[:1].isdigit() and _scale_of(a_text) is None:
        a = number_value(f"{a_text} {scale.group(1)}")  # "1.5 to 2 million"
        if a is not None and b is not None and a[0] > b[0]:
            a = None
    if a is None:
        a = number_value(a_text)
    if a is None or b is None:
        return None
    return Quantity(min(a[0], b[0]), max(a[0], b[0]), a[1] or b[1])


def _apply_bound(kind: str, base: Quantity) -> Quantity:
    low, high = base.low, base.high
    single = low is not None and low == high
    if kind == "at_least":
        return Quantity(low, None, base.approximate)
    if kind == "more_than":
        if single and high is not None:
            return Quantity(high + 1, None, base.approximate)
        return Quantity(low, None, base.approximate)
    if kind == "up_to":
        return Quantity(None, high, base.approximate)
    if kind == "fewer_than":
        if single and low is not None:
            return Quantity(None, max(low - 1, 0), base.approximate)
        return Quantity(None, high, base.approximate)
    if kind == "nearly" and high is not None:
        return Quantity(min(math.floor(quantity_data().nearly_band * high), high), high, True)
    return Quantity(low, high, True)


def _bound_kind(phrase: str) -> str:
    normal = " ".join(phrase.lower().split())
    bounds = quantity_data().bounds
    return next((kind for kind in _BOUND_KINDS if normal in bounds[kind]), "about")


def quantity_from_match(m: re.Match[str]) -> Quantity | None:
    """The quantity read by one match of ``quantity_pattern()``; ``None`` when it is no whole number."""
    if m.group("zero") is not None:
        return Quantity(0, 0, False)
    if m.group("a1") is not None:
        return _range(m.group("a1"), m.group("b1"))
    if m.group("vague") is not None:
        low, high = quantity_data().vague[" ".join(m.group("vague").lower().split())]
        base: Quantity | None = Quantity(low, high, True)
    elif m.group("b") is not None:
        base = _range(m.group("a"), m.group("b"))
    else:
        value = number_value(m.group("a"))
        base = Quantity(value[0], value[0], value[1]) if value else None
    if base is None:
        return None
    if m.group("approx") is not None:
        base = Quantity(base.low, base.high, True)
    if m.group("bound") is not None:
        base = _apply_bound(_bound_kind(m.group("bound")), base)
    return base


def parse_quantity(text: str) -> Quantity | None:
    """Read one quantity expression ("at least 82", "30,000 to 60,000", "dozens"); ``None`` if it is none."""
    if not isinstance(text, str):
        return None
    stripped = text.strip()
    if not stripped or len(stripped) > 200:
        return None
    m = quantity_pattern().fullmatch(stripped)
    if m is None:
        return None
    return quantity_from_match(m)
