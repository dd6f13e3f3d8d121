from pathlib import Path

import pytest
from corroborate_helpers import doc, mention, place

from vigil.corroborate import Corroborator, InstitutionsError, SourceInfo, count_sources, grade, load_institutions


def _feed(*sources: str) -> str:
    c = Corroborator()
    event = None
    for n, source in enumerate(sources):
        d = doc(f"Report {n} by {source}: an airstrike on Kessa killed civilians on 11 March.", source=source)
        event = c.add(mention(f"m{n}", d, where=place("Kessa")), document=d).event
    assert event is not None and len(c) == 1
    return event.grade


def test_grades_follow_independent_and_institutional_sources() -> None:
    assert _feed("Sulat Observer") == "single_source"
    assert _feed("Sulat Observer", "Coastline Radio") == "corroborated"
    assert _feed("Sulat Observer", "UN Mission in Varnland") == "institutional"
    assert _feed("Lantern Human Rights Monitor") == "institutional"
    assert _feed("Ministry of Interior of Varnland", "Red Crescent Society of Varnland") == "documented"


def test_a_copy_of_an_institutional_statement_keeps_the_institution_but_counts_once() -> None:
    infos = [
        SourceInfo(document_id="a", publisher="sulat observer", institution=None, root="a"),
        SourceInfo(document_id="b", publisher="un mission", institution="United Nations", root="a", copy_of="a"),
    ]
    count = count_sources(infos)
    assert count.independent == 1 and count.institutional == 1
    assert grade(count) == "institutional"


def test_a_user_institutions_file_is_checked_and_extends_the_list(tmp_path: Path) -> None:
    good = tmp_path / "mine.yaml"
    good.write_text("institutions:\n  - name: Varno Ombudsman\n    kind: government\n    patterns: ['ombudsman']\n")
    institutions = load_institutions(good)
    found = institutions.match("Office of the Varno Ombudsman")
    assert found is not None and found.name == "Varno Ombudsman"
    assert institutions.match("Sulat Observer") is None
    bad = tmp_path / "bad.yaml"
    bad.write_text("institutions:\n  - name: Broken\n    patterns: ['(']\n")
    with pytest.raises(InstitutionsError, match=r"bad\.yaml: institutions\[0\]\.patterns\[0\]"):
        load_institutions(bad)
