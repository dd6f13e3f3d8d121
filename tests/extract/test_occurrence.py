"""A sentence that sums events, asks, names a kind of violence, a period or an aim gives no event; one that
tells an occurrence still does."""

from datetime import date

import pytest

from vigil.extract import Extractor
from vigil.extract.lexicon import LexiconError
from vigil.extract.occurrence import parse_occurrence, tells_an_occurrence
from vigil.records import Document


def _tells(sentence: str, trigger: str, type_: str | None = None) -> bool:
    t0 = sentence.index(trigger)
    return tells_an_occurrence(sentence, trigger=(t0, t0 + len(trigger)), sentence=(0, len(sentence)), type_=type_)


def _types(text: str) -> list[str]:
    doc = Document(id="occurrence-test", source_id="test", text=text, published=date(2024, 3, 6))
    return [m.type for m in Extractor()(doc).mentions]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Nearly 400 people have been killed since the start of the war, the agency said on Friday.", "killed"),
        ("At least 90 teachers have been killed so far this year in the northern provinces.", "killed"),
        ("Over the past six months, some 200 villagers have been killed in the hills.", "killed"),
        ("The rebellion, a conflict that has claimed 40,000 lives, is in its tenth year.", "conflict"),
        ("It was the third council meeting since the fighting between the two armies began in May.", "fighting"),
        (
            "The envoy called it the fourth closed session since fighting between the national army and the"
            " province’s former ruling party began in March.",
            "fighting",
        ),
        ("After three weeks of fighting, the market streets stand empty.", "fighting"),
        ("Who ordered the raid on the clinic?", "raid"),
        ("The regional leaders called for an immediate ceasefire between the two armies.", "ceasefire"),
        ("The opposition demanded the arrest of the district governor.", "arrest"),
        ("The union issued a call for a general strike across the province.", "general strike"),
        ("The mayor said the militia had sent men to attack the ferry.", "attack"),
        ("The kind of violence that drives families from their farms has no single cause.", "violence"),
        ("Survivors tend to hide sexual violence from their own families for years.", "sexual violence"),
        ("The air force commander was dismissed by decree last week.", "air force"),
        ("The seized truck carried forty mortars and two crates of rifles.", "mortars"),
        ("The minister praised the navy's part in the fight against drug trafficking.", "fight"),
        ("Donors pledged new funds for the war on drugs in the border provinces.", "war"),
        ("The regime keeps bombing the civilian population, the rebel radio said.", "bombing"),
        ("Economists warn of a social explosion if bread prices rise again.", "explosion"),
        ("The explosion of anger in the suburbs surprised the ministers.", "explosion"),
        ("Beatings of porters at the market are a common practice of the guards.", "Beatings"),
        ("The bishop urged both armies to stop the shelling of the valley towns.", "shelling"),
        ("Delegates demanded an immediate end to the bombing raids.", "bombing"),
    ],
)
def test_sums_questions_periods_and_aims_are_no_occurrence(sentence: str, trigger: str) -> None:
    assert not _tells(sentence, trigger)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Gunmen killed five people on Monday in the river town.", "killed"),
        ("Gunmen killed five people on Monday, bringing the toll since January to 60.", "killed"),
        ("Soldiers have killed seven farmers near the dam, residents said.", "killed"),
        ("The militia managed to kill two guards before it withdrew.", "kill"),
        ("Nearly 3,000 protesters have been arrested since June, a lawyers' group said.", "arrested"),
        ("The war has reached the capital: rebels shelled the airport yesterday.", "shelled"),
        ("Guards regularly beat the detainees in the basement cells, two former prisoners said.", "beat"),
        ("Air force helicopters rocketed the hamlet at dawn.", "helicopters"),
        ("Two mortars landed near the clinic in the old town.", "mortars"),
        ("The fighting against the rebels in the hills lasted until dusk on Sunday.", "fighting"),
        ("Jets bombed the civilian population of two hamlets near the lake.", "bombed"),
        ("The editor was jailed in the island nation after a week in hiding.", "jailed"),
        ("The explosion tore through the bus depot at noon.", "explosion"),
        ("Police used stun grenades and water cannon to disperse the marchers.", "grenades"),
        ("Police fired tear gas to disperse the marchers outside the court.", "disperse"),
        ("Security units conducted raids to detain the union's leaders.", "detain"),
        ("At the end of the siege shelling killed four farmers near the river.", "shelling"),
        ("A panel was set up in answer to the demands by the protesters outside the ministry.", "protesters"),
    ],
)
def test_occurrences_stay_events(sentence: str, trigger: str) -> None:
    assert _tells(sentence, trigger, type_="arrests" if trigger == "arrested" else None)


def test_a_toll_gives_no_event_but_the_day_s_killing_does() -> None:
    toll = "More than 1,200 civilians have been killed in the province since the insurgency began in 2019."
    assert _types(toll) == []
    assert _types("Gunmen killed six civilians in the province on Tuesday.") != []


def test_a_question_gives_no_event() -> None:
    assert _types("Why did the soldiers burn the school in the valley?") == []


def test_a_malformed_occurrence_file_names_the_field() -> None:
    with pytest.raises(LexiconError, match="tolls"):
        parse_occurrence({"time": {}}, where="occurrence.yaml")


def test_a_sum_of_disappearances_over_years_is_a_toll_but_one_detention_since_a_year_is_none() -> None:
    years = "Over the past nine years more than 140 people have disappeared in the province, the commission said."
    assert not _tells(years, "disappeared", type_="abduction_forced_disappearance")
    held = "The lawyer has been detained in the capital's main prison since 2016."
    assert _tells(held, "detained", type_="arrests")


@pytest.mark.parametrize(
    ("sentence", "trigger", "tells"),
    [
        ("Elders said armed youths were mobilising to launch revenge attacks on the cattle camps.", "attacks", False),
        ("The villagers were moved in order to proceed with the bombing of the hill hamlets.", "bombing", False),
        ("The militia managed to carry out two attacks on the convoy before dawn.", "attacks", True),
        ("Rebels launched two attacks on the convoy before dawn.", "attacks", True),
    ],
)
def test_the_object_of_a_plan_is_no_occurrence(sentence: str, trigger: str, tells: bool) -> None:
    assert _tells(sentence, trigger) is tells
