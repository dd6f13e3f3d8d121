"""The vocabulary of vigil: typed records passed between every stage.

This package imports nothing else from vigil.
"""

from vigil.records.document import Document, RawSource, Rejection
from vigil.records.event import Event, EventChange, FigureRange
from vigil.records.extraction import Extraction
from vigil.records.mention import (
    Actor,
    Attribution,
    Count,
    DateSpan,
    Item,
    Mention,
    Place,
    Span,
)

__all__ = [
    "Actor",
    "Attribution",
    "Count",
    "DateSpan",
    "Document",
    "Event",
    "EventChange",
    "Extraction",
    "FigureRange",
    "Item",
    "Mention",
    "Place",
    "RawSource",
    "Rejection",
    "Span",
]
