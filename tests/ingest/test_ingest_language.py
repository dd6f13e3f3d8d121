"""The language guess and the schema check of its data file."""

from __future__ import annotations

import pytest

from vigil.ingest import guess_language
from vigil.ingest.language import StopwordsError, parse_stopwords, stopwords


def test_shipped_stopwords_load_and_cover_english() -> None:
    table = stopwords()
    assert {"the", "of", "and", "on"} <= table["en"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said on Monday that it had taken the hill from the rebels.", "en"),
        ("El ejército dijo el lunes que había tomado la colina de los rebeldes.", "es"),
        ("Die Armee sagte am Montag, dass sie den Hügel von den Rebellen eingenommen hat.", "de"),
        ("Kora Dara Sela", None),
        ("12 34 56 78 90 11", None),
    ],
)
def test_guess_language(text: str, expected: str | None) -> None:
    assert guess_language(text) == expected


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"langs": {}}, "'languages'"),
        ({"languages": {"en": []}}, "'languages.en'"),
        ({"languages": {"en": ["the", False]}}, "'languages.en[1]'"),
    ],
)
def test_malformed_stopwords_name_file_and_field(data: object, field: str) -> None:
    with pytest.raises(StopwordsError) as error:
        parse_stopwords(data, origin="custom.yaml")
    assert str(error.value).startswith("custom.yaml:")
    assert field in str(error.value)
