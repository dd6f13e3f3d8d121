"""The store's one error type, and how a URL is shown in it (password masked)."""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.exc import ArgumentError


class StoreError(Exception):
    """The store could not do what was asked; the message names the database URL and the reason."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = mask_url(url)
        self.reason = reason
        super().__init__(f"{self.url}: {reason}")


def mask_url(url: str) -> str:
    """``url`` with its password replaced by ``***``."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


def reason_of(exc: BaseException) -> str:
    """A one-line reason from a driver or SQLAlchemy error, without SQLAlchemy's background link."""
    inner = getattr(exc, "orig", None) or exc
    text = str(inner).strip().splitlines()
    first = text[0] if text else type(inner).__name__
    return f"{type(inner).__name__}: {first}"
