"""Whatever bytes a file holds, read_source yields records and never raises."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigil.ingest import IngestOptions, read_source
from vigil.records import Document, RawSource, Rejection

SUFFIXES = [".txt", ".jsonl", ".json", ".csv", ".tsv", ".html", ".xml", ".md", ".dat", ""]

_json_lines = st.lists(
    st.one_of(
        st.dictionaries(
            st.sampled_from(["id", "text", "title", "published", "url", "source", "other"]),
            st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(), st.lists(st.integers())),
        ).map(json.dumps),
        st.text(),
    ),
    max_size=6,
).map(lambda lines: "\n".join(lines).encode("utf-8", errors="surrogatepass"))

_contents = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", errors="surrogatepass")),
    _json_lines,
    st.sampled_from(
        [b"<rss><channel><item>", b"<html><body>", b"{", b"[[[[", b"[]", b"\xef\xbb\xbf", b"id,text\n,", b"id,text\n"]
    ),
)


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=_contents, suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes_never_raise(fuzz_dir: Path, content: bytes, suffix: str) -> None:
    path = fuzz_dir / f"input{suffix}"
    path.write_bytes(content)
    items = list(read_source(str(path), options=IngestOptions()))
    assert isinstance(items[0], RawSource)
    assert items[0].content == content
    assert all(isinstance(item, Document | Rejection) for item in items[1:])
    assert len(items) > 1, "a source gives at least one document or one rejection"
    for item in items[1:]:
        if isinstance(item, Document):
            assert item.text.strip()
            assert item.raw_sha256 == items[0].sha256
        else:
            assert item.location.startswith(str(path)) and item.reason
