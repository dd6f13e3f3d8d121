"""Feeds and pages over a real HTTP server on 127.0.0.1: good feed, page, 404, timeout, oversize, schemes."""

from __future__ import annotations

import time

import pytest
from ingest_helpers import Response
from ingest_samples import ARTICLE_HTML, RSS

from vigil.ingest import DEFAULT_USER_AGENT, IngestOptions, read_source
from vigil.records import RawSource


def server_response(body: bytes, content_type: str | None, **extra: object) -> Response:
    return Response(body=body, content_type=content_type, **extra)  # type: ignore[arg-type]


def test_good_feed_yields_its_entries(server, reader) -> None:
    server.routes["/feed"] = server_response(RSS, "application/rss+xml")
    url = server.url("/feed")
    got = reader(url)
    assert isinstance(got.items[0], RawSource)
    assert got.raws[0].content == RSS
    assert got.raws[0].media_type == "application/rss+xml"
    assert set(got.by_source_id()) == {"lm-1", "https://monitor.example/a/3"}
    assert [r.location for r in got.rejections] == [f"{url}#entry-2"]
    assert server.user_agents == [DEFAULT_USER_AGENT]


def test_feed_served_as_plain_text_is_sniffed(server, reader) -> None:
    server.routes["/latest"] = server_response(RSS, "text/plain")
    assert "lm-1" in reader(server.url("/latest")).by_source_id()


def test_html_page_is_one_document_named_by_its_url(server, reader) -> None:
    server.routes["/story"] = server_response(ARTICLE_HTML.encode(), "text/html; charset=utf-8")
    url = server.url("/story")
    got = reader(url, user_agent="vigil-test/1")
    [doc] = got.documents
    assert (doc.source_id, doc.url, doc.title) == (url, url, "Families flee Tamsa as fighting nears")
    assert "river crossing" in doc.text
    assert doc.raw_sha256 == got.raws[0].sha256
    assert server.user_agents == ["vigil-test/1"]


def test_http_charset_header_is_honoured(server, reader) -> None:
    body = "Un pont détruit près de la ville, selon les habitants du quartier.".encode("latin-1")
    server.routes["/fr.txt"] = server_response(body, "text/plain; charset=iso-8859-1")
    [doc] = reader(server.url("/fr.txt")).documents
    assert doc.text.startswith("Un pont détruit")


def test_404_is_a_rejection_naming_the_status(server, reader) -> None:
    url = server.url("/gone")
    got = reader(url)
    assert got.raws == [] and got.documents == []
    [rejection] = got.rejections
    assert rejection.location == url
    assert "404" in rejection.reason


def test_slow_server_trips_the_timeout(server, reader) -> None:
    server.routes["/slow"] = server_response(RSS, "application/rss+xml", delay=1.0)
    started = time.monotonic()
    got = reader(server.url("/slow"), timeout=0.2)
    assert time.monotonic() - started < 0.9
    [rejection] = got.rejections
    assert "timed out" in rejection.reason


def test_body_that_trickles_in_trips_the_overall_timeout(server, reader) -> None:
    server.routes["/trickle"] = server_response(b"x" * 400, "text/plain", trickle=0.05)
    started = time.monotonic()
    got = reader(server.url("/trickle"), timeout=0.4)
    assert time.monotonic() - started < 1.5
    assert got.documents == []
    assert "timed out" in got.rejections[0].reason


@pytest.mark.parametrize("send_length", [True, False])
def test_oversize_body_trips_max_bytes(server, reader, send_length: bool) -> None:
    server.routes["/big"] = server_response(b"a" * 5000, "text/plain", send_length=send_length)
    got = reader(server.url("/big"), max_bytes=1000)
    assert got.documents == []
    [rejection] = got.rejections
    assert "too large" in rejection.reason and "1000" in rejection.reason


@pytest.mark.parametrize("target", ["file:///etc/hostname", "ftp://files.example/x.txt"])
def test_redirect_to_another_scheme_is_refused(server, reader, target: str) -> None:
    server.routes["/jump"] = server_response(b"", None, status=302, headers={"Location": target})
    got = reader(server.url("/jump"))
    assert got.documents == []
    [rejection] = got.rejections
    assert "redirect" in rejection.reason.lower() and target in rejection.reason


@pytest.mark.parametrize("url", ["file:///etc/hostname", "ftp://files.example/report.txt"])
def test_other_schemes_are_rejected_by_read_source(url: str) -> None:
    [rejection] = list(read_source(url, options=IngestOptions()))
    assert rejection.location == url
    assert "unsupported URL scheme" in rejection.reason


def test_connection_refused_is_a_network_error(reader) -> None:
    got = reader("http://127.0.0.1:9/nothing-listens-here", timeout=2)
    assert got.rejections[0].reason.startswith("network error")
