"""The vocabulary of vigil: typed records passed between every stage.

This package imports nothing else from vigil.
"""

from vigil.records.accusation import Accusation
from vigil.records.alert import SEVERITIES, Alert, Delivery
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
from vigil.records.situation import PopulationEstimate, Signal, Situation, SituationChange

__all__ = [
    "SEVERITIES",
    "Accusation",
    "Actor",
    "Alert",
    "Attribution",
    "Count",
    "DateSpan",
    "Delivery",
    "Document",
    "Event",
    "EventChange",
    "Extraction",
    "FigureRange",
    "Item",
    "Mention",
    "Place",
    "PopulationEstimate",
    "RawSource",
    "Rejection",
    "Signal",
    "Situation",
    "SituationChange",
    "Span",
]
