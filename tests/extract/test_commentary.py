"""Commentary that uses the words of violence for something else gives no event; a sentence that tells an act
still does."""

from datetime import date

import pytest

from vigil.extract import Extractor
from vigil.extract.commentary import parse_commentary
from vigil.extract.lexicon import LexiconError
from vigil.extract.occurrence import tells_an_occurrence
from vigil.records import Document


def _tells(sentence: str, trigger: str) -> bool:
    t0 = sentence.index(trigger)
    return tells_an_occurrence(sentence, trigger=(t0, t0 + len(trigger)), sentence=(0, len(sentence)))


def _types(text: str) -> list[str]:
    doc = Document(id="commentary-test", source_id="test", text=text, published=date(2024, 3, 6))
    return [m.type for m in Extractor()(doc).mentions]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The audit demonstrated that the ministry had hidden its accounts.", "demonstrated"),
        ("Both parties have demonstrated their commitment to the talks.", "demonstrated"),
        ("Such demonstrations of force will not change the outcome of the talks.", "demonstrations"),
        ("The council will oversee the execution of the new housing plan.", "execution"),
        ("He accused the foreign firms of the looting of our natural resources.", "looting"),
        ("The senator harshly attacked the finance minister in a radio interview.", "attacked"),
        ("The bar association called the decree an attack on the judicial branch.", "attack"),
        ("No one should welcome the envoy of a government that murders priests and teachers.", "murders"),
        ("The party leader said the regime is known for torturing its critics.", "torturing"),
        ("The union blamed officers who kidnap and torture its members.", "kidnap"),
        ("We must also fight the traffickers with the law in our hands.", "fight"),
        ("Farmers who grow the crop should not be jailed, the minister said.", "jailed"),
        ("The killing of unarmed villagers must stop, the bishop told the crowd.", "killing"),
        ("The archbishop asked the candidates to choose dialogue instead of violence.", "violence"),
        ("Relations between the two ministers soured, with open clashes and disagreements over the budget.", "clashes"),
        ("The delegates at the meeting clashed when one of them accused the chair of bias.", "clashed"),
        ("The two candidates clashed verbally on the radio last night.", "clashed"),
        ("The summit was marked by a clash of visions between the northern and southern states.", "clash"),
        ("The injured driver is still fighting for his life in the district hospital.", "fighting"),
        ("Her long fight for justice for the murdered journalist has made her famous.", "fight"),
    ],
)
def test_commentary_is_no_occurrence(sentence: str, trigger: str) -> None:
    assert not _tells(sentence, trigger)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Thousands demonstrated outside the parliament on Sunday.", "demonstrated"),
        ("The demonstration of nurses blocked the avenue for two hours.", "demonstration"),
        ("The execution of two prisoners at dawn drew protests from the bar.", "execution"),
        ("Soldiers looted the shops of the market town overnight.", "looted"),
        ("Militiamen attacked the village and pillaged the natural resources of its farms.", "pillaged"),
        ("Gunmen attacked the judge's convoy on the coast road.", "attacked"),
        ("Rival militias clashed in the market town on Sunday, leaving six dead.", "clashed"),
        ("Clashes and looting spread to the northern suburbs overnight.", "Clashes"),
        ("Rebels and soldiers fought for control of the bridge until dawn.", "fought"),
        ("Unidentified men attacked the offices of the newspaper with stones.", "attacked"),
        ("The government that took power in March arrested the union leaders.", "arrested"),
        ("The gunmen who killed the mayor fled on motorcycles.", "killed"),
        ("That attack left the town without power for a week.", "attack"),
        ("The killing of the mayor must be investigated, the bishop said.", "killing"),
    ],
)
def test_acts_stay_events(sentence: str, trigger: str) -> None:
    assert _tells(sentence, trigger)


def test_a_death_squad_or_a_death_sentence_is_no_killing() -> None:
    assert _types("The party still has its own death squads, the rebel radio said.") == []
    assert _types("The court upheld the death sentence of the former colonel.") == []
    assert _types("Death squads killed four farmers near the dam on Tuesday.") == ["attack"]


def test_a_malformed_commentary_file_names_the_field() -> None:
    with pytest.raises(LexiconError, match="figures"):
        parse_commentary({"kinds": {}}, where="commentary.yaml")
    with pytest.raises(LexiconError, match="kinds"):
        parse_commentary({"figures": [{"triggers": "x", "after": "y"}], "kinds": {}}, where="commentary.yaml")
    with pytest.raises(LexiconError, match=r"figures\[0\]"):
        parse_commentary({"figures": [{"triggers": "x"}]}, where="commentary.yaml")


def test_a_diplomatic_protest_is_no_protest_event() -> None:
    assert not _tells("The foreign minister sent his neighbour a protest note over the border incident.", "protest")
    assert not _tells("The government strongly protests the decision to grant the visa.", "protests")
    assert _tells("Hundreds of students protested outside the ministry on Friday.", "protested")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("We want the violence that began under the old junta to end once and for all.", "violence"),
        ("The shelling of the hospitals, which the envoy called a crime, has to stop.", "shelling"),
        ("The recruit said an instructor taught them how to use explosives in the camp.", "explosives"),
    ],
)
def test_demands_and_lessons_are_no_occurrence(sentence: str, trigger: str) -> None:
    assert not _tells(sentence, trigger)


def test_a_killing_with_a_demand_after_it_is_still_told() -> None:
    assert _tells("Soldiers killed five farmers and the bishop said the raids must stop.", "killed")
    assert _tells("Troops fired on the crowd to end the march.", "fired on")


def test_the_headline_of_a_linked_story_is_no_event() -> None:
    text = "Police dispersed the march with batons on Friday.\nAlso read: Editor arrested in the capital\nMore news."
    t0 = text.index("arrested")
    assert not tells_an_occurrence(text, trigger=(t0, t0 + 8), sentence=(text.index("Also"), text.index("\nMore")))
    assert _tells("Readers said the editor was arrested at dawn.", "arrested")


def test_a_fierce_or_frontal_attack_is_still_an_attack() -> None:
    assert _tells("Rebels fiercely attacked the garrison at the river crossing.", "attacked")
    assert _tells("The army's frontal assault on the old city began at dawn.", "assault")


@pytest.mark.parametrize(
    "text",
    [
        "File photo: Smoke rises over the depot after an air strike on the port city, 3 May 2021",
        "FILE - Police detain a student during a march in the capital, on Sept. 4, 2019.",
        "Mourners gather at the site of the bombing in the market town (AFP or licensors)\nBy A Reporter",
        "Relatives wait outside the clinic after the attack on the camp (Reuters file photo)",
    ],
)
def test_a_picture_caption_is_no_occurrence(text: str) -> None:
    assert _types(text) == []


def test_a_story_sentence_before_a_credit_line_still_tells() -> None:
    text = (
        "Gunmen attacked the bus station on Sunday, killing four passengers. (Photo: representational image)\n"
        "Residents at the site of the attack (AFP)"
    )
    assert _types(text) == ["attack"]
