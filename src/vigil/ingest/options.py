"""Settings of the ingest stage."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_USER_AGENT = "vigil/0.1 (+https://github.com/vigil)"


@dataclass(slots=True, kw_only=True)
class IngestOptions:
    """How files and URLs are read.

    ``csv_columns`` maps vigil fields (``id``, ``text``, ``title``, ``published``, ``url``, ``source``) to the
    CSV column that holds them, e.g. ``{"text": "body", "id": "article_id"}``. ``max_bytes`` caps both files
    and URL bodies; ``timeout`` (seconds) bounds each URL fetch.
    """

    csv_columns: dict[str, str] = field(default_factory=dict)
    timeout: float = 20.0
    max_bytes: int = 20 * 1024 * 1024
    user_agent: str = DEFAULT_USER_AGENT
