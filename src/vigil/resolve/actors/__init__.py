"""The actor dictionary: known actors, states, sponsorships and the wording of actor kinds and victim groups.

Data lives in ``data/*.yaml`` beside this package (see :mod:`vigil.resolve.actors.schema` for the format);
users extend or override it with their own files through :func:`load_actor_dictionary`.
"""

from vigil.resolve.actors.dictionary import ActorDictionary
from vigil.resolve.actors.loading import load_actor_dictionary
from vigil.resolve.actors.model import ActorDictionaryError, ActorEntry, ActorMatch, Sponsorship

__all__ = [
    "ActorDictionary",
    "ActorDictionaryError",
    "ActorEntry",
    "ActorMatch",
    "Sponsorship",
    "load_actor_dictionary",
]
