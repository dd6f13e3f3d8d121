"""Victim groups read from the event's sentence: identity, faith, and conflicts over water, pasture and weather."""

from vigil.extract.roles import find_roles, load_roles


def _groups(sentence: str, trigger: str, type: str = "attack") -> set[str]:
    t0 = sentence.index(trigger)
    roles = find_roles(load_roles(), sentence, sentence=(0, len(sentence)), trigger=(t0, t0 + len(trigger)), type=type)
    return {g for v in roles.victims for g in v.groups}


def test_clan_and_tribe_fighting_is_ethnic() -> None:
    assert "ethnic" in _groups("Two clan militias clashed near the wells of Doolow.", "clashed", "armed_clash")
    assert "ethnic" in _groups("Three herders were shot dead by men from a rival tribe.", "shot dead")
    assert "ethnic" not in _groups("Three herders were shot dead by unknown gunmen.", "shot dead")


def test_faith_of_victims_or_of_the_armed_group_is_religious() -> None:
    assert "religious" in _groups("Gunmen killed two Muslim traders on the market road.", "killed")
    assert "religious" in _groups("Jihadists killed four soldiers at a checkpoint on Friday.", "killed")
    assert "religious" not in _groups("Bandits killed four soldiers at a checkpoint on Friday.", "killed")


def test_herders_or_cattle_alone_are_no_resource_conflict() -> None:
    groups = _groups("Gunmen shot a herder and drove away forty cattle.", "shot")
    assert not groups & {"resource_conflict", "climate"}


def test_disputes_over_water_and_pasture_are_resource_conflicts() -> None:
    assert "resource_conflict" in _groups(
        "Two villages fought over grazing land and five people were killed.", "killed"
    )
    assert "resource_conflict" in _groups("The clash followed a dispute over a water point.", "clash", "armed_clash")


def test_drought_and_floods_in_the_sentence_are_climate() -> None:
    assert "climate" in _groups("Militiamen attacked villagers displaced by the drought.", "attacked")
    assert "climate" in _groups("Fighters broke the river banks, causing flooding that killed two.", "killed")
    assert "climate" not in _groups("Fighters flooding into the town killed two.", "killed")


def test_a_wife_or_a_female_victim_is_a_woman() -> None:
    assert "women" in _groups("A gunman killed the wife of a local chief.", "killed")
    assert "women" in _groups("A woman, a trader from the next village, was shot on the road.", "shot")
    assert "women" not in _groups("A trader from the next village was shot on the road.", "shot")


def test_armed_groups_named_with_a_space_or_a_hyphen() -> None:
    assert "religious" in _groups("Al Shabaab militants killed three soldiers in the village.", "killed")
    assert "religious" in _groups("Al-Qaeda fighters killed three soldiers in the village.", "killed")


def test_a_people_named_as_the_armed_side_is_ethnic() -> None:
    assert "ethnic" in _groups("Nuer youths attacked a cattle camp, killing six.", "attacked")
    assert "ethnic" not in _groups("Soldiers attacked a cattle camp, killing six.", "attacked")
