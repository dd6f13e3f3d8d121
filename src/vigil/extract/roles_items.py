"""Physical targets and weapons of an event, read from the wording around its trigger.

Targets are the buildings, vehicles and installations the trigger acts on ("bombed a bank", "the bridge was
dynamited"), reported with their noun modifiers ("bank branch offices") and owners ("the home of mayor ana
ruiz"); weapons are those named in the sentence of a violent event, unless they were seized or found.
"""

from __future__ import annotations

import re

import vigil.extract.roles_wording as w
from vigil.records import Item


def find_targets(
    text: str,
    *,
    heads: re.Pattern[str],
    modifiers: re.Pattern[str],
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    taken: list[tuple[int, int]],
) -> list[Item]:
    """Buildings, vehicles and installations the trigger acts on, with their noun modifiers ("gas station")
    and owners ("the home of mayor ana ruiz"); none inside the ``taken`` spans of actors."""
    s0, s1 = sentence
    t0, t1 = trigger
    found: list[Item] = []
    for m in heads.finditer(text, s0, s1):
        g0, g1 = m.span()
        if g0 >= t1:
            ok = w.OBJECT_GAP.match(text[t1:g0]) is not None
        elif g1 <= t0:
            ok = w.PASSIVE.match(text[g1:t0]) is not None and t0 - g1 < 40
        else:
            ok = False
        ok = ok or w.DAMAGED_AFTER.search(text, max(s0, g0 - 80), g0) is not None
        ok = ok or w.DAMAGED_BEFORE.match(text, g1) is not None
        last = found[-1].span if found else None
        ok = ok or (
            last is not None and 0 <= g0 - last[1] < 40 and w.COORD_ITEM.fullmatch(text, last[1], g0) is not None
        )
        if not ok or any(a0 <= g0 and g1 <= a1 for a0, a1 in taken) or len(found) >= 4:
            continue
        if g1 < s1 and text[g1] == " " and heads.match(text, g1 + 1) is not None:
            continue  # "bank" of "bank branch offices": the phrase is read at its last head
        lo = max(s0, t1 if t1 <= g0 else s0)
        left = modifiers.search(text, max(lo, g0 - 40), g0)
        g0 = _modifiers_before(text, left.start() if left is not None else g0, lo)
        g1 = _owner_after(text, g1, s1)
        found.append(Item(text=text[g0:g1], span=(g0, g1)))
    return found


def _owner_after(text: str, g1: int, s1: int) -> int:
    """The end of a target's phrase read on over the "of" phrase naming whose it is ("the home of mayor ana
    ruiz", "the offices of the labor federation"), up to five words, stopping at function words and numbers."""
    of = w.OF_PHRASE.match(text, g1, s1)
    if of is None:
        return g1
    end = g1
    for word in w.PHRASE_WORD.finditer(text, of.end(), s1):
        if word.start() != (of.end() if end == g1 else end + 1) or w.TARGET_STOP.fullmatch(word.group()):
            break
        end = word.end()
        if word.start() - of.end() > 60:
            break
    return end


def _modifiers_before(text: str, g0: int, lo: int) -> int:
    """The start of a target's phrase read back over up to three modifiers ("seven bank branch offices" ->
    "bank branch offices", "francisco perez's residence"), stopping at function words, numbers and verbs."""
    for _ in range(3):
        m = w.MODIFIER_BEFORE.search(text, max(lo, g0 - 40), g0)
        if m is None or w.TARGET_STOP.fullmatch(m.group(1)):
            break
        g0 = m.start(1)
    return g0


def find_weapons(text: str, *, heads: re.Pattern[str], sentence: tuple[int, int]) -> list[Item]:
    """Weapons named in the sentence of a violent event, unless they were seized or found."""
    s0, s1 = sentence
    found: list[Item] = []
    for m in heads.finditer(text, s0, s1):
        if len(found) < 4 and not _seized(text, s0, m.start(), m.end()):
            found.append(Item(text=m.group(), span=m.span()))
    return found


def _seized(text: str, s0: int, g0: int, g1: int) -> bool:
    """A weapon named as seized, found or stocked ("confiscated 10 rifles, 6 machineguns, ..."), not as used:
    a seizure word earlier in its clause (a list may run long) or a passive one right after it."""
    clause = w.CLAUSE_START.search(text, max(s0, g0 - 160), g0)
    start = clause.end() if clause is not None else max(s0, g0 - 160)
    return (
        w.SEIZED.search(text, max(s0, g0 - 50), g0) is not None
        or w.SEIZED_LIST.search(text, start, g0) is not None
        or w.SEIZED_AFTER.match(text, g1) is not None
    )
