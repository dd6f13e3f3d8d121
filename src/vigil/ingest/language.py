"""A cheap guess at a document's language from the function words it uses (data in stopwords.yaml)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SAMPLE_WORDS = 2000
_MIN_WORDS = 5
_MIN_SHARE = 0.15
_DATA_FILE = "stopwords.yaml"


class StopwordsError(ValueError):
    """The stopword data file is malformed."""


def parse_stopwords(data: object, *, origin: str) -> dict[str, frozenset[str]]:
    """Check the stopword data: ``languages`` maps a language code to a list of lower-case words."""
    if not isinstance(data, dict) or not isinstance(data.get("languages"), dict):
        raise StopwordsError(f"{origin}: field 'languages' must be a mapping of language code to words")
    languages: dict[str, frozenset[str]] = {}
    for code, words in data["languages"].items():
        if not isinstance(code, str) or not code:
            raise StopwordsError(f"{origin}: field 'languages': language code {code!r} must be a string")
        if not isinstance(words, list) or not words:
            raise StopwordsError(f"{origin}: field 'languages.{code}' must be a non-empty list of words")
        for index, word in enumerate(words):
            if not isinstance(word, str) or not word:
                raise StopwordsError(
                    f"{origin}: field 'languages.{code}[{index}]' must be a word, not {word!r} (quote it in YAML)"
                )
        languages[code] = frozenset(w.lower() for w in words)
    return languages


@cache
def stopwords() -> dict[str, frozenset[str]]:
    """The stopwords shipped with vigil, loaded once."""
    path = resources.files("vigil.ingest").joinpath(_DATA_FILE)
    return parse_stopwords(yaml.safe_load(path.read_text(encoding="utf-8")), origin=f"vigil/ingest/{_DATA_FILE}")


def guess_language(text: str, *, languages: dict[str, frozenset[str]] | None = None) -> str | None:
    """The language whose function words make up a clear share of ``text``'s words, else None."""
    words = [w.lower() for w in _WORD.findall(text[: _SAMPLE_WORDS * 12])][:_SAMPLE_WORDS]
    if len(words) < _MIN_WORDS:
        return None
    table = stopwords() if languages is None else languages
    scores = {code: sum(1 for w in words if w in vocabulary) for code, vocabulary in table.items()}
    if not scores:
        return None
    best = max(scores, key=lambda code: scores[code])
    ranked = sorted(scores.values(), reverse=True)
    runner_up = ranked[1] if len(ranked) > 1 else 0
    if scores[best] < _MIN_SHARE * len(words) or scores[best] <= runner_up * 1.2:
        return None
    return best
