"""Events: round trip, mention links, filters, append-only history and rollback."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from vigil.records import Actor, Event, EventChange, FigureRange, Mention, Place
from vigil.store import Store, StoreError

PLACE = Place(text="Northtown", span=(52, 61), name="Northtown", lat=10.5, lon=-3.25, country="XA", precision="city")


def make_place(*, country: str = "XA") -> Place:
    return replace(PLACE, country=country)


T0 = datetime(2024, 3, 6, 9, 0, tzinfo=UTC)


def make_event(mentions: list[Mention], **fields: object) -> Event:
    values: dict[str, object] = {
        "id": "evt-1",
        "type": "shelling_artillery_missile_attack",
        "mentions": mentions,
        "location": make_place(),
        "date_start": date(2024, 3, 5),
        "date_end": date(2024, 3, 5),
        "perpetrators": [Actor(text="army", actor="XA military", kind="state_forces")],
        "indicators": ["indiscriminate_attack"],
        "violations": ["killing"],
        "figures": [FigureRange(kind="killed", low=12, best=14, high=20, values=[{"mention": "m", "low": 12}])],
        "n_sources": len({m.document_id for m in mentions}) or 1,
        "grade": "corroborated",
        "review_status": "unreviewed",
        "history": [EventChange(at=T0, action="created", reason="first report", mention_id=mentions[0].id)],
    }
    values.update(fields)
    return Event(**values)


def test_event_round_trip(store: Store, add_extracted: Callable[..., list[Mention]]) -> None:
    a = add_extracted("First report of the Northtown shelling.")
    b = add_extracted("Second report of the Northtown shelling.", n=2)
    event = make_event([b[1], a[0]])
    store.save_event(event)
    got = store.get_event("evt-1")
    assert got == event
    assert [m.id for m in got.mentions] == [b[1].id, a[0].id]
    assert store.event_id_for_mention(a[0].id) == "evt-1"
    assert store.event_id_for_mention(b[0].id) is None
    assert store.get_event("evt-missing") is None


def test_a_battle_keeps_its_sides(store: Store, add_extracted: Callable[..., list[Mention]]) -> None:
    a = add_extracted("Troops and rebels fought near Northtown.")
    sides = [Actor(text="troops", kind="state_forces"), Actor(text="rebels", kind="rebel_group", actor="XA Front")]
    event = make_event([a[0]], type="armed_clash", perpetrators=[], sides=sides)
    store.save_event(event)
    got = store.get_event("evt-1")
    assert got is not None and got.sides == sides and got.perpetrators == []


def test_save_event_updates_and_replaces_links(store: Store, add_extracted: Callable[..., list[Mention]]) -> None:
    found = add_extracted("Report with three mentions.", n=3)
    store.save_event(make_event(found[:2]))
    store.save_event(make_event([found[2]], grade="single_source", review_status="confirmed", location=None))
    got = store.get_event("evt-1")
    assert got is not None
    assert [m.id for m in got.mentions] == [found[2].id]
    assert (got.grade, got.review_status, got.location) == ("single_source", "confirmed", None)
    assert store.event_id_for_mention(found[0].id) is None


def test_a_mention_moves_to_the_event_saved_last(store: Store, add_extracted: Callable[..., list[Mention]]) -> None:
    found = add_extracted("Two mentions, later split.", n=2)
    store.save_event(make_event(found))
    store.save_event(make_event([found[1]], id="evt-2"))
    assert store.event_id_for_mention(found[1].id) == "evt-2"
    first = store.get_event("evt-1")
    assert first is not None
    assert [m.id for m in first.mentions] == [found[0].id]


def test_history_is_append_only(store: Store, add_extracted: Callable[..., list[Mention]]) -> None:
    found = add_extracted("History report.", n=2)
    event = make_event(found[:1])
    store.save_event(event)
    merged = EventChange(
        at=T0 + timedelta(hours=1), action="merged", reason="same place and day", mention_id=found[1].id
    )
    event.mentions.append(found[1])
    event.history.append(merged)
    store.save_event(event)
    store.save_event(event)  # nothing new: nothing appended
    # a caller holding only the newest change still keeps the older ones
    graded = EventChange(at=T0 + timedelta(hours=2), action="graded", reason="two independent sources")
    store.save_event(make_event(found, history=[graded]))
    got = store.get_event("evt-1")
    assert got is not None
    assert [c.action for c in got.history] == ["created", "merged", "graded"]
    assert got.history[1] == merged
    assert all(c.at.tzinfo is not None for c in got.history)


def test_re_extraction_drops_event_links(store: Store, add_extracted: Callable[..., list[Mention]]) -> None:
    found = add_extracted("Report extracted twice.", n=2, source_id="twice.txt")
    store.save_event(make_event(found))
    add_extracted("Report extracted twice.", n=1, source_id="twice.txt")
    got = store.get_event("evt-1")
    assert got is not None
    assert got.mentions == []  # the new mention reuses the id, but corroboration has not linked it yet
    assert store.event_id_for_mention(found[0].id) is None
    assert [c.action for c in got.history] == ["created"]


def test_failed_save_leaves_earlier_data(store: Store, add_extracted: Callable[..., list[Mention]]) -> None:
    found = add_extracted("Rollback report.")
    store.save_event(make_event(found))
    ghost = Mention(document_id="d" * 64, type="attack", span=(0, 1), id="dddddddddddddddd-9")
    broken = make_event(
        [found[0], ghost],
        type="attack",
        history=[EventChange(at=T0 + timedelta(days=1), action="edited", reason="should not stay")],
    )
    with pytest.raises(StoreError) as info:
        store.save_event(broken)
    assert "dddddddddddddddd-9" in str(info.value)
    got = store.get_event("evt-1")
    assert got is not None
    assert got.type == "shelling_artillery_missile_attack"
    assert [m.id for m in got.mentions] == [found[0].id]
    assert [c.action for c in got.history] == ["created"]


def test_delete_event(store: Store, add_extracted: Callable[..., list[Mention]]) -> None:
    found = add_extracted("Deleted event report.")
    store.save_event(make_event(found))
    store.delete_event("evt-1")
    assert store.get_event("evt-1") is None
    assert store.event_id_for_mention(found[0].id) is None
    assert store.mentions(ids=[found[0].id]) == found  # the mention itself stays
    store.delete_event("evt-1")  # deleting twice is harmless


def test_event_filters(store: Store, add_extracted: Callable[..., list[Mention]]) -> None:
    m = add_extracted("Filter report.", n=5)
    specs = [
        ("e1", "attack", "XA", date(2024, 1, 1), date(2024, 1, 3), 1),
        ("e2", "abduction_forced_disappearance", "XA", date(2024, 1, 10), date(2024, 1, 10), 3),
        ("e3", "attack", "XB", date(2024, 2, 1), date(2024, 2, 28), 2),
        ("e4", "attack", "XA", date(2023, 12, 20), None, 1),
        ("e5", "attack", "XA", None, None, 4),
    ]
    for (eid, etype, country, start, end, n), mention in zip(specs, m, strict=True):
        store.save_event(
            make_event(
                [mention],
                id=eid,
                type=etype,
                location=make_place(country=country),
                date_start=start,
                date_end=end,
                n_sources=n,
            )
        )

    def ids(**filters: object) -> list[str]:
        return [e.id for e in store.events(**filters)]

    assert ids() == ["e4", "e1", "e2", "e3", "e5"]
    assert ids(types=["attack"]) == ["e4", "e1", "e3", "e5"]
    assert ids(types=["abduction_forced_disappearance", "attack"], country="XB") == ["e3"]
    assert ids(country="XA") == ["e4", "e1", "e2", "e5"]
    assert ids(date_from=date(2024, 1, 3), date_to=date(2024, 1, 9)) == ["e1"]  # overlaps on its last day
    assert ids(date_from=date(2024, 2, 15)) == ["e3"]  # inside a long range
    assert ids(date_to=date(2023, 12, 31)) == ["e4"]
    assert ids(date_from=date(2023, 12, 21), date_to=date(2023, 12, 31)) == []  # e4 is one day (no end)
    assert ids(min_sources=2) == ["e2", "e3", "e5"]
    assert ids(limit=2) == ["e4", "e1"]
    loaded = store.events(types=["attack"], country="XB")[0]
    assert [x.id for x in loaded.mentions] == [m[2].id]
    assert [c.action for c in loaded.history] == ["created"]
