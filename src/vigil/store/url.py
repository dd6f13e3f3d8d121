"""Which database a store opens: a SQLAlchemy URL from an argument, a path or ``VIGIL_DB``."""

from __future__ import annotations

import os

DEFAULT_URL = "sqlite:///./vigil.db"
ENV_VAR = "VIGIL_DB"


def resolve_url(url: str | None) -> str:
    """The SQLAlchemy URL for ``url``.

    ``None`` means ``$VIGIL_DB`` if set, else ``sqlite:///./vigil.db``; a plain path means a SQLite
    file; ``postgresql://`` and ``postgres://`` mean PostgreSQL through psycopg 3; any other
    SQLAlchemy URL is kept as it is.
    """
    if url is None:
        url = os.environ.get(ENV_VAR) or DEFAULT_URL
    url = url.strip()
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    if "://" in url:
        return url
    return f"sqlite:///{url}"
