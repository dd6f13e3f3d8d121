"""The blocking index and the cheap checks that keep corroboration fast: they must never lose a match."""

import random

from vigil.corroborate.blocking import BlockIndex, cell, event_place_keys, mention_place_keys
from vigil.corroborate.copies import CopyIndex
from vigil.corroborate.places import FINE_REACH_KM, PlaceKey, Relation, distance_km, place_key, relation
from vigil.records import Place


def key(lat: float, lon: float, *, rank: int = 2, name: str = "", country: str = "XA") -> PlaceKey:
    return PlaceKey(name=name, lat=lat, lon=lon, rank=rank, country=country)


def test_a_bucket_holds_one_event_then_several_then_none() -> None:
    index = BlockIndex()
    entry = (10, ("n", "kessa"))
    index.file("ev-a", [entry])
    index.file("ev-a", [entry])  # filing twice changes nothing
    assert index.candidates([10], [("n", "kessa")]) == {"ev-a"} and len(index) == 1
    index.file("ev-b", [entry, (11, ("n", "kessa"))])
    assert index.candidates([9, 10], [("n", "kessa"), ("n", "dorin")]) == {"ev-a", "ev-b"}
    assert len(index) == 2
    index.unfile("ev-a", [entry])
    assert index.candidates([10, 11], [("n", "kessa")]) == {"ev-b"}
    index.unfile("ev-c", [entry])  # not filed there: nothing happens
    assert index.candidates([10], [("n", "kessa")]) == {"ev-b"}
    index.unfile("ev-b", [entry, (11, ("n", "kessa"))])
    assert index.candidates([10, 11], [("n", "kessa")]) == set() and len(index) == 0


def test_a_mention_finds_every_fine_place_within_reach_and_every_coarse_place_around() -> None:
    rng = random.Random(3)
    for _ in range(400):
        lat, lon = rng.uniform(-60, 60), rng.uniform(-170, 170)
        here = key(lat, lon, rank=rng.choice((0, 1, 2)))
        looked = mention_place_keys(here)
        for _ in range(20):
            there = key(lat + rng.uniform(-0.6, 0.6), lon + rng.uniform(-0.6, 0.6), rank=rng.choice((0, 1, 2, 3)))
            filed = event_place_keys([there])
            close = relation(here, there) is not Relation.DISTINCT
            if close:  # a place that can be this one or hold it is always looked at
                assert filed & looked, (here, there)
            if there.rank >= 3:
                row, col = cell(there)
                if abs(row - cell(here)[0]) <= 1 and abs(col - cell(here)[1]) <= 1:
                    assert filed & looked
    far = key(10.0, 20.0)
    assert not event_place_keys([key(10.0, 21.2)]) & mention_place_keys(far) - {("c", "XA")}


def test_the_latitude_check_agrees_with_the_distance() -> None:
    rng = random.Random(5)
    for _ in range(2000):
        a = key(rng.uniform(-50, 50), rng.uniform(-50, 50), rank=rng.choice((0, 1, 2, 3)), name="x")
        b = key(a.lat + rng.uniform(-3, 3), a.lon + rng.uniform(-0.2, 0.2), rank=rng.choice((0, 1, 2, 3)), name="x")  # type: ignore[operator]
        r = relation(a, b)
        if distance_km(a, b) > 250:
            assert r is Relation.DISTINCT
        if a.rank <= 2 and b.rank <= 2 and distance_km(a, b) > FINE_REACH_KM:
            assert r is Relation.DISTINCT


def test_place_keys_are_shared_and_compare_by_value() -> None:
    town = Place(text="Kessa district", name="Kessa", lat=1.5, lon=2.5, precision="city", country="xa")
    a, b = (
        place_key(town),
        place_key(Place(text="Kessa", name="Kessa", lat=1.5, lon=2.5, precision="city", country="XA")),
    )
    assert a is not None and a == b and a.country == "XA"
    assert a == PlaceKey(name="kessa", lat=1.5, lon=2.5, rank=2, country="XA")


def test_retired_documents_are_named() -> None:
    copies = CopyIndex()
    text = "Shelling hit the market of Dorin on Tuesday morning, killing four traders and wounding nine."
    copies.add("d1", text, day=1)
    copies.add("d2", "Reprint: " + text, day=5)
    assert copies.retire_documents(before_day=3) == ["d1"]
    assert "d1" not in copies and "d2" in copies and copies.retire(before_day=9) == 1 and len(copies) == 0
