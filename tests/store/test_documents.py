"""Raw sources and documents: round trips, stored once, found by hash, prefix or given id."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from vigil.records import Document, RawSource
from vigil.store import Store
from vigil.store.schema import document_sources

REPORT = "Militia fighters burned homes in the village of Eastfield overnight, residents said."


def test_raw_round_trip_and_dedupe(store: Store) -> None:
    when = datetime(2024, 5, 1, 12, 30, 15, 250000, tzinfo=timezone(timedelta(hours=2)))
    raw = RawSource(
        uri="file:///in/report.html", content=b"<p>\x00\xffbytes</p>", retrieved=when, media_type="text/html"
    )
    assert store.add_raw(raw) is True
    assert store.add_raw(RawSource(uri="https://elsewhere.example/copy", content=raw.content)) is False
    got = store.get_raw(raw.sha256)
    assert got is not None
    assert got.content == raw.content
    assert got.uri == "file:///in/report.html"
    assert got.media_type == "text/html"
    assert got.retrieved == when
    assert got.retrieved.tzinfo is not None
    assert got.retrieved.utcoffset() == timedelta(0)
    assert store.get_raw("0" * 64) is None


def test_document_round_trip(store: Store) -> None:
    doc = Document(
        text=REPORT,
        source_id="feeds/wire.jsonl#3",
        title="Homes burned in Eastfield",
        source="Wire Service",
        url="https://news.example/eastfield",
        published=date(2024, 2, 29),
        retrieved=datetime(2024, 3, 1, 8, 0, tzinfo=UTC),
        language="en",
        raw_sha256="ab" * 32,
    )
    assert store.add_document(doc) is True
    got = store.get_document(doc.id)
    assert got == doc


def test_same_content_twice_is_stored_once_with_both_ids(store: Store) -> None:
    first = Document(text=REPORT, source_id="a/report.txt")
    second = Document(text=REPORT.replace(" ", "\n  ", 3), source_id="b/copy.txt", raw_sha256="cd" * 32)
    assert first.id == second.id
    assert store.add_document(first) is True
    assert store.add_document(second) is False
    assert store.add_document(first) is False  # the very same alias again is not recorded twice
    assert store.count_documents() == 1
    assert store.source_ids(first.id) == ["a/report.txt", "b/copy.txt"]
    kept = store.get_document(first.id)
    assert kept is not None
    assert kept.source_id == "a/report.txt"
    assert kept.text == REPORT


def test_same_source_id_with_other_raw_is_recorded(store: Store) -> None:
    store.add_document(Document(text=REPORT, source_id="same.txt", raw_sha256="01" * 32))
    store.add_document(Document(text=REPORT, source_id="same.txt", raw_sha256="02" * 32))
    store.add_document(Document(text=REPORT, source_id="same.txt", raw_sha256="02" * 32))
    assert store.source_ids(Document(text=REPORT, source_id="x").id) == ["same.txt"]
    with store.engine.connect() as conn:
        assert len(conn.execute(document_sources.select()).all()) == 2


def test_get_document_by_hash_prefix_and_source_id(store: Store) -> None:
    doc = Document(text=REPORT, source_id="inbox/42")
    other = Document(text="A second, unrelated report about a ceasefire in Westbrook.", source_id="inbox/43")
    store.add_document(doc)
    store.add_document(other)
    assert store.get_document(doc.id[:8]) == doc
    assert store.get_document(doc.id[:20].upper()) == doc
    assert store.get_document("inbox/43") == other
    assert store.get_document(doc.id[:7]) is None  # too short to be a prefix
    assert store.get_document("inbox/44") is None
    assert store.get_document("%%%%%%%%") is None  # LIKE wildcards are not wildcards here


def test_documents_in_insertion_order_and_by_ids(store: Store) -> None:
    texts = [f"Report number {n}: shelling reported near the river crossing." for n in range(7)]
    docs = [Document(text=t, source_id=f"r{n}") for n, t in enumerate(texts)]
    for doc in docs:
        store.add_document(doc)
    assert [d.source_id for d in store.documents()] == [f"r{n}" for n in range(7)]
    picked = [docs[5].id, docs[1].id, "f" * 64]
    assert [d.source_id for d in store.documents(ids=picked)] == ["r1", "r5"]
    assert list(store.documents(ids=[])) == []
    assert store.count_documents() == 7


def test_many_documents_page_through(store: Store) -> None:
    for n in range(1203):
        store.add_document(Document(text=f"Bulletin {n}.", source_id=f"b{n}"))
    seen = [d.source_id for d in store.documents()]
    assert seen == [f"b{n}" for n in range(1203)]
