"""The built-in data: kinds in the taxonomy, backers known, aliases unambiguous, coverage of the conflicts."""

from __future__ import annotations

import pytest

from vigil.resolve import ActorDictionary
from vigil.resolve.actors.index import is_acronym
from vigil.taxonomy import load_taxonomy


def test_every_kind_is_in_the_taxonomy(actors: ActorDictionary) -> None:
    kinds = load_taxonomy().actor_kinds
    assert actors.entries
    for entry in actors.entries.values():
        assert entry.kind in kinds, entry.where


def test_every_reference_is_a_known_entry(actors: ActorDictionary) -> None:
    for entry in actors.entries.values():
        for backer in entry.backers:
            assert backer.name in actors.entries, f"{entry.where}: backer {backer.name}"
        for ref in (entry.parent, entry.forces, entry.police):
            assert ref is None or ref in actors.entries, f"{entry.where}: {ref}"


def test_forces_and_police_of_states_have_the_right_kind(actors: ActorDictionary) -> None:
    for entry in actors.entries.values():
        if entry.forces:
            assert actors.entries[entry.forces].kind == "state_forces", entry.name
        if entry.police:
            assert actors.entries[entry.police].kind == "police", entry.name
        if entry.state:
            assert entry.kind == "external" and entry.country, entry.name


def test_no_surface_form_names_two_entries(actors: ActorDictionary) -> None:
    seen: dict[str, str] = {}
    for entry in actors.entries.values():
        for form in (entry.name, *entry.aliases, *entry.demonyms, *entry.metonyms):
            key = form if is_acronym(form) else form.casefold().replace("'", "")
            assert seen.setdefault(key, entry.name) == entry.name, f"{form!r}: {seen[key]} and {entry.name}"


@pytest.mark.parametrize(
    "name",
    [
        # Syria
        "Syrian Arab Army", "Russian Armed Forces", "Islamic Revolutionary Guard Corps", "Hezbollah", "Liwa Fatemiyoun",
        "Harakat al-Nujaba", "Syrian Democratic Forces", "People's Protection Units", "Hayat Tahrir al-Sham",
        "Islamic State", "Free Syrian Army", "Turkish Armed Forces", "Syrian National Army",
        # Iraq
        "Iraqi Security Forces", "Popular Mobilization Forces", "Kata'ib Hezbollah", "Peshmerga",
        # Yemen
        "Houthis", "Saudi-led coalition", "Southern Transitional Council", "al-Qaeda in the Arabian Peninsula",
        # Myanmar
        "Tatmadaw", "Arakan Army", "People's Defence Force", "Kachin Independence Army",
        "Arakan Rohingya Salvation Army",
        # Sudan, South Sudan
        "Sudanese Armed Forces", "Rapid Support Forces", "Janjaweed", "South Sudan People's Defence Forces", "SPLA-IO",
        "White Army",
        # DR Congo
        "FARDC", "M23", "Allied Democratic Forces", "CODECO", "Mai-Mai", "Wazalendo",
        # Nigeria
        "Nigerian Army", "Boko Haram", "Islamic State West Africa Province", "Fulani militia", "Amotekun",
        # Ethiopia
        "Ethiopian National Defense Force", "Tigray People's Liberation Front", "Tigray Defense Forces", "Fano",
        "Oromo Liberation Army", "Eritrean Defence Forces",
        # Ukraine
        "Wagner Group", "Ukrainian Armed Forces", "Rosgvardia", "Donetsk People's Republic forces",
        "Luhansk People's Republic forces",
        # Israel / Palestine
        "Israel Defense Forces", "Israel Police", "Israeli settlers", "Hamas", "Qassam Brigades",
        "Palestinian Islamic Jihad", "Palestinian Authority Security Forces",
        # Afghanistan
        "Taliban", "Afghan National Defense and Security Forces", "Islamic State Khorasan Province",
        # Mexico
        "Jalisco New Generation Cartel", "Sinaloa Cartel", "Gulf Cartel", "Los Zetas", "Mexican National Guard",
        "Mexican Army",
        # India
        "Indian Army", "Indian Police", "Central Reserve Police Force", "Border Security Force", "Rapid Action Force",
        "Communist Party of India (Maoist)", "Bajrang Dal",
        # international
        "UN peacekeepers",
    ],
)  # fmt: skip
def test_coverage(actors: ActorDictionary, name: str) -> None:
    assert name in actors.entries


@pytest.mark.parametrize(
    ("actor", "backer"),
    [
        ("Hezbollah", "Iran"),
        ("Popular Mobilization Forces", "Iran"),
        ("Houthis", "Iran"),
        ("Liwa Fatemiyoun", "Iran"),
        ("Wagner Group", "Russia"),
        ("Donetsk People's Republic forces", "Russia"),
        ("Luhansk People's Republic forces", "Russia"),
        ("M23", "Rwanda"),
        ("Rapid Support Forces", "United Arab Emirates"),
        ("Syrian National Army", "Turkey"),
        ("Syrian Democratic Forces", "United States"),
        ("Yemeni Government Forces", "Saudi Arabia"),
    ],
)
def test_well_known_sponsorships(actors: ActorDictionary, actor: str, backer: str) -> None:
    assert backer in actors.sponsors_of(actor)


def test_disputed_sponsorships_are_marked_reported(actors: ActorDictionary) -> None:
    rsf = actors.entries["Rapid Support Forces"]
    assert [(b.name, b.reported) for b in rsf.backers] == [("United Arab Emirates", True)]
    assert not any(b.reported for b in actors.entries["Hezbollah"].backers)


def test_states_resolve_from_demonyms(actors: ActorDictionary) -> None:
    for adjective, state in [("Iranian", "Iran"), ("Russian", "Russia"), ("Syrian", "Syria"), ("Rwandan", "Rwanda")]:
        match = actors.find(f"{adjective}-backed fighters")[0]
        assert [b.actor for b in match.backers] == [state]
