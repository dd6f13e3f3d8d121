from vigil.extract.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_splits_on_full_stops_and_questions() -> None:
    assert _texts("Troops entered the town. Residents fled! Who fired first? Nobody knows.") == [
        "Troops entered the town.",
        "Residents fled!",
        "Who fired first?",
        "Nobody knows.",
    ]


def test_keeps_abbreviations_initials_and_decimals() -> None:
    text = "Gen. Okafor met Dr. Lind in the U.S. Embassy on Jan. 5 with J. Smith. The blast measured 3.5 on the scale."
    assert _texts(text) == [
        "Gen. Okafor met Dr. Lind in the U.S. Embassy on Jan. 5 with J. Smith.",
        "The blast measured 3.5 on the scale.",
    ]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = '"We will not leave," she said. "They shelled us." The shelling went on.'
    assert _texts(text) == ['"We will not leave," she said.', '"They shelled us."', "The shelling went on."]


def test_paragraph_break_ends_a_sentence_without_a_full_stop() -> None:
    assert _texts("A headline without a stop\n\nThe first sentence.") == [
        "A headline without a stop",
        "The first sentence.",
    ]


def test_lower_cased_text_is_split_at_full_stops() -> None:
    assert _texts("the patrol was ambushed. two soldiers died.") == ["the patrol was ambushed.", "two soldiers died."]


def test_spans_point_into_the_text_and_honour_bounds() -> None:
    text = "  One. Two.  Three.  "
    spans = split_sentences(text, start=7)
    assert [text[a:b] for a, b in spans] == ["Two.", "Three."]
    assert split_sentences("") == []
