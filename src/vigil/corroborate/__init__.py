"""Corroborate: join mentions of the same real event into Events, reconcile figures, grade confidence.

``Corroborator.add(mention, document=...)`` is the incremental entry point; see ``corroborator.py``.
"""

from vigil.corroborate.copies import CopyIndex, CopyMatch
from vigil.corroborate.corroborator import Corroborator, CorroboratorConfig, EventUpdate
from vigil.corroborate.events import event_from_mention, figures_from_mentions, reconcile
from vigil.corroborate.institutions import (
    Institution,
    Institutions,
    InstitutionsError,
    default_institutions,
    load_institutions,
)
from vigil.corroborate.kinds import FamiliesError, TypeCompatibility, default_type_compatibility
from vigil.corroborate.scoring import Weights
from vigil.corroborate.sources import GRADES, SourceCount, SourceInfo, count_sources, grade

__all__ = [
    "GRADES",
    "CopyIndex",
    "CopyMatch",
    "Corroborator",
    "CorroboratorConfig",
    "EventUpdate",
    "FamiliesError",
    "Institution",
    "Institutions",
    "InstitutionsError",
    "SourceCount",
    "SourceInfo",
    "TypeCompatibility",
    "Weights",
    "count_sources",
    "default_institutions",
    "default_type_compatibility",
    "event_from_mention",
    "figures_from_mentions",
    "grade",
    "load_institutions",
    "reconcile",
]
