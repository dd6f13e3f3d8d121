"""Toponym candidates as written: names that only look like places after "in" or "at" are left out."""

import pytest

from vigil.extract.places import find_places


def _names(text: str) -> list[str]:
    return [p.text for p in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UPDATED: Gunmen killed four traders in Gao on Monday.", ["Gao"]),  # a story label, not a dateline
        ("EXCLUSIVE - Troops detained two reporters in Kidal.", ["Kidal"]),
        ("BAMAKO, Mali (AFP) - Gunmen killed four traders on Monday.", ["BAMAKO", "Mali"]),  # a real dateline
        ("The cartoonist poked fun at Prime Minister Oumar Traore.", []),  # a person after a title
        ("She spoke to Bishop Anselme Koffi at the cathedral.", []),
        ("Such ideas were common in the West for centuries.", []),  # a point of the compass alone
        ("The former Soviet state has been in turmoil since the vote.", []),  # an adjective before "state"
        ("The country fell to 140th place in the World Press Freedom Index.", []),  # an index, a prize, a library
        ("He gave an interview at the Tamale Central Library on Thursday.", []),
        ("Two men were charged at the Magistrates' Court on Friday.", []),  # a court's name
        ("Shelling hit homes in the West Bank town of Jenin.", ["Jenin"]),
        ("Fighting spread across North Kivu province.", ["North Kivu"]),
        ("Soldiers were deployed in Southern Kordofan state.", ["Southern Kordofan"]),
    ],
)
def test_candidates(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
