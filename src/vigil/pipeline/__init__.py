"""The library's front door: ingest → extract → resolve → corroborate, storing as it goes.

The CLI and the API call these functions and only format what they return.
"""

from vigil.export import EXPORTERS, event_to_dict, export_events
from vigil.ingest import IngestOptions
from vigil.pipeline.assessing import AssessSettings, ChannelError, RuleError
from vigil.pipeline.extracting import default_extractor, extract_file
from vigil.pipeline.ingesting import IngestReport, ingest_paths
from vigil.pipeline.places import GazetteerInfo, gazetteer_info, load_dumps, search_places
from vigil.pipeline.querying import AccusationRow, EventQuery, documents_for, list_accusations, list_events
from vigil.pipeline.running import RunReport, run_paths
from vigil.store import Store, StoreError, current_revision, resolve_url, upgrade

__all__ = [
    "EXPORTERS",
    "AccusationRow",
    "AssessSettings",
    "ChannelError",
    "EventQuery",
    "GazetteerInfo",
    "IngestOptions",
    "IngestReport",
    "RuleError",
    "RunReport",
    "Store",
    "StoreError",
    "current_revision",
    "default_extractor",
    "documents_for",
    "event_to_dict",
    "export_events",
    "extract_file",
    "gazetteer_info",
    "ingest_paths",
    "list_accusations",
    "list_events",
    "load_dumps",
    "resolve_url",
    "run_paths",
    "search_places",
    "upgrade",
]
