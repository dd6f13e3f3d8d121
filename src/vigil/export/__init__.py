"""Exports of events: CSV with ACLED's column names, GeoJSON, and JSON Lines with everything known."""

from vigil.export.formats import EXPORTERS, event_to_dict, export_events

__all__ = ["EXPORTERS", "event_to_dict", "export_events"]
