"""A directory of good and bad files: every good document comes out, every bad one is named."""

from __future__ import annotations

import json
from pathlib import Path

from ingest_samples import ENGLISH, RSS

from vigil.ingest import IngestOptions, discover, read_source
from vigil.records import Document, RawSource, Rejection

BROKEN_FEED = RSS  # its second item has no description


def _write_corpus(root: Path) -> None:
    (root / "notes").mkdir()
    (root / "a_report.txt").write_text(ENGLISH, encoding="utf-8")
    (root / "notes" / "b_brief.md").write_text("# Brief\n\nA curfew was declared in Osu.\n", encoding="utf-8")
    (root / "c_image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
    (root / "d_empty.txt").write_bytes(b"")
    (root / "e_blank.txt").write_bytes(b"  \n\t\n")
    (root / "f_latin1.txt").write_bytes("Le caf\u00e9 a \u00e9t\u00e9 d\u00e9truit.".encode("latin-1"))
    lines = [
        json.dumps({"id": "r1", "text": "Two houses burned in Lira.", "published": "2024-01-03"}),
        '{"id": "r2", "text": "unterminated',
        "",
        json.dumps({"text": "Police fired tear gas at marchers in Gulu."}),
    ]
    (root / "g_records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "h_feed.xml").write_bytes(BROKEN_FEED)
    (root / ".hidden.txt").write_text("should not be read", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "config.txt").write_text("should not be read either", encoding="utf-8")


def test_directory_keeps_every_good_document_and_names_every_bad_file(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    uris, rejected = discover([str(tmp_path)])
    assert rejected == []
    assert [Path(u).name for u in uris] == [
        "a_report.txt",
        "c_image.png",
        "d_empty.txt",
        "e_blank.txt",
        "f_latin1.txt",
        "g_records.jsonl",
        "h_feed.xml",
        "b_brief.md",
    ]
    items = [item for uri in uris for item in read_source(uri, options=IngestOptions())]
    documents = {d.source_id: d for d in items if isinstance(d, Document)}
    rejections = [r for r in items if isinstance(r, Rejection)]

    jsonl = str(tmp_path / "g_records.jsonl")
    assert set(documents) == {
        str(tmp_path / "a_report.txt"),
        str(tmp_path / "notes" / "b_brief.md"),
        "r1",
        f"{jsonl}#4",
        "lm-1",
        "https://monitor.example/a/3",
    }
    assert documents[str(tmp_path / "a_report.txt")].text == ENGLISH
    assert documents["r1"].text == "Two houses burned in Lira."
    assert documents["lm-1"].source == "Lakeside Monitor"

    by_location = {(r.location, r.line): r.reason for r in rejections}
    assert len(by_location) == len(rejections) == 6
    assert "binary" in by_location[(str(tmp_path / "c_image.png"), None)]
    assert "empty file (0 bytes)" in by_location[(str(tmp_path / "d_empty.txt"), None)]
    assert "only whitespace" in by_location[(str(tmp_path / "e_blank.txt"), None)]
    assert by_location[(str(tmp_path / "f_latin1.txt"), None)].startswith("invalid UTF-8 at byte offset 6")
    assert by_location[(jsonl, 2)].startswith("invalid JSON: Unterminated string")
    feed_reason = by_location[(f"{tmp_path / 'h_feed.xml'}#entry-2", None)]
    assert "entry 2" in feed_reason and "no text" in feed_reason


def test_every_source_yields_its_raw_bytes_first_and_documents_point_to_them(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    uris, _ = discover([str(tmp_path)])
    for uri in uris:
        items = list(read_source(uri, options=IngestOptions()))
        raw = items[0]
        assert isinstance(raw, RawSource)
        assert raw.uri == uri
        assert raw.content == Path(uri).read_bytes()
        for item in items[1:]:
            assert not isinstance(item, RawSource)
            if isinstance(item, Document):
                assert item.raw_sha256 == raw.sha256
                assert item.retrieved == raw.retrieved
