"""The geoparser: recognise the toponyms of a document and resolve each to a gazetteer place.

Candidate generation is the gazetteer's (:meth:`Gazetteer.candidates`); features are in ``features.py``;
the ranker and its weights in ``ranker.py`` and ``data/ranker.yaml``. Resolution runs twice over a
document: a first pass places every toponym on priors (population, kind of place, country mentions and
demonyms), a second pass re-ranks with what the first found (countries and divisions of the document,
nearby places, "Aleppo, Syria" hierarchies; a small place far from all of them is doubted). A name said
many times counts once as evidence for its country.

Speed: the context-free part of a candidate's score (its prior) is computed once per name and cached; a
pass scores candidates best prior first and stops where no context could lift the rest above the best.
``resolve()`` recognises the rest of the text too, so that a given span resolves in its document's context.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable

from vigil.records import Place
from vigil.resolve.places import lexicon
from vigil.resolve.places.features import CONTEXT_FEATURES, Context, context_features, prior_features
from vigil.resolve.places.gazetteer import Candidate, Gazetteer
from vigil.resolve.places.lexicon import RankerWeights
from vigil.resolve.places.normalize import normalize
from vigil.resolve.places.ranker import Ranked, Ranker
from vigil.resolve.places.recognize import Toponym, recognize

_COMMA = re.compile(r"\s*,\s*$")
_TYPE_WORDS = re.compile(r"\s+(?:province|governorate|state|region|district|county|city|town|village)$", re.I)
_CODE = re.compile(r"(?:(?:The|An?) )?[A-Z]{2,5}")  # a short name in capitals: an abbreviation or a code


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
        self._priors: dict[tuple[str, bool], list[Ranked]] = {}
        self._bounds: dict[tuple[str | None, bool], float] = {}
        self._levels: dict[tuple[str, bool], int] = {}  # what the gazetteer knows of a name, as _known says
        self._last: tuple[str, list[Toponym]] | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            source = self._source
            self._gazetteer = source if isinstance(source, Gazetteer) else source()
        return self._gazetteer

    def __call__(self, text: str) -> list[Place]:
        return self._resolve(text, self._recognized(text), keep_all=False)

    def resolve(self, text: str, mentions: list[tuple[int, int]]) -> list[Place]:
        """Resolve given spans: one Place per span, unresolved where nothing fits.

        The other toponyms of the text are recognised too, as context (the countries and places the
        document is about), so that one span alone resolves as it would within the whole document.
        """
        given = [self._toponym(text, start, end) for start, end in mentions]
        others = [t for t in self._recognized(text) if not any(t.start < g.end and g.start < t.end for g in given)]
        combined = given + others
        order = sorted(range(len(combined)), key=lambda i: combined[i].start)
        toponyms = [combined[i] for i in order]
        places = self._resolve(text, toponyms, keep_all=True)
        by_index = dict(zip(order, places, strict=True))
        return [by_index[i] for i in range(len(given))]

    def _recognized(self, text: str) -> list[Toponym]:
        """The toponyms of ``text``; the last text's are kept, since resolve() often follows a call on it."""
        last = self._last
        if last is not None and last[0] == text:
            return [dataclasses.replace(t) for t in last[1]]
        toponyms = recognize(text, known=self._known)
        self._last = (text, toponyms)
        return [dataclasses.replace(t) for t in toponyms]

    # ---------------------------------------------------------------- recognition helpers

    def _known(self, name: str, dotted: bool) -> int:
        key = (name, dotted)
        level = self._levels.get(key)
        if level is None:
            if len(self._levels) > 200_000:
                self._levels.clear()
            level = self._levels[key] = self._level(name, dotted)
        return level

    def _level(self, name: str, dotted: bool) -> int:
        found = [c for c in self.gazetteer.candidates(name, limit=self._limit) if c.name_kind != "dotted" or dotted]
        if _CODE.fullmatch(name):
            # a short name in capitals is an abbreviation: only the ones listed as such (DRC, UK, US) name places;
            # GeoNames' alternate names in capitals are mostly airport codes ("OLF", "ADF", "NGO")
            found = [c for c in found if c.name_kind in ("alias", "dotted")]
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

    def _candidates(self, text: str, top: Toponym) -> list[Ranked]:
        """The candidates of a toponym with their prior scores (context-free features), cached per name."""
        if top.demonym is not None:
            key: tuple[str, bool] = ("\x00" + top.demonym, False)
        elif not top.gazetteer:
            return []
        else:
            name = top.text.title() if top.text.isupper() and len(top.text) > 4 else top.text
            key = (name, "." in name or text[top.end : top.end + 1] == ".")
        found = self._priors.get(key)
        if found is None:
            if top.demonym is not None:
                country = self.gazetteer.country(top.demonym)
                cands = [country] if country is not None else []
            else:
                cands = [
                    c for c in self.gazetteer.candidates(key[0], limit=self._limit) if c.name_kind != "dotted" or key[1]
                ]
            found = [
                Ranked(c, self._ranker.score(prior_features(c, others=cands, first=rank == 0)))
                for rank, c in enumerate(cands)
            ]
            found.sort(key=lambda r: -r.score)
            if len(self._priors) > 100_000:
                self._priors.clear()
            self._priors[key] = found
        return found

    def _bound(self, hint: str | None, contained: bool) -> float:
        """The most the context features can add to a candidate's score (for pruning)."""
        key = (hint, contained)
        if key not in self._bounds:
            skip = {"hierarchy"} if not contained else set()
            skip |= {"cue_admin", "cue_city"} - ({f"cue_{hint}"} if hint else set())
            weights = self._ranker.weights.weights
            self._bounds[key] = sum(max(0.0, weights.get(f, 0.0)) for f in CONTEXT_FEATURES if f not in skip)
        return self._bounds[key]

    def _country_weights(self) -> tuple[float, float]:
        """The positive weights of country_in_doc and country_share (0 where negative)."""
        weights = self._ranker.weights.weights
        return max(0.0, weights.get("country_in_doc", 0.0)), max(0.0, weights.get("country_share", 0.0))

    def _country_point(self, code: str) -> tuple[float, float] | None:
        country = self.gazetteer.country(code)
        return (
            (country.lat, country.lon)
            if country is not None and country.lat is not None and country.lon is not None
            else None
        )

    def _resolve(self, text: str, toponyms: list[Toponym], *, keep_all: bool) -> list[Place]:
        cands = [self._candidates(text, t) for t in toponyms]
        norms = [normalize(t.text) for t in toponyms]
        containers: list[list[Candidate]] = []
        for i, top in enumerate(toponyms):
            nxt = i + 1 < len(toponyms) and _COMMA.match(text[top.end : toponyms[i + 1].start])
            containers.append(
                [s.candidate for s in cands[i + 1] if s.candidate.is_country or s.candidate.is_admin1] if nxt else []
            )
        context = Context()
        for i, (top, cs) in enumerate(zip(toponyms, cands, strict=True)):
            largest = min((r.candidate for r in cs), key=lambda c: (-c.population, c.id), default=None)
            code = (
                top.demonym
                if top.demonym is not None
                else (largest.country if largest and largest.is_country else None)
            )
            if code is None:
                continue
            context.countries[code] += 1.0
            if (point := self._country_point(code)) is not None:
                context.anchors.append((norms[i], *point))
        first = self._pass(toponyms, cands, norms, containers, context, {})
        own: dict[int, str] = {}  # mention index -> the country its first-pass place added evidence to
        context2 = Context(countries=defaultdict(float, context.countries), anchors=list(context.anchors))
        counted: set[str] = set()  # a name said again is no more evidence for its country
        for i, ranked in enumerate(first):
            if ranked is None:
                continue
            c = ranked.candidate
            if c.country and not c.is_country and toponyms[i].demonym is None:
                if norms[i] not in counted:
                    context2.countries[c.country] += 0.5
                    counted.add(norms[i])
                own[i] = c.country
            if c.is_admin1 and c.country and c.admin1:
                context2.admin1.add((c.country, c.admin1))
            if c.lat is not None and c.lon is not None and not c.is_country and c.feature_code not in ("CONT", "RGN"):
                context2.points.append((norms[i], c.lat, c.lon))
        context2.anchors.extend(context2.points)
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
        cands: list[list[Ranked]],
        norms: list[str],
        containers: list[list[Candidate]],
        context: Context,
        own: dict[int, str],
    ) -> list[Ranked | None]:
        out: list[Ranked | None] = []
        memo: dict[tuple[object, ...], Ranked | None] = {}
        countries, total = context.countries, sum(context.countries.values())
        for i, top in enumerate(toponyms):
            key = (norms[i], top.hint, top.demonym, tuple(c.id for c in containers[i]), own.get(i))
            if key not in memo:
                # candidates come best prior first: stop once no context could lift the rest above the best
                bound = self._bound(top.hint, bool(containers[i]))
                w_in, w_share = self._country_weights()
                scored: list[Ranked] = []
                best = float("-inf")
                for prior in cands[i]:
                    if prior.score + bound < best:
                        break
                    c = prior.candidate
                    own_country = 0.5 if c.country is not None and own.get(i) == c.country else 0.0
                    if top.demonym is not None or c.is_country:
                        own_country = 1.0
                    # the country features, cheaply (as Context.country_weight): skip what cannot win
                    mine = max(0.0, countries.get(c.country, 0.0) - own_country) if c.country else 0.0
                    rest = max(0.0, total - own_country)
                    country = w_in * (mine >= 1.0) + w_share * (mine / rest if rest else 0.0)
                    if prior.score + country + bound - w_in - w_share < best:
                        continue
                    values = context_features(
                        c,
                        norm=norms[i],
                        hint=top.hint,
                        container=containers[i],
                        context=context,
                        own_country=own_country,
                    )
                    scored.append(Ranked(c, prior.score + self._ranker.score(values)))
                    best = max(best, scored[-1].score)
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
