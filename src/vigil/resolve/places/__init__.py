"""Places: an embedded gazetteer, toponym recognition and resolution to GeoNames places.

gazetteer = Gazetteer.open()            # $VIGIL_HOME/gazetteer.sqlite, built on first use
places = Geoparser(gazetteer=gazetteer)("Shelling hit eastern Aleppo, Syria.")
"""

from vigil.resolve.places.gazetteer import Candidate, Gazetteer, default_path
from vigil.resolve.places.geonames import LoadReport, load_geonames
from vigil.resolve.places.geoparser import Geoparser, precision
from vigil.resolve.places.lexicon import PlacesDataError, RankerWeights, load_weights
from vigil.resolve.places.ranker import Ranker
from vigil.resolve.places.recognize import Toponym, recognize

__all__ = [
    "Candidate",
    "Gazetteer",
    "Geoparser",
    "LoadReport",
    "PlacesDataError",
    "Ranker",
    "RankerWeights",
    "Toponym",
    "default_path",
    "load_geonames",
    "load_weights",
    "precision",
    "recognize",
]
