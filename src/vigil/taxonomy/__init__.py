"""The taxonomy: event types, indicators, violations, actor kinds, modality and more, as data.

The values live in ``taxonomy.yaml`` beside this module; ``load_taxonomy()`` reads it (once) and
can merge a user's file on top. This package imports nothing else from vigil.
"""

from vigil.taxonomy.model import EventType, Taxonomy, TaxonomyError, load_taxonomy

__all__ = ["EventType", "Taxonomy", "TaxonomyError", "load_taxonomy"]
