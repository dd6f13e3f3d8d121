"""Toponym candidates as written: capitalised names after in/at/near/from, before province/city/district,
and in a dateline ("NAIROBI, Kenya (AP) —"). Resolution to coordinates is the resolve stage's work.
"""

from __future__ import annotations

import functools
import re

from vigil.records import Place

_NOT_PLACES = frozenset(
    """
    The A An This That These Those His Her Their Its Our My Your He She They We It I
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow
    Mr Mrs Ms Dr President Prime Minister General Gen Colonel Captain Police Army Government Parliament Congress
    Christmas Easter Ramadan Eid God Islam Twitter Facebook YouTube WhatsApp Reuters AFP AP English Arabic
    Security Council Assembly Court Ministry Committee Commission University Party Union Front Movement
    Secretary Secretary-General Ambassador Minister Foreign Spokesman Commander Chief
    Office Agency Organization Organisation Association Forces Force Police Council Hospital Times Post
    News Press Human Rights Watch Amnesty International United Nations UN UNICEF ICRC Red Cross Crescent
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_ORG_WORDS = re.compile(
    r"\b(?:Council|Ministry|Committee|Commission|University|Party|Union|Front|Movement|Office|Agency|Organi[sz]ation|"
    r"Association|Forces|Army|Police|Hospital|Court|Company|Bank|Group|Watch|International|Nations|Times|Post|News|"
    r"Network|Institute|Foundation|Church|School|College|Airlines|Corporation|Department|Service|Brigade|Battalion|"
    r"Index|Library|Prize|Award|Centre|Center|Museum|Magazine|Journal|Fund|Trust|Coalition|Federation|Syndicate|"
    r"Club|Society|Initiative|Project|Programme|Program)\b"
)
_ORG_AFTER = re.compile(rf"(?:['’]s?)?\s+{_ORG_WORDS.pattern}")
# Words before a name that make it a person's ("at Prime Minister X", "from Bishop Y"), not a place's.
_TITLES = frozenset(
    """
    Mr Mrs Ms Dr President Prime Minister Colonel Col Captain Capt Lt Sgt Maj Brig Secretary Secretary-General
    Ambassador Commander Chief Spokesman Sheikh Bishop Archbishop Father Pastor Imam Rev Judge Justice Senator
    Governor Mayor King Queen Prince Princess Sir Lord Lady Professor Prof
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
# A line's first word in capitals that labels the story, not its place ("UPDATED: ...", "EXCLUSIVE - ...").
_LABELS = frozenset(
    """
    UPDATED UPDATE BREAKING EXCLUSIVE WATCH VIDEO PHOTOS PHOTO OPINION ANALYSIS EDITORIAL LIVE CORRECTION
    EXPLAINER FACTBOX INTERVIEW COMMENT FEATURE SPECIAL ALERT URGENT FLASH READ LISTEN PODCAST
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
# Words that are no place on their own: a point of the compass ("in the West") or an adjective ("former Soviet state").
_NOT_ALONE = frozenset(
    """
    West East North South Western Eastern Northern Southern Central Soviet Islamic Jewish Arab Member
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_NAME = r"[A-Z][\w'’.-]*[\w]"
_SEQ = rf"{_NAME}(?:[ -](?:{_NAME}|de|del|la|al|el|du|des|bin|ibn))*"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    lead = (
        r"(?:in|at|near|from|outside|around|across|into|towards?|inside|"
        r"(?:outskirts|suburbs|edge|centre|center|north|south|east|west|siege|encirclement|blockade|shelling|bombing|"
        r"bombardment|evacuation|fall|capture|recapture|liberation|residents|people|civilians|streets) of|"
        r"(?:town|city|village|district|province|region|neighbou?rhood|camp|enclave) of)"
    )
    area = r"(?:province|city|district|region|state|governorate|county|village|town|municipality|prefecture|area)"
    return (
        re.compile(
            rf"\b(?i:{lead})\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west|"
            rf"north-?eastern|north-?western|south-?eastern|south-?western|rebel-held|besieged)\s+)?"
            rf"(?:(?:town|city|village|district|province|region|area|state|county|camp|neighbou?rhood) of\s+)?"
            rf"(?P<p>{_SEQ})"
            rf"(?:,\s+(?P<q>{_NAME}(?: {_NAME})?)(?=[.,;:)]|\s+(?:on|last|this|yesterday|earlier|late|in)\b))?"
        ),
        re.compile(rf"(?P<p>{_SEQ})\s+{area}\b"),
        re.compile(rf"^\s*(?P<p>[A-Z][A-Z'’. -]{{2,}}[A-Z])(?:,\s+(?P<q>{_SEQ}))?\s*(?:\(|—|–|-|:)"),
    )


def _clean(text: str, start: int, end: int) -> tuple[int, int] | None:
    name = text[start:end]
    for suffix in ("'s", "’s", "'", "’", "."):
        if name.endswith(suffix):
            end -= len(suffix)
            name = text[start:end]
    words = name.split()
    if words and words[0] in _LABELS:
        return None
    titled = False
    while words and words[0] in _NOT_PLACES:
        titled = titled or words[0] in _TITLES
        start += len(words[0]) + 1
        words = words[1:]
    name = text[start:end]
    if not words or titled or all(w in _NOT_PLACES for w in words) or _ORG_WORDS.search(name) or len(name) < 3:
        return None
    if len(words) == 1 and words[0] in _NOT_ALONE:
        return None
    if _ORG_AFTER.match(text, end):  # "the Magistrates' Court", "Kabul's University"
        return None
    return (start, end)


def find_places(text: str) -> list[Place]:
    """Every toponym candidate of ``text``, in order, without duplicates (text and span only)."""
    if text.islower() or not any(c.isupper() for c in text):  # islower(): no upper-case letter (fast)
        return []
    found: dict[tuple[int, int], Place] = {}
    for pattern in _patterns():
        for m in pattern.finditer(text):
            for g in ("p", "q"):
                if g not in pattern.groupindex or m.group(g) is None:
                    continue
                span = _clean(text, m.start(g), m.end(g))
                if span and not any(s[0] <= span[0] < s[1] or span[0] <= s[0] < span[1] for s in found):
                    found[span] = Place(text=text[span[0] : span[1]], span=span)
    return [found[s] for s in sorted(found)]
