from pathlib import Path

import pytest

from vigil.extract.lexicon import LexiconError
from vigil.extract.roles_names import capital_names, harmed_names, load_names, titled_names


def _spans(text: str, found: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in found]


def test_a_lower_cased_name_follows_a_title_and_stops_at_a_function_word() -> None:
    text = "gunmen killed jesuit priest andres molina rey and two others on monday."
    assert _spans(text, titled_names(text, 0, len(text), load_names())) == ["andres molina rey"]


def test_a_single_word_or_a_verb_after_a_title_is_no_name() -> None:
    text = "the mayor resigned after the judge ruled."
    assert titled_names(text, 0, len(text), load_names()) == []


def test_capitalised_names_skip_sentence_openers() -> None:
    text = "On Monday Ana Ruiz Gomez was seized."
    assert _spans(text, capital_names(text, 0, len(text), load_names())) == ["Ana Ruiz Gomez"]


def test_bad_names_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "names.yaml"
    path.write_text("titles: ['mayor']\nnot_names: 12\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="not_names"):
        load_names(path)


def test_names_next_to_a_harm_word_in_lower_cased_text() -> None:
    text = "the murder of tomas vidal ruiz was condemned. rosa elena marin was kidnapped on friday."
    assert _spans(text, harmed_names(text, 0, len(text), load_names())) == ["tomas vidal ruiz", "rosa elena marin"]
