from vigil.extract.extractor import Extractor
from vigil.records import Document


def _roles(text: str) -> list[tuple[str, list[str], list[str]]]:
    mentions = Extractor()(Document(text=text, source_id="test")).mentions
    return [(m.type, [a.text for a in m.perpetrators], [a.text for a in m.victims]) for m in mentions]


def test_people_said_to_be_harmed_mid_sentence_are_victims() -> None:
    # the wording after the phrase ("were wounded") is read where the phrase ends, not only at the text's start
    assert _roles("A bomb exploded at the market on Monday and two policemen were wounded.") == [
        ("remote_explosive_landmine_ied", [], ["policemen"])
    ]
    assert _roles("a bomb exploded outside the bank and two soldiers were injured.") == [
        ("remote_explosive_landmine_ied", [], ["soldiers"])
    ]
