"""Wordings of violence that the trigger lexicon reads as events, and near misses that stay no event.

Sentences are written for these tests, each in a capitalised and a lower-cased form (wire transcripts
often come lower-cased).
"""

from datetime import date

import pytest

from vigil.extract.extractor import Extractor
from vigil.records import Document


def _types(text: str) -> list[str]:
    document = Document(text=text, source_id="doc-1", published=date(2024, 3, 6))
    return [m.type for m in Extractor()(document).mentions]


EVENTS = [
    ("The engineer was kidnaped by armed men on Tuesday near the border.", "abduction_forced_disappearance"),
    ("Police said the kidnapers demanded a ransom for the two nurses.", "abduction_forced_disappearance"),
    ("Unknown men fired several shots at the mayor's car on Monday night.", "attack"),
    ("The journalist was riddled with bullets outside his home on Friday.", "attack"),
    ("The priest was strafed by gunmen as he left the chapel yesterday.", "attack"),
    ("Rebels burned the mayor's office and the telephone exchange on Sunday.", "looting_property_destruction"),
    ("Militiamen were seen setting fire to two trucks on the highway yesterday.", "looting_property_destruction"),
    ("Two high-tension pylons were destroyed overnight, leaving the city in the dark.", "looting_property_destruction"),
    ("Insurgents sabotaged pylons and transformers in the east on Saturday.", "looting_property_destruction"),
    ("Gunmen working for a drug cartel shot dead a judge in the city on Monday.", "attack"),
    ("On 11 May a bomb destroyed the offices of the electoral council.", "remote_explosive_landmine_ied"),
    ("Two farmers were captured on Friday by army troops near the river.", "arrests"),
    ("Three engineers were released unharmed by the guerrillas on Sunday.", "abduction_forced_disappearance"),
    ("The front of the party office was almost completely destroyed on Tuesday.", "looting_property_destruction"),
    ("The road to the border was mined by the rebels last week.", "remote_explosive_landmine_ied"),
    ("Rebels attacked the oil pipeline on Monday, causing a large spill.", "attack"),
    ("The guerrillas attacked the farm on Friday and stole food.", "attack"),
    ("The attacks spread to the northern province today, damaging two fuel depots.", "attack"),
    ("Officials condemned the assassinations of two union leaders on Sunday.", "attack"),
    ("Unidentified men opened machinegun fire at a night watchman on Friday.", "attack"),
    ("The mayor was the victim of a terrorist attack on Tuesday in the capital.", "attack"),
    ("His body was found in a ditch outside the village on Monday.", "attack"),
    ("Two students seized by uniformed men on Friday are still missing.", "abduction_forced_disappearance"),
    ("Since May a bomb blast has closed the market; it wounded four traders.", "remote_explosive_landmine_ied"),
    # words that begin like a disaster's or a crime's ("storm", "outbreak") but tell an attack
    ("Gunmen stormed a prison in the town on Monday and killed two inmates.", "attack"),
    ("The outbreak of fighting in the valley killed nine civilians on Friday.", "armed_clash"),
    ("Militiamen shot dead the heroine of the pro-democracy marches on Sunday.", "attack"),
    # a harm told beside a call or a condemnation is still reported
    ("The governor called for calm after gunmen killed 12 villagers on Sunday.", "attack"),
    ("The envoy called for an inquiry into the killing of 20 civilians in the town on Monday.", "attack"),
    ("Rights groups demanded the release of three activists who were arrested by police on Friday.", "arrests"),
    # the strongest word is violence in another sense; a weaker one tells the act
    ("The driver was fighting for his life after gunmen shot him in the chest on Sunday.", "attack"),
    # people driven from their homes: a mention of its own (typed `other`, indicator forced_displacement)
    ("Thousands of villagers have fled their homes in the valley, aid workers said.", "other"),
    ("Thousands of villagers have fled their homes since the shelling began last week.", "other"),
    ("Militiamen forced hundreds of families to leave their farms on Tuesday.", "other"),
    # a blocked evacuation told by its evacuees
    ("Armed men stopped buses carrying evacuees at a checkpoint on Friday.", "other"),
]

NON_EVENTS = [
    "A transformer exploded during the storm and cut power to the suburbs.",
    "A cholera outbreak killed nine people in the camp on Friday.",
    "The heads of state called for an immediate ceasefire in the region.",
    "The two party leaders clashed verbally at the meeting on Monday.",
    "Floods forced thousands of villagers to flee their homes in the valley.",
    "The families demanded the arrest of the officers named in the report.",
    "The company damaged its reputation with the new advertising campaign.",
    "Firefighters put out a warehouse fire that damaged several buildings near the port.",
    "Police seized two tonnes of cocaine from drug dealers at the port.",
    "A truck crashed on the highway on Monday and the driver was injured.",
    "The shop was attacked by a gang that stole the cash on Friday.",
    "Efforts are under way to end the attacks on the northern province.",
    "The pensioner was the victim of a telephone fraud last year.",
    "The prisoners were released by the court on bail on Monday.",
    "The minister was sacked by the president on Monday.",
    "His hopes of a quick deal were destroyed by the vote.",
    "Officials said a bomb may have been planted near the offices of the electoral council.",
]


def _both(cases: list[str]) -> list[str]:
    return [*cases, *(c.lower() for c in cases)]


@pytest.mark.parametrize(("sentence", "expected"), [*EVENTS, *((s.lower(), t) for s, t in EVENTS)])
def test_wordings_of_violence_give_an_event(sentence: str, expected: str) -> None:
    assert expected in _types(sentence)


@pytest.mark.parametrize("sentence", _both(NON_EVENTS))
def test_near_misses_give_no_event(sentence: str) -> None:
    assert _types(sentence) == []


def test_people_driven_from_their_homes_are_counted_as_displaced() -> None:
    text = "Some 20,000 people have fled their homes in the district, the agency said."
    document = Document(text=text, source_id="d")
    [mention] = Extractor()(document).mentions
    assert mention.indicators == ["forced_displacement"]
    assert [(c.kind, c.low) for c in mention.counts] == [("displaced", 20000)]


def test_an_arrest_over_a_disappearance_stays_an_arrest() -> None:
    text = "Police arrested a man on Monday in connection with the disappearance of a student."
    assert _types(text) == ["arrests"]
    assert _types(text.lower()) == ["arrests"]
