"""Turn the paths a user gives into the files and URLs to read."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from vigil.records import Rejection

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
URL_SCHEMES = ("http", "https")


def url_scheme(uri: str) -> str | None:
    """The scheme of ``uri`` when it is written ``scheme://...``, else None (a path)."""
    match = _SCHEME.match(uri)
    return match.group(1).lower() if match else None


def discover(paths: Sequence[str]) -> tuple[list[str], list[Rejection]]:
    """Expand directories recursively (sorted by name, skipping hidden files and folders) and keep files and
    http(s) URLs in the order given. A missing path or a URL of another scheme becomes a Rejection."""
    found: list[str] = []
    rejections: list[Rejection] = []
    for path in paths:
        scheme = url_scheme(path)
        if scheme is not None:
            if scheme in URL_SCHEMES:
                found.append(path)
            else:
                rejections.append(
                    Rejection(location=path, reason=f"unsupported URL scheme {scheme!r} (only http and https)")
                )
        elif os.path.isdir(path):
            _walk(path, found, rejections, seen=set())
        elif os.path.isfile(path):
            found.append(path)
        elif os.path.lexists(path):
            rejections.append(Rejection(location=path, reason="not a regular file or directory"))
        else:
            rejections.append(Rejection(location=path, reason="no such file or directory"))
    return found, rejections


def _walk(directory: str, found: list[str], rejections: list[Rejection], *, seen: set[str]) -> None:
    real = os.path.realpath(directory)
    if real in seen:
        return
    seen.add(real)
    try:
        names = sorted(os.listdir(directory))
    except OSError as error:
        rejections.append(Rejection(location=directory, reason=f"cannot list directory: {error.strerror or error}"))
        return
    for name in names:
        if name.startswith("."):
            continue
        path = os.path.join(directory, name)
        if os.path.isdir(path):
            _walk(path, found, rejections, seen=seen)
        elif os.path.isfile(path):
            found.append(path)
        elif not os.path.lexists(path) or os.path.islink(path):
            rejections.append(Rejection(location=path, reason="broken symbolic link"))
        else:
            rejections.append(Rejection(location=path, reason="not a regular file"))
