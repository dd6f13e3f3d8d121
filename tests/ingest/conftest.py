"""Fixtures for the ingest tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from ingest_helpers import Read, Server, read


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    srv.thread.start()
    try:
        yield srv
    finally:
        srv.httpd.shutdown()
        srv.httpd.server_close()


@pytest.fixture
def reader() -> Callable[..., Read]:
    return read
