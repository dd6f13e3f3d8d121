from __future__ import annotations

import pytest

from vigil.resolve import ActorDictionary, load_actor_dictionary


@pytest.fixture(scope="session")
def actors() -> ActorDictionary:
    return load_actor_dictionary()
