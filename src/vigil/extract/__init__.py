"""vigil.extract: documents in, event mentions and place names out.

``Extractor`` is the stage (a callable over ``Document``); the helpers it is built from are exported for
reuse: counts with ranges, dates relative to publication, modality and attribution, quantities.
"""

from vigil.extract.counts import find_counts
from vigil.extract.dates import find_dates
from vigil.extract.extractor import Extractor, ExtractorConfig
from vigil.extract.lexicon import LexiconError
from vigil.extract.modality import modality_of
from vigil.extract.numbers import parse_quantity
from vigil.extract.sentences import split_sentences

__all__ = [
    "Extractor",
    "ExtractorConfig",
    "LexiconError",
    "find_counts",
    "find_dates",
    "modality_of",
    "parse_quantity",
    "split_sentences",
]
