"""Fetching a URL with urllib: a timeout, a size cap enforced while reading, a User-Agent."""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import IO
from urllib.parse import urlsplit

from vigil.ingest.discover import URL_SCHEMES
from vigil.ingest.options import IngestOptions

_CHUNK = 65536


@dataclass(slots=True, frozen=True)
class Fetched:
    """The body of a URL and what its headers say about it."""

    url: str
    content: bytes
    media_type: str | None
    charset: str | None


class FetchError(Exception):
    """A URL could not be fetched: the message says why."""


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (never to file:// or ftp://)."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in URL_SCHEMES:
            raise FetchError(f"redirect to a URL that is not http(s): {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, options: IngestOptions) -> Fetched:
    """GET ``url``; raises FetchError naming the HTTP status, the network error, the timeout or the size."""
    if urlsplit(url).scheme.lower() not in URL_SCHEMES:
        raise FetchError(f"unsupported URL scheme {urlsplit(url).scheme!r} (only http and https)")
    request = urllib.request.Request(
        url, headers={"User-Agent": options.user_agent, "Accept": "*/*", "Accept-Encoding": "identity"}
    )
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    deadline = time.monotonic() + options.timeout
    try:
        with opener.open(request, timeout=options.timeout) as response:
            length = response.headers.get("Content-Length")
            if length is not None and length.strip().isdigit() and int(length) > options.max_bytes:
                raise FetchError(
                    f"response too large: {int(length)} bytes (Content-Length) > max_bytes {options.max_bytes}"
                )
            content = _read_capped(response, max_bytes=options.max_bytes, deadline=deadline, timeout=options.timeout)
            headers = response.headers
            return Fetched(
                url=response.geturl() or url,
                content=content,
                media_type=headers.get_content_type() if headers.get("Content-Type") else None,
                charset=headers.get_content_charset(),
            )
    except urllib.error.HTTPError as error:
        raise FetchError(f"HTTP error {error.code} {error.reason}".rstrip()) from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise FetchError(f"timed out after {options.timeout:g}s") from None
        raise FetchError(f"network error: {error.reason}") from None
    except TimeoutError:
        raise FetchError(f"timed out after {options.timeout:g}s") from None
    except http.client.HTTPException as error:
        raise FetchError(f"bad HTTP response: {type(error).__name__} {error}".rstrip()) from None
    except (OSError, ValueError) as error:
        raise FetchError(f"network error: {error}") from None


def _read_capped(response: http.client.HTTPResponse, *, max_bytes: int, deadline: float, timeout: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {timeout:g}s (body still arriving)")
        chunk = response.read1(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"response too large: more than max_bytes {max_bytes} bytes")
        chunks.append(chunk)
