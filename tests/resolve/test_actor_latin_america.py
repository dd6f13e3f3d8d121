"""Armed actors of the Central and South American conflicts of the 1980s and 1990s resolve by name."""

from __future__ import annotations

import pytest

from vigil.resolve import ActorDictionary


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("the Farabundo Marti National Liberation Front", "Farabundo Marti National Liberation Front", "rebel_group"),
        ("Shining Path guerrillas", "Shining Path", "rebel_group"),
        ("the Extraditables", "Medellin Cartel", "political_militia"),
        ("the army of national liberation", "National Liberation Army (Colombia)", "rebel_group"),
        ("Salvadoran army troops", "Salvadoran Armed Forces", "state_forces"),
        ("the MRTA", "Tupac Amaru Revolutionary Movement", "rebel_group"),
    ],
)
def test_historic_armed_actors_resolve(actors: ActorDictionary, text: str, name: str, kind: str) -> None:
    actor = actors.normalize(text)
    assert (actor.actor, actor.kind) == (name, kind)
