"""The wording around an actor mention that names who it acts for.

- ``BACKED_SUFFIX``: "Russian-backed", "Iran-aligned" (the words before are the backer);
- ``PRO_PREFIX``: "pro-government militias", "pro-Assad forces";
- ``POSSESSIVE``: "Iran's proxies", "the army's allied militias";
- ``CONNECTOR``: "X backed by Y", "X, which is backed by Y", "X loyal to Y", "X allied with Y", "proxies of Y";
- ``MORE``: "backed by Russia and Iran";
- ``ALLIED``: "the army and allied Iraqi militiamen" (the army is the militiamen's ally);
- ``NAME``: a capitalised name where no dictionary form follows a connector ("loyal to Khalifa Haftar").
"""

from __future__ import annotations

import re

_VERBS = (
    r"backed|supported|sponsored|funded|financed|armed|trained|equipped|directed|controlled|commanded|"
    r"paid|protected|created|organi[sz]ed|deployed|sent|recruited|mobili[sz]ed|aided"
)

BACKED_SUFFIX = re.compile(
    r"\.?[-‐‑–]\s*(?:backed|supported|sponsored|funded|financed|armed|trained|aligned|allied|affiliated|"
    r"directed|paid|linked)\b",
    re.IGNORECASE,
)

PRO_PREFIX = re.compile(r"\bpro[-‐‑–]\s*\Z", re.IGNORECASE)

POSSESSIVE = re.compile(r"['’]s?\s+(?:the\s+)?", re.IGNORECASE)

# Up to two plain words between a backer and the actor it backs ("Iranian-backed local militias").
BETWEEN = re.compile(r"\s*(?:[^\W\d_][\w'’]*\s+){0,2}")
# At most one plain word between an owner and what it owns ("Iran's regional proxies").
ONE_WORD = re.compile(r"(?:[^\W\d_][\w'’]*\s+)?")

CONNECTOR = re.compile(
    r"\s*,?\s*(?:(?:which|who|that)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?)\s+)?"
    r"(?:(?:reportedly|allegedly|widely|long|also|heavily|openly|largely|directly|secretly|believed\s+to\s+be|"
    r"said\s+to\s+be|thought\s+to\s+be|reported\s+to\s+be)\s+)*"
    rf"(?:(?:{_VERBS})(?:\s*(?:,|and|or)\s*(?:{_VERBS}))*\s+by"
    r"|loyal\s+to|allied\s+(?:to|with)|aligned\s+(?:to|with)|affiliated\s+(?:to|with)|linked\s+to|"
    r"fighting\s+(?:for|on\s+behalf\s+of|alongside)|working\s+for|acting\s+(?:for|on\s+behalf\s+of)|"
    r"on\s+behalf\s+of|in\s+the\s+pay\s+of|proxies\s+of|proxy\s+of|proxy\s+forces\s+of|answerable\s+to|"
    r"under\s+the\s+command\s+of|in\s+the\s+service\s+of)"
    r"\s+(?:(?:the|its|their|his|her)\s+)?",
    re.IGNORECASE,
)

MORE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|its|their)\s+)?", re.IGNORECASE)

ALLIED = re.compile(
    r"\s*,?\s+(?:and|with|alongside|along\s+with|together\s+with|as\s+well\s+as|backed\s+by)\s+"
    r"(?:(?:its|their|the|some|several)\s+)?(?:allied|affiliated|aligned|associated|auxiliary|supporting|proxy)\s+",
    re.IGNORECASE,
)

NAME = re.compile(
    r"(?:(?:former|late|ousted|deposed|exiled|self-proclaimed)\s+)?"
    r"(?:(?:President|Prime\s+Minister|General|Gen\.|Field\s+Marshal|Marshal|Colonel|Col\.|Commander|Sheikh|"
    r"Emir|King|Prince|Governor|warlord|cleric)\s+)?"
    r"[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ibn|abu|de|van|von)[-\s])?[A-Z][\w'’-]+){0,3}"
)
