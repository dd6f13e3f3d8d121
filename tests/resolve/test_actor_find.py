"""Known actors by name, alias and acronym; case rules; longest match; spans; generic kinds; victim groups."""

from __future__ import annotations

import itertools
import time

import pytest

from vigil.resolve import ActorDictionary, ActorMatch


def only(matches: list[ActorMatch], text: str) -> ActorMatch:
    found = [m for m in matches if m.text == text]
    assert len(found) == 1, [m.text for m in matches]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "surface", "actor", "kind"),
    [
        ("Shelling by the SAA hit the market.", "SAA", "Syrian Arab Army", "state_forces"),
        ("The Assad regime denied the report.", "Assad regime", "Syrian Arab Army", "state_forces"),
        ("Hizballah fighters crossed the border.", "Hizballah fighters", "Hezbollah", "political_militia"),
        ("Ansar Allah launched drones at dawn.", "Ansar Allah", "Houthis", "rebel_group"),
        ("The Hashd al-Shaabi took the town.", "Hashd al-Shaabi", "Popular Mobilization Forces", "political_militia"),
        ("Kataib Hezbollah claimed the strike.", "Kataib Hezbollah", "Kata'ib Hezbollah", "political_militia"),
        ("Kata'ib Hezbollah claimed the strike.", "Kata'ib Hezbollah", "Kata'ib Hezbollah", "political_militia"),
        ("RSF fighters looted the camp.", "RSF fighters", "Rapid Support Forces", "political_militia"),
        ("Janjaweed riders burned huts.", "Janjaweed", "Janjaweed", "political_militia"),
        ("Wagner mercenaries were seen near the mine.", "Wagner mercenaries", "Wagner Group", "political_militia"),
        ("The Tatmadaw bombed a school.", "Tatmadaw", "Tatmadaw", "state_forces"),
        ("Mayi-Mayi fighters attacked.", "Mayi-Mayi fighters", "Mai-Mai", "identity_militia"),
        ("Mai Mai groups attacked.", "Mai Mai", "Mai-Mai", "identity_militia"),
        ("ISWAP raided the base.", "ISWAP", "Islamic State West Africa Province", "rebel_group"),
        ("The IDF said it struck a target.", "IDF", "Israel Defense Forces", "state_forces"),
        ("CRPF jawans fired at the crowd.", "CRPF jawans", "Central Reserve Police Force", "police"),
        ("Naxalites blew up a culvert.", "Naxalites", "Communist Party of India (Maoist)", "rebel_group"),
        ("The CJNG left a banner.", "CJNG", "Jalisco New Generation Cartel", "political_militia"),
        ("ISIS-K claimed the bombing.", "ISIS-K", "Islamic State Khorasan Province", "rebel_group"),
        ("Blue helmets patrolled the camp.", "Blue helmets", "UN peacekeepers", "external"),
    ],
)
def test_known_actors_by_alias(actors: ActorDictionary, sentence: str, surface: str, actor: str, kind: str) -> None:
    match = only(actors.find(sentence), surface)
    assert (match.actor, match.kind) == (actor, kind)
    assert sentence[match.span[0] : match.span[1]] == surface


def test_short_acronyms_match_case_sensitively(actors: ActorDictionary) -> None:
    assert [m.actor for m in actors.find("IS fighters attacked; the SDF held.")] == [
        "Islamic State",
        "Syrian Democratic Forces",
    ]
    assert actors.find("This is what sdf and saa and isis meant.") == []
    # longer acronyms are matched whatever the case
    assert only(actors.find("the sspdf and iswap"), "sspdf").actor == "South Sudan People's Defence Forces"


def test_longest_match_wins_and_matches_do_not_overlap(actors: ActorDictionary) -> None:
    text = "The Free Syrian Army and Syrian Democratic Forces and the Kurdish-led Syrian Democratic Forces met."
    matches = actors.find(text)
    assert [m.actor for m in matches] == ["Free Syrian Army", "Syrian Democratic Forces", "Syrian Democratic Forces"]
    assert matches[2].text == "Kurdish-led Syrian Democratic Forces"
    ends = [m.span for m in matches]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))


def test_word_boundaries(actors: ActorDictionary) -> None:
    assert actors.find("Ratatmadawx and ISISlike and armyworms") == []


def test_spans_are_absolute_within_start_and_end(actors: ActorDictionary) -> None:
    text = "Intro text. Then Houthi rebels fired at Saudi-led coalition ships. Hamas too."
    start = text.index("Then")
    end = text.index(" Hamas")
    matches = actors.find(text, start=start, end=end)
    assert [m.actor for m in matches] == ["Houthis", "Saudi-led coalition"]
    for m in matches:
        assert text[m.span[0] : m.span[1]] == m.text
        assert start <= m.span[0] and m.span[1] <= end


def test_demonym_and_generic_forces_resolve_to_the_states_forces(actors: ActorDictionary) -> None:
    matches = actors.find("Russian troops and Iraqi soldiers and Israeli police and Myanmar military units")
    assert [(m.actor, m.kind) for m in matches] == [
        ("Russian Armed Forces", "state_forces"),
        ("Iraqi Security Forces", "state_forces"),
        ("Israel Police", "police"),
        ("Tatmadaw", "state_forces"),
    ]


def test_country_hint_names_generic_government_forces(actors: ActorDictionary) -> None:
    text = "Government forces shelled the district."
    assert actors.find(text)[0].actor is None
    hinted = actors.find(text, country="SD")[0]
    assert (hinted.actor, hinted.kind, hinted.country) == ("Sudanese Armed Forces", "state_forces", "SD")


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("unidentified attackers", "unknown"),
        ("gunmen", "unknown"),
        ("assailants", "unknown"),
        ("soldiers", "state_forces"),
        ("troops", "state_forces"),
        ("the army", "state_forces"),
        ("government forces", "state_forces"),
        ("regime forces", "state_forces"),
        ("security forces", "state_forces"),
        ("policemen", "police"),
        ("police officers", "police"),
        ("militiamen", "political_militia"),
        ("insurgents", "rebel_group"),
        ("jihadists", "rebel_group"),
        ("rebel fighters", "rebel_group"),
        ("a mob", "rioters"),
        ("rioters", "rioters"),
        ("demonstrators", "protesters"),
        ("villagers", "civilians"),
        ("residents", "civilians"),
        ("tribal militia", "identity_militia"),
        ("herders", "identity_militia"),
        ("an ethnic militia", "identity_militia"),
        ("two men in a car", "unknown"),
    ],
)
def test_generic_wording_gives_the_kind(actors: ActorDictionary, phrase: str, kind: str) -> None:
    actor = actors.normalize(phrase)
    assert actor.kind == kind
    assert actor.actor is None
    assert actor.text == phrase


@pytest.mark.parametrize(
    ("phrase", "groups", "kind"),
    [
        ("Rohingya villagers", ["ethnic"], "civilians"),
        ("Yazidi women", ["ethnic", "religious", "women"], "civilians"),
        ("Tutsi", ["ethnic"], "civilians"),
        ("Christians", ["religious"], "civilians"),
        ("Alawites", ["religious"], "civilians"),
        ("two girls", ["girls"], "civilians"),
        ("minors", ["children"], "civilians"),
        ("a reporter", ["journalists"], "civilians"),
        ("medics", ["health_workers"], "civilians"),
        ("aid workers", ["aid_workers"], "civilians"),
        ("human rights defenders", ["human_rights_defenders"], "civilians"),
        ("students", ["students"], "civilians"),
        ("IDPs", ["displaced"], "civilians"),
        ("refugees", ["refugees"], "civilians"),
        ("women protesters", ["women"], "protesters"),
    ],
)
def test_victim_groups(actors: ActorDictionary, phrase: str, groups: list[str], kind: str) -> None:
    actor = actors.normalize(phrase)
    assert actor.groups == groups
    assert actor.kind == kind
    assert actors.groups_in(phrase) == groups


def test_groups_in_a_longer_phrase(actors: ActorDictionary) -> None:
    assert actors.groups_in("Hindu and Muslim women, doctors and nurses") == ["religious", "women", "health_workers"]
    assert actors.groups_in("the weather was fine") == []


def test_normalize_a_known_actor(actors: ActorDictionary) -> None:
    actor = actors.normalize("Liwa Fatemiyoun")
    assert (actor.actor, actor.kind) == ("Liwa Fatemiyoun", "political_militia")
    assert actors.normalize("  ").kind == "unknown"


def test_to_actor_keeps_everything(actors: ActorDictionary) -> None:
    text = "Iranian-backed militias detained Kurdish activists."
    first, second = actors.find(text)
    record = actors.to_actor(first)
    assert record.to_dict() == {
        "text": "militias",
        "span": [15, 23],
        "kind": "political_militia",
        "backers": [{"text": "Iranian", "span": [0, 7], "kind": "external", "actor": "Iran"}],
    }
    assert actors.to_actor(second).groups == ["ethnic", "human_rights_defenders"]


def test_sponsors_of(actors: ActorDictionary) -> None:
    assert actors.sponsors_of("Hezbollah") == ["Iran"]
    assert actors.sponsors_of("hizballah") == ["Iran"]
    assert actors.sponsors_of("Wagner") == ["Russia"]
    assert actors.sponsors_of("M23") == ["Rwanda"]
    assert actors.sponsors_of("SNA") == ["Turkey"]
    assert actors.sponsors_of("SDF") == ["United States"]
    assert actors.sponsors_of("Yemeni army") == ["Saudi Arabia"]
    assert actors.sponsors_of("RSF") == ["United Arab Emirates"]
    assert actors.sponsors_of("RSF", include_reported=False) == []
    assert set(actors.sponsors_of("DPR")) == {"Russia"}
    assert actors.sponsors_of("nobody we know") == []


def test_find_is_fast(actors: ActorDictionary) -> None:
    sentence = (
        "On Monday government forces and allied militias shelled the northern villages, residents said, "
        "while water and power stayed cut in most neighbourhoods of the town for a third week. "
    )
    text = sentence * (1000 // len(sentence.split()) + 1)
    actors.find(text)
    started = time.perf_counter()
    for _ in range(20):
        actors.find(text)
    per_call = (time.perf_counter() - started) / 20
    assert per_call < 0.05  # generous for slow CI; a typical machine takes ~2 ms (see bench/)


def test_place_and_weapon_names_are_not_actors(actors: ActorDictionary) -> None:
    assert actors.find("Ships in the Sea of Azov were hit by Qassam rockets.") == []


def test_generic_settlers_are_not_the_israeli_entry(actors: ActorDictionary) -> None:
    match = actors.find("Fulani settlers were attacked.")[0]
    assert (match.actor, match.kind, match.groups) == (None, "identity_militia", ["ethnic"])
    assert actors.find("Israeli settlers torched cars.")[0].actor == "Israeli settlers"
