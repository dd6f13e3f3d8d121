"""The roles of an event as a record, and the small helpers the role readers share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vigil.records import Actor, Item


@dataclass(slots=True)
class Roles:
    perpetrators: list[Actor] = field(default_factory=list)
    victims: list[Actor] = field(default_factory=list)
    targets: list[Item] = field(default_factory=list)
    weapons: list[Item] = field(default_factory=list)


def matching_groups(text: str, table: tuple[tuple[str, re.Pattern[str]], ...]) -> list[str]:
    return [g for g, p in table if p.search(text)]


def add_actor(actors: list[Actor], actor: Actor, *, limit: int) -> None:
    if len(actors) < limit and all(a.span != actor.span and a.text.lower() != actor.text.lower() for a in actors):
        actors.append(actor)


def inside(span: tuple[int, int], roles: Roles) -> bool:
    return any(a.span and a.span[0] <= span[0] and span[1] <= a.span[1] for a in roles.perpetrators + roles.victims)
