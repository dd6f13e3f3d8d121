from corroborate_helpers import WIRE, doc, mention, place

from vigil.corroborate import Corroborator
from vigil.records import Actor


def test_the_same_event_in_different_wording_joins() -> None:
    c = Corroborator()
    wire = doc(WIRE, source="Meridian Wire")
    un = doc(
        "The UN Mission in Varnland is appalled by the air strike on a residential building in Kessa, Varno, on "
        "11 March. 12 civilians were killed, among them three children.",
        source="UN Mission in Varnland",
        day=12,
    )
    first = c.add(mention("w", wire, where=place("Kessa"), killed=(14, None)), document=wire)
    second = c.add(mention("u", un, where=place("Kessa"), killed=(12, 12)), document=un)
    assert second.event.id == first.event.id and not second.created
    assert second.event.n_sources == 2


def test_a_report_dated_the_day_before_with_another_type_still_joins_at_the_same_place() -> None:
    c = Corroborator()
    a = doc("At least 82 civilians were killed in Tesk on 13 March by troops.", source="UN Mission in Varnland")
    b = doc("Soldiers shot dead 82 people in Tesk on 12 March, survivors said.", source="Sulat Observer")
    c.add(mention("a", a, type="attack", where=place("Tesk"), day=13, killed=(82, None)), document=a)
    update = c.add(mention("b", b, type="attack", where=place("Tesk"), day=12, killed=(82, 82)), document=b)
    assert not update.created


def test_two_strikes_on_two_neighbourhoods_on_the_same_day_stay_apart() -> None:
    c = Corroborator()
    kessa = doc(WIRE, source="Meridian Wire")
    dorin = doc(
        "VARNO (Northgate) - Warplanes struck a bakery in the Dorin district of Varno on 11 March, killing six "
        "people waiting for bread, residents said.",
        source="Northgate Press Agency",
    )
    a = c.add(mention("k", kessa, where=place("Kessa"), killed=(14, None)), document=kessa)
    b = c.add(mention("d", dorin, where=place("Dorin"), killed=(6, 6)), document=dorin)
    assert b.created and a.event.id != b.event.id
    assert len(c) == 2


def test_a_city_level_report_joins_a_district_event_its_reports_place_in_that_city() -> None:
    c = Corroborator()
    kessa = doc(WIRE, source="Meridian Wire")
    city = doc("An air raid on Varno on 11 March killed at least 14 people in a residential block.", source="Radio")
    a = c.add(mention("k", kessa, where=place("Kessa")), document=kessa)
    b = c.add(mention("v", city, where=place("Varno")), document=city)
    assert b.event.id == a.event.id


def test_with_coordinates_districts_a_few_kilometres_apart_stay_apart_and_the_city_contains_them() -> None:
    c = Corroborator()
    d1 = doc("Strike on the first district.", source="A")
    d2 = doc("Strike on the second district.", source="B")
    d3 = doc("Strike on the city.", source="C")
    p1 = place("Kessa", lat=44.80, lon=20.45, precision="district")
    p2 = place("Dorin", lat=44.83, lon=20.48, precision="district")
    city = place("Varno", lat=44.81, lon=20.46, precision="city")
    a = c.add(mention("a", d1, where=p1), document=d1)
    b = c.add(mention("b", d2, where=p2), document=d2)
    assert b.created
    joined = c.add(mention("c", d3, where=city), document=d3)
    assert not joined.created and joined.event.id in {a.event.id, b.event.id}


def test_the_same_place_four_days_later_is_another_event() -> None:
    c = Corroborator()
    a = doc("Shelling of the central market in Halvik killed nine people on 14 March.", source="Meridian Wire")
    b = doc("Artillery shells struck the hospital in Halvik on 18 March, killing four.", source="Halvik Courier")
    kind = "shelling_artillery_missile_attack"
    c.add(mention("a", a, type=kind, where=place("Halvik"), day=14), document=a)
    update = c.add(mention("b", b, type=kind, where=place("Halvik"), day=18), document=b)
    assert update.created


def test_incompatible_types_at_the_same_place_and_day_stay_apart() -> None:
    c = Corroborator()
    a = doc("Gunmen abducted 31 students from a boarding school in Brenmoor on 3 March.", source="Evening Post")
    b = doc("Soldiers and rebels clashed in Brenmoor on 3 March; eight rebels were killed.", source="Northgate")
    c.add(mention("a", a, type="abduction_forced_disappearance", where=place("Brenmoor"), day=3), document=a)
    update = c.add(mention("b", b, type="armed_clash", where=place("Brenmoor"), day=3), document=b)
    assert update.created


def test_an_attack_and_shelling_of_civilians_are_compatible_types() -> None:
    c = Corroborator()
    a = doc("Shells hit the market in Halvik on 14 March, killing nine civilians.", source="Meridian Wire")
    b = doc("Nine civilians were killed in an attack on the market in Halvik on 14 March.", source="Courier")
    c.add(mention("a", a, type="shelling_artillery_missile_attack", where=place("Halvik"), day=14), document=a)
    update = c.add(mention("b", b, type="attack", where=place("Halvik"), day=14), document=b)
    assert not update.created


def test_a_mention_needs_an_id() -> None:
    import pytest

    d = doc("Text.", source="A")
    with pytest.raises(ValueError, match="no id"):
        Corroborator().add(mention("", d), document=d)


def test_two_reports_of_a_battle_join_and_gather_its_sides() -> None:
    c = Corroborator()
    a = doc("Army units fought Kessa Front fighters at the Varno bridge on 11 March.", source="Meridian Wire")
    b = doc("Clashes between soldiers and the Kessa Front left six dead at the bridge.", source="Varno Daily")
    one = mention("a", a, type="armed_clash", where=place("Varno"))
    one.sides = [Actor(text="Army units", kind="state_forces"), Actor(text="Kessa Front fighters", kind="rebel_group")]
    two = mention("b", b, type="armed_clash", where=place("Varno"))
    two.sides = [Actor(text="soldiers", kind="state_forces"), Actor(text="the Kessa Front", kind="rebel_group")]
    c.add(one, document=a)
    joined = c.add(two, document=b)
    assert not joined.created and joined.event.perpetrators == []
    assert [s.text for s in joined.event.sides] == [
        "Army units",
        "Kessa Front fighters",
        "soldiers",
        "the Kessa Front",
    ]
