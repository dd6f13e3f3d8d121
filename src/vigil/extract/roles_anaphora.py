"""Doers named by their act alone ("the murderers", "the kidnappers", "those responsible") next to doers named
for who they are: the first say no more than that someone did it, so where an event, or a report of the same
kind of event just before it in the document, names who did it, they are left out as the same doers named twice."""

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


def drop_anaphoric_doers(lexicon: RoleLexicon, mentions: list[Mention], *, reach: int = 1000) -> None:
    """In place: the doers named by their act alone of every mention that an earlier mention of the same type, at
    most ``reach`` characters before it, gives an informative doer ("the fmln kidnapped ..."; then "the kidnappers
    demanded ..."): such words point back to the doer already named."""
    named = [m for m in mentions if any(a.text and not _anaphoric(lexicon, a) for a in m.perpetrators)]
    for m in mentions:
        if not any(_anaphoric(lexicon, a) for a in m.perpetrators):
            continue
        if any(o.type == m.type and o.span[0] < m.span[0] and m.span[0] - o.span[1] <= reach for o in named):
            m.perpetrators = [a for a in m.perpetrators if not _anaphoric(lexicon, a)]
