"""Helpers for the ingest tests: split what read_source yields, and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from vigil.ingest import IngestOptions, read_source
from vigil.records import Document, RawSource, Rejection


@dataclass
class Read:
    """Everything read_source yielded for one source, split by kind (in order)."""

    items: list[RawSource | Document | Rejection]
    raws: list[RawSource] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)

    def __post_init__(self) -> None:
        for item in self.items:
            if isinstance(item, RawSource):
                self.raws.append(item)
            elif isinstance(item, Document):
                self.documents.append(item)
            else:
                assert isinstance(item, Rejection), item
                self.rejections.append(item)

    def by_source_id(self) -> dict[str, Document]:
        return {d.source_id: d for d in self.documents}


def read(uri: str, **options: object) -> Read:
    return Read(list(read_source(uri, options=IngestOptions(**options))))  # type: ignore[arg-type]


@dataclass
class Response:
    """A canned response: status, headers, body, and an optional delay before or while sending it."""

    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/plain; charset=utf-8"
    delay: float = 0.0
    trickle: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    send_length: bool = True


class Server:
    """A real threaded HTTP server on 127.0.0.1 (port 0) serving canned responses by path."""

    def __init__(self) -> None:
        self.routes: dict[str, Response] = {}
        self.user_agents: list[str] = []
        routes, agents = self.routes, self.user_agents

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                agents.append(self.headers.get("User-Agent", ""))
                response = routes.get(self.path, Response(b"not found", status=404))
                time.sleep(response.delay)
                self.send_response(response.status)
                if response.content_type:
                    self.send_header("Content-Type", response.content_type)
                if response.send_length:
                    self.send_header("Content-Length", str(len(response.body)))
                for name, value in response.headers.items():
                    self.send_header(name, value)
                self.send_header("Connection", "close")
                self.end_headers()
                try:
                    if response.trickle:
                        for i in range(0, len(response.body), 8):
                            self.wfile.write(response.body[i : i + 8])
                            self.wfile.flush()
                            time.sleep(response.trickle)
                    else:
                        self.wfile.write(response.body)
                except OSError:
                    pass  # the client gave up, as it should have
                self.close_connection = True

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def url(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}{path}"
