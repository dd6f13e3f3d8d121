"""Which situation an event belongs to: its place's GeoNames id, else its normalised name and country."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from vigil.records import Event, Place

_ARTICLE = re.compile(r"^(the|al|el)[\s-]+")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class SituationKey:
    id: str
    name: str
    country: str | None
    geonameid: int | None


def normalise_name(name: str) -> str:
    """ "Kafr  Hálam" and "kafr-halam" are one name: accents dropped, case folded, punctuation to hyphens."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").casefold().strip()
    folded = _ARTICLE.sub("", folded)
    return _NON_WORD.sub("-", folded).strip("-")


def place_key(place: Place) -> SituationKey | None:
    name = place.name or place.text
    if place.geonameid is not None:
        return SituationKey(id=f"geo-{place.geonameid}", name=name, country=place.country, geonameid=place.geonameid)
    slug = normalise_name(name)
    if not slug:
        return None
    country = (place.country or "").lower() or "xx"
    return SituationKey(id=f"{slug}-{country}", name=name, country=place.country, geonameid=None)


def situation_key(event: Event) -> SituationKey | None:
    """The situation of ``event``, or None when it has no place."""
    return place_key(event.location) if event.location is not None else None
