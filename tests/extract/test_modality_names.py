"""A reporting verb inside a name ("Member States", "the United States") names no source."""

from __future__ import annotations

import pytest

from vigil.extract.modality import attribution_of


def _source(text: str) -> str | None:
    t0 = text.index("killed")
    found = attribution_of(text, trigger=(t0, t0 + 6), sentence=(0, len(text)))
    return found.text if found else None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Three Member States of the council watched as civilians were killed.", None),
        ("The United States Reports office was closed after two guards were killed.", None),
        ("the united states said 12 people were killed near the port.", "the united states"),
        ("The army states that 12 people were killed near the port.", "The army"),
    ],
)
def test_a_reporting_verb_inside_a_name_is_no_source(text: str, source: str | None) -> None:
    assert _source(text) == source
