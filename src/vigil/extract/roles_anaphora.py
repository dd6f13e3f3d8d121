"""Doers named by their act alone ("the murderers", "the kidnappers", "those responsible") next to doers named
for who they are: the first say no more than that someone did it, so where an event, or another report of the
same kind of event in the document, names who did it, they are left out as the same doers named twice."""

from __future__ import annotations

from vigil.extract.roles_lexicon import RoleLexicon
from vigil.records import Actor, Mention


def _anaphoric(lexicon: RoleLexicon, actor: Actor) -> bool:
    return lexicon.anaphoric_doers.fullmatch(actor.text.strip()) is not None


def informative_doers(lexicon: RoleLexicon, doers: list[Actor]) -> list[Actor]:
    """``doers`` less those named by their act alone, where another of them names who did it."""
    if not any(_anaphoric(lexicon, a) for a in doers) or all(_anaphoric(lexicon, a) for a in doers):
        return doers
    return [a for a in doers if not _anaphoric(lexicon, a)]


def drop_anaphoric_doers(lexicon: RoleLexicon, mentions: list[Mention]) -> None:
    """In place: the doers named by their act alone of every mention whose type another mention (or itself)
    of the document gives an informative doer ("the fmln kidnapped ..."; "... the kidnappers demanded")."""
    known = {m.type for m in mentions if any(a.text and not _anaphoric(lexicon, a) for a in m.perpetrators)}
    for m in mentions:
        if m.type in known and m.perpetrators:
            m.perpetrators = [a for a in m.perpetrators if not _anaphoric(lexicon, a)]
