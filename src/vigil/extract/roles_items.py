"""Physical targets and weapons of an event, read from the wording around its trigger.

Targets are the buildings, vehicles and installations the trigger acts on ("bombed a bank", "the bridge was
dynamited"), reported with their noun modifiers ("bank branch offices") and owners ("the home of mayor ana
ruiz"); weapons are those named in the sentence of a violent event, unless they were seized or found.
"""

from __future__ import annotations

import functools
import re

import vigil.extract.roles_wording as w
from vigil.extract.items_lexicon import ItemLexicon, load_items, union
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
    and owners ("the home of mayor ana ruiz"); none inside the ``taken`` spans of actors. The conjuncts before
    a target count too ("one office, one bus and one transformer were damaged")."""
    read = functools.partial(
        _targets, text, heads=heads, modifiers=modifiers, sentence=sentence, trigger=trigger, taken=taken
    )
    found = _repeated(text, read())
    for _ in range(3):  # each reading reaches one conjunct further back
        if not found or len(found) >= 4:
            break
        more = read(joined=[i.span[0] for i in found if i.span])
        more = _repeated(text, more)
        if len(more) <= len(found):
            break
        found = more
    return found


# a generic word with "the" names again a place the sentence has named ("attacked the union building ... destroying
# the building"), unless words after it say which one it is ("the building that houses the court")
_GENERIC = re.compile(r"buildings?|premises|structures?", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those)\s+$", re.IGNORECASE)
_SAYS_WHICH = re.compile(r"\s+(?:of|that|which|where|housing|belonging|owned|in which)\b", re.IGNORECASE)


def _repeated(text: str, found: list[Item]) -> list[Item]:
    """The targets less a generic word with "the" for one named before it ("attacked the union building and
    destroyed the building"): the same target, named less fully."""
    out: list[Item] = []
    for item in found:
        if item.span is not None and out and _GENERIC.fullmatch(item.text) is not None:
            a0, a1 = item.span
            earlier = any(i.span is not None and i.span[1] <= a0 for i in out)
            bare = _DEFINITE.search(text, max(0, a0 - 8), a0) is not None and _SAYS_WHICH.match(text, a1) is None
            if earlier and bare:
                continue
        out.append(item)
    return out


def _targets(
    text: str,
    *,
    heads: re.Pattern[str],
    modifiers: re.Pattern[str],
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    taken: list[tuple[int, int]],
    joined: list[int] | None = None,
) -> list[Item]:
    """One reading of the targets; ``joined`` holds the starts of targets already read, whose conjuncts before
    them are targets too."""
    s0, s1 = sentence
    t0, t1 = trigger
    items = load_items()
    found: list[Item] = []
    pattern = union(items.targets, heads)
    for m in pattern.finditer(text, s0, s1):
        g0, g1 = m.span()
        if g0 >= t1:  # the object of the act, unless one was read before it ("shot the car outside the court")
            ok = w.OBJECT_GAP.match(text[t1:g0]) is not None and not any(t1 <= i.span[0] for i in found if i.span)
        elif g1 <= t0:
            ok = w.PASSIVE.match(text[g1:t0]) is not None and t0 - g1 < 40
        else:
            ok = False
        ok = ok or w.DAMAGED_BEFORE.match(text[g1 : g1 + 120]) is not None  # its "^" holds at a slice start only
        ok = ok or items.target_cue.search(text, max(s0, g0 - 120), g0) is not None
        if not ok and items.areas.fullmatch(text, g0, g1) is None:  # "went off in the north sector": where
            ok = w.DAMAGED_AFTER.search(text, max(s0, g0 - 80), g0) is not None
            ok = ok or items.target_place.search(text, max(s0, g0 - 120), g0) is not None
        ok = ok or _set_on_fire(text, s0, g0, g1)
        last = found[-1].span if found else None
        ok = ok or (
            last is not None and 0 <= g0 - last[1] < 40 and w.COORD_ITEM.fullmatch(text, last[1], g0) is not None
        )
        ok = ok or any(0 < j - g1 < 40 and _CONJUNCT.fullmatch(text, g1, j) is not None for j in joined or ())
        if not ok or any(a0 <= g0 and g1 <= a1 for a0, a1 in taken) or len(found) >= 4:
            continue
        if items.not_target_after.match(text, g1) is not None:
            continue  # "car" of "car bomb": the weapon, not what it hit
        part = items.owned_part.match(text, g1)
        if _POSSESSIVE.match(text, g1) is not None and (part is None or pattern.search(text, g1, part.end())):
            # "the university's rector": whose, not what was hit ("the bank's windows": the bank was); "the
            # embassy's parking lot" is read at its last head
            continue
        if items.target_destination.search(text, max(s0, g0 - 80), g0) is not None:
            continue  # "the wounded were taken to the hospital", "supported by air force helicopters"
        if items.craft.fullmatch(text, g0, g1) is not None and (
            items.craft_doing.match(text, g1) is not None or items.craft_means.search(text, max(s0, g0 - 60), g0)
        ):
            continue  # "air force helicopters strafed the camp", "bombs dropped from planes": the means
        if g1 < s1 and text[g1] == " " and union(items.targets, heads).match(text, g1 + 1) is not None:
            continue  # "bank" of "bank branch offices": the phrase is read at its last head
        lo = max(s0, t1 if t1 <= g0 else s0)
        left = modifiers.search(text, max(lo, g0 - 40), g0)
        g0 = _modifiers_before(text, left.start() if left is not None else g0, lo)
        g1 = _owner_after(text, g1, s1)
        if text[g1 - 1] == "." and "." not in text[g0 : g1 - 1].split()[-1]:
            g1 -= 1  # the sentence's full stop read with the owner ("the headquarters of the air force.")
        if any(i.span == (g0, g1) for i in found):
            continue
        found.append(Item(text=text[g0:g1], span=(g0, g1)))
    return found


_POSSESSIVE = re.compile(r"['’]s?\s+(?:\([^()]{1,20}\)\s+)?[a-z]", re.IGNORECASE)

# between a target and the next one of a list: a comma or "and"/"or", a determiner or number, one modifier
_CONJUNCT = re.compile(
    r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
    r"(?:(?:the|a|an|\d+|one|two|three|four|five|six|several|other|some)\s+)?(?:[\w.-]+\s+)?",
    re.IGNORECASE,
)
_SET = re.compile(r"\bset\s+(?:[\w'’.,-]+\s+){0,8}$", re.IGNORECASE)
_ON_FIRE = re.compile(r"[^.;:]{0,60}?\s(?:on fire|ablaze|alight|afire)\b", re.IGNORECASE)


def _set_on_fire(text: str, s0: int, g0: int, g1: int) -> bool:
    """A target of "set two schools and several houses on fire": "set" before it and "on fire" after it."""
    return _SET.search(text, max(s0, g0 - 80), g0) is not None and _ON_FIRE.match(text, g1, g1 + 70) is not None


def _owner_after(text: str, g1: int, s1: int) -> int:
    """The end of a target's phrase read on over the "of" phrase naming whose it is ("the home of mayor ana
    ruiz", "the offices of the labor federation"), up to five words, stopping at function words and numbers;
    an owner's own "of" phrase is read too ("the headquarters of the department of administrative security")."""
    end = g1
    for _ in range(2):
        of = w.OF_PHRASE.match(text, end, s1)
        if of is None:
            break
        last = end
        for word in _OWNER_TOKEN.finditer(text, of.end(), s1):
            if word.start() != (of.end() if last == end else last + 1) or _owner_stop(word.group()):
                break
            last = word.end()
            if word.start() - of.end() > 60:
                break
        if last == end:
            break
        end = last
    return end


# words of an owner's name that would end a modifier before a target: "the headquarters of the new liberal party",
# "the barracks of the 3d infantry brigade"
_OWNER_WORD = re.compile(
    r"new|old|national|main|central|white|red|green|blue|black|yellow|retired|former|late|daily|weekly|\d+(?:st|nd|rd|th|d)",
    re.IGNORECASE,
)


_OWNER_TOKEN = re.compile(r"[a-z0-9][\w'’.-]*", re.IGNORECASE)


def _owner_stop(word: str) -> bool:
    return w.TARGET_STOP.fullmatch(word) is not None and _OWNER_WORD.fullmatch(word) is None


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
    """Weapons named in the sentence of a violent event, with the modifiers that belong to their phrase ("a
    powerful bomb", "homemade mines", "9-mm pistols"), unless they were seized, found, traded or fitted
    to a craft, and not where the word names something else ("bomb experts", "artillery brigade", "a time
    bomb", "planes bomb the city"). A weapon named again ("the bomb" after "a powerful bomb") is listed once."""
    s0, s1 = sentence
    items = load_items()
    found: list[Item] = []
    for m in union(items.weapons, heads).finditer(text, s0, s1):
        g0, g1 = m.span()
        if len(found) >= 4 or _not_a_weapon(items, text, s0, g0, g1) or _seized(text, s0, g0, g1):
            continue
        if _not_used(items, text, s0, g0):
            continue
        start = g0
        if items.weapon_as_modifier.match(text, g1) is None:  # "powerful bomb attacks": the attacks were powerful
            lead = items.weapon_lead.search(text, max(s0, g0 - 60), g0)
            if lead is not None and lead.start() < g0:
                start = lead.start()
        item = Item(text=text[start:g1], span=(start, g1))
        if not named_again(item, found):
            found.append(item)
    return found


def named_again(item: Item, earlier: list[Item]) -> bool:
    """True when the item names again, more briefly, one listed before: "the bombs" after "two powerful
    bombs", "the bomb" after "a car bomb"."""
    words = item.text.lower().split()
    if words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    if not words:
        return False
    for other in earlier:
        before = other.text.lower().split()
        tail = before[len(before) - len(words) :]
        if len(tail) == len(words) and tail[1:] == words[1:] and tail[0].rstrip("s") == words[0].rstrip("s"):
            return True
    return False


_VERB_BOMB = re.compile(
    r"(?:\b(?:to|will|would|can|could|should|must|not|continue to|they|you|we|and|or)\s+)(?:bomb|machinegun|shell)$",
    re.IGNORECASE,
)


def _not_a_weapon(items: ItemLexicon, text: str, s0: int, g0: int, g1: int) -> bool:
    """The weapon's word names something else: a modifier of another noun ("bomb experts", "bullet wounds",
    "rocket-firing helicopters"), a figure of speech ("a time bomb"), or the verb ("planes bomb the city")."""
    if items.not_weapon_after.match(text, g1) is not None:
        return True
    if items.not_weapon_before.search(text, max(s0, g0 - 20), g0) is not None:
        return True
    return _VERB_BOMB.search(text, max(s0, g0 - 20), g1) is not None


def _not_used(items: ItemLexicon, text: str, s0: int, g0: int) -> bool:
    """A weapon named as traded, made, hidden, fitted to a craft or searched for, in its clause."""
    clause = w.CLAUSE_START.search(text, max(s0, g0 - 120), g0)
    start = clause.end() if clause is not None else max(s0, g0 - 120)
    return items.weapon_not_used.search(text, max(start, g0 - 70), g0) is not None


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
