"""vigil.resolve: actors against a dictionary (with a fallback by kind), places, dates."""

from vigil.resolve.actors import ActorDictionary, ActorDictionaryError, ActorMatch, load_actor_dictionary

__all__ = ["ActorDictionary", "ActorDictionaryError", "ActorMatch", "load_actor_dictionary"]
