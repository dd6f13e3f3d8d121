"""vigil.ingest: files, directories and feeds into Documents, keeping the raw bytes and every rejection.

>>> from vigil.ingest import IngestOptions, discover, read_source
>>> uris, rejections = discover(["reports/", "https://example.org/feed.xml"])
>>> items = [item for uri in uris for item in read_source(uri, options=IngestOptions())]
"""

from vigil.ingest.dates import parse_published
from vigil.ingest.discover import discover
from vigil.ingest.language import guess_language
from vigil.ingest.options import DEFAULT_USER_AGENT, IngestOptions
from vigil.ingest.source import read_all, read_source

__all__ = [
    "DEFAULT_USER_AGENT",
    "IngestOptions",
    "discover",
    "guess_language",
    "parse_published",
    "read_all",
    "read_source",
]
