"""Who an actor acts for, read from the wording around it."""

from __future__ import annotations

from vigil.resolve import ActorDictionary, ActorMatch


def backers(match: ActorMatch) -> list[tuple[str, str | None]]:
    return [(b.text, b.actor) for b in match.backers]


def test_adjective_proxies(actors: ActorDictionary) -> None:
    text = "Iranian proxies on the ground are preventing families from leaving the enclave."
    match = actors.find(text)[0]
    assert match.text == "Iranian proxies"
    assert match.actor is None
    assert match.kind == "political_militia"
    assert backers(match) == [("Iranian", "Iran")]
    assert match.backers[0].span == (0, 7)
    assert match.backers[0].kind == "external"


def test_state_backed(actors: ActorDictionary) -> None:
    match = actors.find("Russian-backed separatists shelled the school.")[0]
    assert (match.text, match.kind) == ("separatists", "rebel_group")
    assert backers(match) == [("Russian", "Russia")]


def test_backed_with_words_between_and_metonyms(actors: ActorDictionary) -> None:
    match = actors.find("Tehran-backed Shiite militias moved in.")[0]
    assert match.text == "Shiite militias"
    assert match.groups == ["religious"]
    assert backers(match) == [("Tehran", "Iran")]
    match = actors.find("The UAE-backed Security Belt detained him.")[0]
    assert match.actor == "Security Belt Forces"
    assert backers(match) == [("UAE", "United Arab Emirates")]


def test_loyal_to_the_president(actors: ActorDictionary) -> None:
    match = actors.find("Militias loyal to the president burned the market.")[0]
    assert match.text == "Militias"
    assert match.kind == "political_militia"
    assert backers(match) == [("president", None)]
    # the backer is not reported as a separate actor mention
    assert len(actors.find("Militias loyal to the president burned the market.")) == 1


def test_loyal_to_a_named_person(actors: ActorDictionary) -> None:
    match = actors.find("Fighters loyal to General Abdel Fattah burned it.")[0]
    assert backers(match) == [("General Abdel Fattah", None)]


def test_which_is_backed_by(actors: ActorDictionary) -> None:
    matches = actors.find("Hezbollah, which is backed by Iran, denied the claim.")
    assert len(matches) == 1
    assert matches[0].actor == "Hezbollah"
    assert backers(matches[0]) == [("Iran", "Iran")]


def test_backed_by_several(actors: ActorDictionary) -> None:
    match = actors.find("Forces backed by Russia and Iran advanced.")[0]
    assert backers(match) == [("Russia", "Russia"), ("Iran", "Iran")]


def test_possessive_proxies(actors: ActorDictionary) -> None:
    match = actors.find("Iran's proxies in the region struck again.")[0]
    assert match.text == "Iran's proxies"
    assert backers(match) == [("Iran", "Iran")]


def test_possessive_forces_are_the_states_own(actors: ActorDictionary) -> None:
    match = actors.find("Russia's forces withdrew.")[0]
    assert (match.actor, match.backers) == ("Russian Armed Forces", [])


def test_allied_with(actors: ActorDictionary) -> None:
    match = actors.find("Militiamen allied with the Sudanese army looted shops.")[0]
    assert match.text == "Militiamen"
    assert backers(match) == [("Sudanese army", "Sudanese Armed Forces")]
    match = actors.find("gunmen allied to Hamas")[0]
    assert backers(match) == [("Hamas", "Hamas")]


def test_army_and_allied_foreign_militiamen(actors: ActorDictionary) -> None:
    army, militiamen = actors.find("The army and allied Iraqi militiamen stormed the district.")
    assert (army.text, army.kind) == ("army", "state_forces")
    assert militiamen.text == "Iraqi militiamen"
    assert militiamen.kind == "political_militia"
    assert militiamen.country == "IQ"
    assert militiamen.origin is not None and militiamen.origin.actor == "Iraq"
    assert [(b.text, b.kind) for b in militiamen.backers] == [("army", "state_forces")]


def test_pro_prefix(actors: ActorDictionary) -> None:
    match = actors.find("pro-Assad militias stormed the town")[0]
    assert (match.text, match.kind) == ("militias", "political_militia")
    assert backers(match) == [("Assad", "Syria")]
    match = actors.find("pro-government militias")[0]
    assert backers(match) == [("government", None)]


def test_government_backed_then_dictionary_actor(actors: ActorDictionary) -> None:
    match = actors.find("the U.S.-backed SDF")[0]
    assert match.actor == "Syrian Democratic Forces"
    assert [b.actor for b in match.backers] == ["United States"]


def test_no_backer_without_wording(actors: ActorDictionary) -> None:
    for text in ("Hezbollah fired rockets.", "Syrian rebels and Iraqi civilians", "Houthi rebels and Iran"):
        assert all(m.backers == [] for m in actors.find(text)), text
    rebels = actors.find("Syrian rebels")[0]
    assert rebels.origin is not None and rebels.origin.actor == "Syria"
    assert rebels.actor is None


def test_bench_style_example(actors: ActorDictionary) -> None:
    text = "Russian-backed government forces killed civilians."
    forces, civilians = actors.find(text, country="SY")
    assert actors.to_actor(forces).to_dict() == {
        "text": "government forces",
        "span": [15, 32],
        "kind": "state_forces",
        "actor": "Syrian Arab Army",
        "backers": [{"text": "Russian", "span": [0, 7], "kind": "external", "actor": "Russia"}],
    }
    assert civilians.kind == "civilians"


def test_controlled_territory_is_not_backing(actors: ActorDictionary) -> None:
    matches = actors.find("Houthi-controlled Sanaa residents fled.")
    assert [(m.text, m.actor) for m in matches] == [("Houthi", "Houthis"), ("residents", None)]
    assert matches[1].backers == []


def test_foreign_origin_is_not_a_backer(actors: ActorDictionary) -> None:
    match = actors.find("Russian peacekeepers stood by.")[0]
    assert (match.actor, match.kind, match.backers) == (None, "external", [])
    assert match.origin is not None and match.origin.actor == "Russia"
