"""Each format read on its own: text, JSON, JSON Lines, CSV/TSV, HTML, feeds, sniffing, size and dates."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from ingest_samples import ARTICLE_HTML, ATOM, ENGLISH, RSS

from vigil.ingest import parse_published


def test_plain_text_keeps_text_but_drops_bom_and_normalises_newlines(tmp_path: Path, reader) -> None:
    path = tmp_path / "report"
    path.write_bytes(b"\xef\xbb\xbfFirst line\r\nsecond line\rthird  line\n")
    got = reader(str(path))
    assert got.rejections == []
    [doc] = got.documents
    assert doc.text == "First line\nsecond line\nthird  line\n"
    assert doc.source_id == str(path)
    assert doc.title is None
    assert got.raws[0].media_type == "text/plain"


def test_english_is_guessed_and_other_text_is_not_called_english(tmp_path: Path, reader) -> None:
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "fr.txt").write_text("Les soldats sont entrés dans le village et ont arrêté six hommes.", "utf-8")
    assert reader(str(tmp_path / "en.txt")).documents[0].language == "en"
    assert reader(str(tmp_path / "fr.txt")).documents[0].language == "fr"


def test_json_single_object_and_list(tmp_path: Path, reader) -> None:
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": "A bridge was blown up.", "title": "Bridge", "url": "https://x.example/b"}))
    [doc] = reader(str(single)).documents
    assert (doc.source_id, doc.title, doc.url) == (str(single), "Bridge", "https://x.example/b")

    many = tmp_path / "many.json"
    records = [
        {"id": 17, "text": "Shots were fired near the school.", "source": "Radio Kora", "published": "2024-05-01"},
        {"text": "A second report.", "published": "Wed, 01 May 2024 10:00:00 +0000"},
        {"title": "no text at all"},
        "not an object",
        {"text": "bad date", "published": "last Tuesday"},
        {"text": 42},
    ]
    many.write_text(json.dumps(records))
    got = reader(str(many))
    docs = got.by_source_id()
    assert set(docs) == {"17", f"{many}#1"}
    assert docs["17"].source == "Radio Kora"
    assert docs["17"].published == date(2024, 5, 1)
    assert docs[f"{many}#1"].published == date(2024, 5, 1)
    reasons = {r.location: r.reason for r in got.rejections}
    assert reasons[f"{many}#2"] == "missing field 'text'"
    assert "expected a JSON object" in reasons[f"{many}#3"]
    assert "'published'" in reasons[f"{many}#4"] and "last Tuesday" in reasons[f"{many}#4"]
    assert "'text' must be a string" in reasons[f"{many}#5"]


def test_json_file_that_is_not_json_is_rejected_with_the_error(tmp_path: Path, reader) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"text": "x",}')
    got = reader(str(path))
    assert got.documents == []
    [rejection] = got.rejections
    assert rejection.location == str(path)
    assert rejection.reason.startswith("invalid JSON")


def test_jsonl_line_numbers_and_ids(tmp_path: Path, reader) -> None:
    path = tmp_path / "feed.ndjson"
    path.write_text(
        "\n".join(
            [
                json.dumps({"text": "Line one text."}),
                "",
                json.dumps({"id": "x-9", "text": "Line three text."}),
                "[1, 2]",
                json.dumps({"text": "   "}),
                json.dumps({"text": "Line six.", "id": ["not", "an", "id"]}),
            ]
        )
    )
    got = reader(str(path))
    assert set(got.by_source_id()) == {f"{path}#1", "x-9"}
    assert [(r.line, r.location) for r in got.rejections] == [(4, str(path)), (5, str(path)), (6, str(path))]
    assert "expected a JSON object" in got.rejections[0].reason
    assert "'text' is empty" in got.rejections[1].reason
    assert "'id'" in got.rejections[2].reason


def test_csv_with_a_column_mapping(tmp_path: Path, reader) -> None:
    path = tmp_path / "articles.csv"
    path.write_text(
        "article_id,body,headline,date\n"
        'a1,"Gunmen attacked a bus, witnesses said.\nTwo were hurt.",Bus attack,2024-06-02\n'
        "a2,,Empty,2024-06-03\n"
        "a3,A market reopened.,Market,not a date\n"
        ",Aid arrived in Beni.,Aid,\n",
        encoding="utf-8",
    )
    mapping = {"text": "body", "id": "article_id", "title": "headline", "published": "date"}
    got = reader(str(path), csv_columns=mapping)
    docs = got.by_source_id()
    assert set(docs) == {"a1", f"{path}#6"}
    assert docs["a1"].text == "Gunmen attacked a bus, witnesses said.\nTwo were hurt."
    assert docs["a1"].title == "Bus attack"
    assert docs["a1"].published == date(2024, 6, 2)
    assert [(r.line, r.reason) for r in got.rejections] == [
        (4, "empty text (column 'body')"),
        (5, "field 'published' has an unparseable date: 'not a date'"),
    ]


def test_csv_missing_mapped_column_rejects_the_file(tmp_path: Path, reader) -> None:
    path = tmp_path / "a.csv"
    path.write_text("id,text\n1,Some text.\n")
    got = reader(str(path), csv_columns={"title": "headline"})
    assert got.documents == []
    [rejection] = got.rejections
    assert rejection.location == str(path)
    assert "'headline'" in rejection.reason
    default = reader(str(path))
    assert [d.source_id for d in default.documents] == ["1"]


def test_csv_without_text_column_and_tsv(tmp_path: Path, reader) -> None:
    no_text = tmp_path / "a.csv"
    no_text.write_text("id,body\n1,Some text.\n")
    assert "missing column 'text'" in reader(str(no_text)).rejections[0].reason
    tsv = tmp_path / "b.tsv"
    tsv.write_text("id\ttext\n7\tA road, closed.\n")
    [doc] = reader(str(tsv)).documents
    assert (doc.source_id, doc.text) == ("7", "A road, closed.")


def test_html_main_text_and_title(tmp_path: Path, reader) -> None:
    path = tmp_path / "page.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    [doc] = reader(str(path)).documents
    assert doc.title == "Families flee Tamsa as fighting nears"
    assert "Hundreds of families left the town of Tamsa" in doc.text
    assert "no water\nat the crossing" in doc.text or "no water at the crossing" in doc.text
    assert "Subscribe to our newsletter" not in doc.text
    assert "Sport" not in doc.text
    assert doc.published == date(2024, 2, 11)
    assert doc.source_id == str(path)


def test_html_honours_declared_charset(tmp_path: Path, reader) -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "<title>Обстрел</title></head><body><p>Обстрел рынка в городе.</p></body></html>"
    )
    path = tmp_path / "ru.htm"
    path.write_bytes(html.encode("windows-1251"))
    [doc] = reader(str(path)).documents
    assert doc.title == "Обстрел"
    assert "Обстрел рынка в городе." in doc.text


def test_rss_and_atom_feeds(tmp_path: Path, reader) -> None:
    rss = tmp_path / "news.rss"
    rss.write_bytes(RSS)
    got = reader(str(rss))
    docs = got.by_source_id()
    assert set(docs) == {"lm-1", "https://monitor.example/a/3"}
    first = docs["lm-1"]
    assert (
        first.text == "Shells struck the central market in Kora on Monday.\n\nResidents said four people were wounded."
    )
    assert (first.title, first.url, first.source) == (
        "Market shelled",
        "https://monitor.example/a/1",
        "Lakeside Monitor",
    )
    assert first.published == date(2024, 3, 5)
    [rejection] = got.rejections
    assert rejection.location == f"{rss}#entry-2"

    atom = tmp_path / "valley.atom"
    atom.write_bytes(ATOM)
    [doc] = reader(str(atom)).documents
    assert (doc.source_id, doc.source, doc.published) == ("urn:vw:1", "Valley Watch", date(2024, 4, 2))
    assert doc.text == "An aid convoy was turned back at the Sela checkpoint."


def test_xml_that_is_not_a_feed_is_rejected(tmp_path: Path, reader) -> None:
    path = tmp_path / "data.xml"
    path.write_text("<inventory><item>bolts</item></inventory>")
    got = reader(str(path))
    assert got.documents == []
    assert got.rejections[0].location == str(path)


@pytest.mark.parametrize(
    ("content", "source_id_suffix"),
    [(RSS, "lm-1"), (b'{"id": "j1", "text": "Sniffed JSON."}', "j1"), (b'{"text": "a"}\n{"text": "b"}\n', "#1")],
)
def test_unknown_extension_is_sniffed(tmp_path: Path, reader, content: bytes, source_id_suffix: str) -> None:
    path = tmp_path / "export.dat"
    path.write_bytes(content)
    got = reader(str(path))
    assert any(d.source_id.endswith(source_id_suffix) for d in got.documents)


def test_files_over_max_bytes_are_rejected_with_the_size(tmp_path: Path, reader) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 100)
    got = reader(str(path), max_bytes=100)
    assert got.raws == [] and got.documents == []
    [rejection] = got.rejections
    assert "500 bytes" in rejection.reason and "max_bytes 100" in rejection.reason


def test_missing_file_directory_and_unreadable_file(tmp_path: Path, reader) -> None:
    assert "cannot read file" in reader(str(tmp_path / "nope.txt")).rejections[0].reason
    assert "is a directory" in reader(str(tmp_path)).rejections[0].reason


def test_utf16_with_bom_is_text_and_invalid_utf8_names_the_offset(tmp_path: Path, reader) -> None:
    wide = tmp_path / "wide.txt"
    wide.write_bytes("A checkpoint was closed.".encode("utf-16"))
    assert reader(str(wide)).documents[0].text == "A checkpoint was closed."
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"text": "ok"}\n{"text": "\xff"}\n')
    [rejection] = reader(str(bad)).rejections
    assert rejection.reason.startswith("invalid UTF-8 at byte offset 25")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("2024-03-05T23:10:00Z", date(2024, 3, 5)),
        ("2024-03-05T23:10:00-05:00", date(2024, 3, 5)),
        ("Tue, 05 Mar 2024 23:30:00 -0500", date(2024, 3, 5)),
        ("05 Mar 2024 10:00:00 GMT", date(2024, 3, 5)),
    ],
)
def test_published_formats(value: str, expected: date) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["", "yesterday", "2024-13-01", "32 Mar 2024 10:00:00 GMT"])
def test_unparseable_published_raises(value: str) -> None:
    with pytest.raises(ValueError):
        parse_published(value)
