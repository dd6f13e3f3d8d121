"""The geoparser: recognise the toponyms of a document and resolve each to a gazetteer place.

Candidate generation is the gazetteer's (:meth:`Gazetteer.candidates`); features are in ``features.py``;
the ranker and its weights in ``ranker.py`` and ``data/ranker.yaml``. Resolution runs twice over a
document: a first pass places every toponym on priors (population, kind of place, country mentions and
demonyms), a second pass re-ranks with what the first found (countries and divisions of the document,
nearby places, "Aleppo, Syria" hierarchies).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

from vigil.records import Place
from vigil.resolve.places import lexicon
from vigil.resolve.places.features import Context, features
from vigil.resolve.places.gazetteer import Candidate, Gazetteer
from vigil.resolve.places.lexicon import RankerWeights
from vigil.resolve.places.normalize import normalize
from vigil.resolve.places.ranker import Ranked, Ranker
from vigil.resolve.places.recognize import Toponym, recognize

_COMMA = re.compile(r"\s*,\s*$")
_TYPE_WORDS = re.compile(r"\s+(?:province|governorate|state|region|district|county|city|town|village)$", re.I)


def precision(candidate: Candidate, *, direction: str | None = None) -> str:
    """exact, district, city, admin1 or country: how fine the place is."""
    code = candidate.feature_code or ""
    if candidate.is_country or code in ("CONT", "RGN"):
        return "country"
    if candidate.is_admin1:
        return "admin1"
    if candidate.feature_class == "A":
        return "district"
    if candidate.feature_class == "P":
        return "district" if direction or code in ("PPLX", "PPLL") else "city"
    return "exact"


class Geoparser:
    """Recognise and resolve the places of a document: ``Geoparser(gazetteer=...)(text) -> list[Place]``."""

    def __init__(
        self,
        *,
        gazetteer: Gazetteer | Callable[[], Gazetteer],
        weights: RankerWeights | None = None,
        limit: int = 20,
    ) -> None:
        self._source = gazetteer
        self._gazetteer: Gazetteer | None = gazetteer if isinstance(gazetteer, Gazetteer) else None
        self._ranker = Ranker(weights=weights)
        self._limit = limit

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            source = self._source
            self._gazetteer = source if isinstance(source, Gazetteer) else source()
        return self._gazetteer

    def __call__(self, text: str) -> list[Place]:
        toponyms = recognize(text, known=self._known)
        return self._resolve(text, toponyms, keep_all=False)

    def resolve(self, text: str, mentions: list[tuple[int, int]]) -> list[Place]:
        """Resolve given spans (gold toponyms): one Place per span, unresolved where nothing fits."""
        toponyms = [self._toponym(text, start, end) for start, end in mentions]
        return self._resolve(text, toponyms, keep_all=True)

    # ---------------------------------------------------------------- recognition helpers

    def _known(self, name: str, dotted: bool) -> int:
        found = [c for c in self.gazetteer.candidates(name, limit=self._limit) if c.name_kind != "dotted" or dotted]
        if not found:
            return 0
        if any(c.is_country or c.is_admin1 or c.is_continent or c.population >= 100_000 for c in found):
            return 3
        return 2 if any(c.name_kind in ("alias", "dotted") for c in found) else 1

    def _toponym(self, text: str, start: int, end: int) -> Toponym:
        name = text[start:end]
        top = Toponym(start, end, name)
        words = name.split()
        if len(words) > 1 and words[0].lower() in lexicon.cues().directions:
            top.direction = words[0].lower()
            name = " ".join(words[1:])
        if name.lower().startswith("the "):
            name = name[4:]
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        demonyms = lexicon.demonyms()
        code = demonyms.get(name) or (demonyms.get(name[:-1]) if name.endswith("s") else None)
        if code is not None:
            top.demonym = code
        elif not self.gazetteer.known(name) and (m := _TYPE_WORDS.search(name)) is not None:
            top.hint = "admin" if m.group().strip().lower() not in ("city", "town", "village") else "city"
            name = name[: m.start()]
        else:
            after = text[end : end + 16].lower().split()
            if after and after[0] in lexicon.cues().after_admin:
                top.hint = "admin"
            elif after and after[0] in lexicon.cues().after_city:
                top.hint = "city"
        top.text = name
        return top

    # ---------------------------------------------------------------- resolution

    def _candidates(self, text: str, top: Toponym) -> list[Candidate]:
        if top.demonym is not None:
            country = self.gazetteer.country(top.demonym)
            return [country] if country is not None else []
        if not top.gazetteer:
            return []
        name = top.text.title() if top.text.isupper() and len(top.text) > 4 else top.text
        dotted = "." in name or text[top.end : top.end + 1] == "."
        return [c for c in self.gazetteer.candidates(name, limit=self._limit) if c.name_kind != "dotted" or dotted]

    def _resolve(self, text: str, toponyms: list[Toponym], *, keep_all: bool) -> list[Place]:
        cands = [self._candidates(text, t) for t in toponyms]
        norms = [normalize(t.text) for t in toponyms]
        containers: list[list[Candidate]] = []
        for i, top in enumerate(toponyms):
            nxt = i + 1 < len(toponyms) and _COMMA.match(text[top.end : toponyms[i + 1].start])
            containers.append([c for c in cands[i + 1] if c.is_country or c.is_admin1] if nxt else [])
        context = Context()
        for top, cs in zip(toponyms, cands, strict=True):
            if top.demonym is not None:
                context.countries[top.demonym] += 1.0
            elif cs and cs[0].is_country:
                context.countries[cs[0].country or ""] += 1.0
        first = self._pass(toponyms, cands, norms, containers, context, Counter())
        own: Counter[int] = Counter()  # mention index -> 1 when it added to the country evidence
        context2 = Context(countries=defaultdict(float, context.countries))
        for i, ranked in enumerate(first):
            if ranked is None:
                continue
            c = ranked.candidate
            if c.country and not c.is_country and toponyms[i].demonym is None:
                context2.countries[c.country] += 0.5
                own[i] = 1
            if c.is_admin1 and c.country and c.admin1:
                context2.admin1.add((c.country, c.admin1))
            if c.lat is not None and c.lon is not None and not c.is_country and c.feature_code not in ("CONT", "RGN"):
                context2.points.append((norms[i], c.lat, c.lon))
        second = self._pass(toponyms, cands, norms, containers, context2, own)
        places = []
        for top, ranked in zip(toponyms, second, strict=True):
            if ranked is None:
                if keep_all or top.cue or not top.gazetteer:
                    places.append(Place(text=top.text, span=(top.start, top.end)))
                continue
            places.append(self._place(text, top, ranked.candidate))
        return places

    def _pass(
        self,
        toponyms: list[Toponym],
        cands: list[list[Candidate]],
        norms: list[str],
        containers: list[list[Candidate]],
        context: Context,
        own: Counter[int],
    ) -> list[Ranked | None]:
        out: list[Ranked | None] = []
        memo: dict[tuple[object, ...], Ranked | None] = {}
        for i, top in enumerate(toponyms):
            key = (norms[i], top.hint, top.demonym, tuple(c.id for c in containers[i]), own[i])
            if key not in memo:
                scored = []
                for rank, c in enumerate(cands[i]):
                    own_country = 0.5 if own[i] and c.country else 0.0
                    if top.demonym is not None or c.is_country:
                        own_country = 1.0
                    values = features(
                        c,
                        norm=norms[i],
                        hint=top.hint,
                        container=containers[i],
                        others=cands[i],
                        context=context,
                        own_country=own_country,
                        first=rank == 0,
                        top_population=cands[i][0].population if cands[i] else 0,
                    )
                    scored.append(Ranked(c, self._ranker.score(values)))
                memo[key] = self._ranker.best(scored)
            out.append(memo[key])
        return out

    def _place(self, text: str, top: Toponym, c: Candidate) -> Place:
        level = precision(c, direction=top.direction)
        start = top.start
        if top.direction and level == "district" and c.feature_class == "P":
            found = text.rfind(top.direction, max(0, start - 20), start)
            found = found if found >= 0 else text.lower().rfind(top.direction, max(0, start - 20), start)
            start = found if found >= 0 else start
        return Place(
            text=text[start : top.end] if start != top.start else top.text,
            span=(start, top.end),
            name=c.name,
            lat=c.lat,
            lon=c.lon,
            country=c.country,
            admin1=self.gazetteer.admin1_name(c.country, c.admin1) if not c.is_country else None,
            geonameid=c.geonameid,
            feature_code=c.feature_code,
            precision=level,
        )
