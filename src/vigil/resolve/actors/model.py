"""The records of the actor dictionary: entries as read from YAML, and matches found in text."""

from __future__ import annotations

from dataclasses import dataclass, field

from vigil.records import Actor, Span


class ActorDictionaryError(ValueError):
    """An actor dictionary file is malformed; the message names the file, the entry and the field."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Sponsorship:
    """``name`` backs an actor; ``reported`` marks a sponsorship that is alleged or disputed."""

    name: str
    reported: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorEntry:
    """One known actor (or state) of the dictionary.

    ``demonyms`` ("Iranian") and ``metonyms`` ("Tehran", "the Kremlin") name a state in wording such as
    "Iranian proxies" or "backed by Tehran"; ``forces`` and ``police`` name the entries that "<demonym>
    troops" and "<demonym> police" resolve to.
    """

    name: str
    kind: str
    where: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    backers: tuple[Sponsorship, ...] = ()
    parent: str | None = None
    state: bool = False
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    forces: str | None = None
    police: str | None = None


@dataclass(slots=True, kw_only=True)
class ActorMatch:
    """One actor mention found in a text.

    ``actor`` is the normalized name when the dictionary knows the actor; ``kind`` comes from the entry or,
    failing that, from the wording ("gunmen": unknown). ``backers`` are who the wording says the actor acts
    for ("Russian-backed", "loyal to the president", "Iran's proxies"); ``origin`` is a state the wording
    ties it to without making it a backer ("Iraqi militiamen": Iraq), and ``country`` its ISO code.
    """

    text: str
    span: Span
    actor: str | None = None
    kind: str = "unknown"
    groups: list[str] = field(default_factory=list)
    backers: list[Actor] = field(default_factory=list)
    country: str | None = None
    origin: Actor | None = None
