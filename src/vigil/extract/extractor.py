"""The extract stage: a Document in, an Extraction (its event mentions and place names) out.

Sentences are split by regex; a compiled trigger regex picks the few that may carry an event; only
those are typed (trigger lexicon), read for roles, counts, dates, modality and cues, and kept when
their modality is not hypothetical or negated, nor the plan of an act (a threat: see ``tells_an_event``).
Mentions of the same type in adjacent sentences merge.
The armed parties of a battle end as its ``sides``, not as perpetrators or victims.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from vigil.extract.accusations import AccusationLexicon, find_accusations, load_accusations
from vigil.extract.claims import add_claimed_doers
from vigil.extract.context import add_context_doers
from vigil.extract.context_lexicon import ContextLexicon, load_context
from vigil.extract.counts import find_counts
from vigil.extract.cues import CueLexicon, load_cues
from vigil.extract.dates import event_date, find_dates
from vigil.extract.modality import modality_of, tells_an_event
from vigil.extract.occurrence import in_a_figure, tells_an_occurrence
from vigil.extract.places import find_places
from vigil.extract.relevance import names_an_occurrence
from vigil.extract.roles import RoleLexicon, Roles, find_roles, load_roles
from vigil.extract.roles_affiliation import add_affiliations
from vigil.extract.roles_anaphora import drop_anaphoric_doers
from vigil.extract.roles_items import named_again
from vigil.extract.sentences import split_sentences
from vigil.extract.triggers import TriggerHit, TriggerLexicon, load_triggers
from vigil.records import Actor, DateSpan, Document, Extraction, Item, Mention, Place, Span

_COMBATANTS = frozenset({"state_forces", "police", "rebel_group", "political_militia", "identity_militia", "external"})
_SUPERSEDES = (("ceasefire_broken", "ceasefire_agreed"), ("evacuation_blocked", "evacuation"))
_MODALITY_FACTOR = {"asserted": 1.0, "reported": 0.98, "alleged": 0.9, "denied": 0.85, "planned": 0.85}


@dataclass(slots=True, kw_only=True)
class ExtractorConfig:
    """Settings of the extractor. Lexicon paths of ``None`` use the built-in files (``data/*.yaml``)."""

    triggers: Path | None = None
    cues: Path | None = None
    roles: Path | None = None
    accusations: Path | None = None
    min_confidence: float = 0.5
    merge_adjacent: bool = True
    # doers named in the sentences around an event with none, and by claims anywhere (context.py, claims.py)
    context_doers: bool = True
    lead_bonus: float = 0.05
    title_bonus: float = 0.08
    indicator_ceiling: float = 0.58  # a mention typed `other` (an indicator alone) never outranks a real event
    tries: int = 3  # triggers of a sentence tried, strongest first, until one tells an event


@dataclass(frozen=True, slots=True)
class _Lexicons:
    triggers: TriggerLexicon
    cues: CueLexicon
    roles: RoleLexicon
    accusations: AccusationLexicon
    context: ContextLexicon


@functools.cache
def _lexicons(triggers: Path | None, cues: Path | None, roles: Path | None, accusations: Path | None) -> _Lexicons:
    return _Lexicons(
        triggers=load_triggers(triggers),
        cues=load_cues(cues),
        roles=load_roles(roles),
        accusations=load_accusations(accusations),
        context=load_context(roles=roles),
    )


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _indicators(found: Iterable[str]) -> list[str]:
    """Indicator ids without repeats; a ceasefire that broke down is not also one agreed (nor a blocked
    evacuation one under way)."""
    out = _unique(found)
    for stronger, weaker in _SUPERSEDES:
        if stronger in out and weaker in out:
            out.remove(weaker)
    return out


def _nearest_place(places: list[Place], starts: list[int], *, sentence: Span, trigger: Span) -> Place | None:
    """The place of the sentence nearest the trigger; else the last one named before the sentence."""
    s0, s1 = sentence
    lo, hi = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, s1)
    inside = places[lo:hi]
    if inside:
        return min(inside, key=lambda p: _distance(p.span or (0, 0), trigger))
    if lo > 0:
        return places[lo - 1]
    return None


def _distance(place: Span, trigger: Span) -> int:
    """How far a place is from the trigger; places after it ("bombed a market in X") count as nearer."""
    return place[0] - trigger[1] if place[0] >= trigger[1] else 2 * max(0, trigger[0] - place[1])


class Extractor:
    """Turns documents into extractions. Lexicons load lazily, once, on the first call."""

    def __init__(self, *, config: ExtractorConfig | None = None) -> None:
        self.config = config or ExtractorConfig()

    @property
    def lexicons(self) -> _Lexicons:
        c = self.config
        return _lexicons(c.triggers, c.cues, c.roles, c.accusations)

    def __call__(self, document: Document) -> Extraction:
        text = document.text
        lex = self.lexicons
        places = find_places(text)
        starts = [(p.span or (0, 0))[0] for p in places]
        title_type = None
        if document.title:
            hit = lex.triggers.best(document.title, start=0, end=len(document.title))
            title_type = hit.type if hit else None
        triggers = lex.triggers.triage(text)
        found: list[tuple[int, Mention]] = []
        dates: list[DateSpan] = []
        sentences = split_sentences(text) if triggers else []
        if triggers:
            dates = find_dates(text, published=document.published)
            for n, sentence in enumerate(sentences):
                k = bisect.bisect_left(triggers, sentence[0])
                if k == len(triggers) or triggers[k] >= sentence[1]:
                    continue
                # the strongest trigger; a weaker one only where the strongest is a word of violence in another
                # sense ("fighting for his life after gunmen shot him"): the sentence may still tell an act
                for hit in lex.triggers.ranked(text, start=sentence[0], end=sentence[1])[: self.config.tries]:
                    mention = self._mention(document, hit, sentence, n, places, starts, title_type, dates)
                    if mention is not None:
                        found.append((n, mention))
                    if mention is not None or not in_a_figure(text, trigger=(hit.start, hit.end), sentence=sentence):
                        break
        mentions = self._merge(text, found) if self.config.merge_adjacent else [m for _, m in found]
        if self.config.context_doers:
            add_context_doers(lex.context, lex.roles, text, mentions, sentences=sentences)
            add_claimed_doers(lex.context, lex.roles, text, mentions, sentences=sentences)
        drop_anaphoric_doers(lex.roles, mentions)
        add_affiliations(lex.roles, text, mentions)
        accusations = (
            find_accusations(lex.accusations, text, sentences=sentences, dates=dates, mentions=mentions)
            if sentences
            else []
        )
        for mention in mentions:
            if mention.type == "armed_clash":
                _sides(mention)
        return Extraction(
            document_id=document.id,
            source_id=document.source_id,
            mentions=mentions,
            places=places,
            accusations=accusations,
        )

    def pipe(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        for document in documents:
            yield self(document)

    def _mention(
        self,
        document: Document,
        hit: TriggerHit,
        sentence: Span,
        index: int,
        places: list[Place],
        starts: list[int],
        title_type: str | None,
        dates: list[DateSpan],
    ) -> Mention | None:
        text = document.text
        trigger = (hit.start, hit.end)
        modality = modality_of(text, trigger=trigger, sentence=sentence)
        lex = self.lexicons
        if not tells_an_event(modality, type_=hit.type):
            return None  # hypothetical, negated, or a threat: "their camps will be bombed"
        if lex.cues.is_comparison(text, trigger=trigger, sentence=sentence):
            return None
        if not names_an_occurrence(text, trigger=trigger, sentence=sentence):
            return None  # "a culture of fear grips the country as attacks continue": violence named, none told
        if not tells_an_occurrence(text, trigger=trigger, sentence=sentence, type_=hit.type):
            return None  # a toll since the war began, a habit, a question: no event of its own
        evidence = text[sentence[0] : sentence[1]]
        roles = find_roles(lex.roles, text, sentence=sentence, trigger=trigger, type=hit.type)
        _add_agents(lex.cues, text, sentence=sentence, roles=roles, type_=hit.type)
        type_ = hit.type
        if type_ == "attack" and roles.victims and all(v.kind in _COMBATANTS for v in roles.victims):
            type_ = "armed_clash"  # violence between armed parties is a battle, not an attack on civilians
        counts = find_counts(text, start=sentence[0], end=sentence[1])
        confidence = hit.weight
        confidence += 0.04 if roles.perpetrators else 0.0
        confidence += 0.03 if roles.victims or counts else 0.0
        confidence += self.config.lead_bonus if index == 0 else self.config.lead_bonus / 2 if index < 3 else 0.0
        confidence += self.config.title_bonus if title_type == type_ else 0.0
        confidence = min(0.99, confidence * _MODALITY_FACTOR.get(modality.value, 0.9))
        if type_ == "other":
            confidence = min(confidence, self.config.indicator_ceiling)
        if confidence < self.config.min_confidence:
            return None
        return Mention(
            id=f"{document.id[:16]}:{sentence[0]}",
            document_id=document.id,
            type=type_,
            span=sentence,
            confidence=confidence,
            evidence=evidence,
            indicators=_indicators([*hit.indicators, *lex.cues.indicators_of(type_, evidence)]),
            violations=lex.cues.violations_of(type_, evidence),
            perpetrators=roles.perpetrators,
            victims=roles.victims,
            targets=roles.targets,
            weapons=roles.weapons,
            location=_nearest_place(places, starts, sentence=sentence, trigger=trigger),
            date=event_date(dates, trigger=trigger, sentence=sentence, published=document.published),
            counts=counts,
            modality=modality.value,
            source=modality.source,
        )

    @staticmethod
    def _merge(text: str, found: list[tuple[int, Mention]]) -> list[Mention]:
        """Mentions of one type in adjacent sentences are one event told over two sentences."""
        out: list[tuple[int, Mention]] = []
        for n, m in found:
            if out and out[-1][0] == n - 1 and out[-1][1].type == m.type:
                prev = out[-1][1]
                prev.span = (prev.span[0], m.span[1])
                prev.evidence = text[prev.span[0] : prev.span[1]]
                prev.confidence = max(prev.confidence, m.confidence)
                prev.indicators = _indicators([*prev.indicators, *m.indicators])
                prev.violations = _unique([*prev.violations, *m.violations])
                prev.perpetrators = _merge_actors(prev.perpetrators, m.perpetrators)
                prev.victims = _merge_actors(prev.victims, m.victims)
                prev.targets = _merge_items(prev.targets, m.targets)
                prev.weapons = _merge_items(prev.weapons, m.weapons)
                prev.counts = [*prev.counts, *m.counts]
                prev.location = prev.location or m.location
                prev.date = prev.date or m.date
                prev.source = prev.source or m.source
                out[-1] = (n, prev)
            else:
                out.append((n, m))
        return [m for _, m in out]


def _add_agents(cues: CueLexicon, text: str, *, sentence: Span, roles: Roles, type_: str | None = None) -> None:
    """Doers named by the wording of the act ("killed in police firing", "arrested by police") that the role
    reader missed: added as perpetrators of their kind (and no longer victims). A perpetrator of an agent's
    kind that stands only as teller, addressee or target ("police said", "a complaint with the police") and
    does no act of the sentence is dropped. A measure (police on patrol) makes no doer of a violent event."""
    found = cues.agents_in(text, start=sentence[0], end=sentence[1], type_=type_)
    bystanders = cues.bystanders_in(text, start=sentence[0], end=sentence[1])
    if bystanders and roles.perpetrators:
        roles.perpetrators = [a for a in roles.perpetrators if not _bystander(a, bystanders, found)]
    for kind, span in found:
        if any(a.kind == kind for a in roles.perpetrators):
            continue
        same = [a for a in roles.perpetrators if a.span and a.span[0] < span[1] and span[0] < a.span[1]]
        if same:  # the role reader found the phrase but not what it is ("sub-clan militias")
            same[0].kind = kind
            continue
        roles.victims = [v for v in roles.victims if not (v.span and v.span[0] < span[1] and span[0] < v.span[1])]
        roles.perpetrators.append(Actor(text=text[span[0] : span[1]], span=span, kind=kind))


def _sides(mention: Mention) -> None:
    """A battle's armed parties are its sides, not perpetrators or victims of a violation: its doers (from the
    sentence, the context, a claim or an accusation) and the armed dead read as "victims" ("insurgents killed
    five soldiers") move to ``sides``; only those not fighting (civilians caught in it) stay victims."""
    armed = [v for v in mention.victims if v.kind in _COMBATANTS]
    mention.sides = _merge_actors(mention.perpetrators, armed)
    mention.victims = [v for v in mention.victims if v.kind not in _COMBATANTS]
    mention.perpetrators = []


def _bystander(actor: Actor, bystanders: list[tuple[str, Span]], doers: list[tuple[str, Span]]) -> bool:
    """True when the actor stands in wording where its kind only tells, receives or suffers, and does no act."""
    s = actor.span
    if s is None:
        return False
    if any(s[0] < d[1] and d[0] < s[1] for _, d in doers):
        return False
    return any(k == actor.kind and b[0] <= s[0] and s[1] <= b[1] for k, b in bystanders)


def _merge_actors(a: list[Actor], b: list[Actor]) -> list[Actor]:
    """``a`` then the actors of ``b`` it does not name; one named in both keeps the groups of both."""
    seen = {x.text.lower(): x for x in a}
    out = list(a)
    for x in b:
        same = seen.get(x.text.lower())
        if same is None:
            out.append(x)
        elif set(x.groups) - set(same.groups):
            same.groups = sorted(set(same.groups) | set(x.groups))
    return out


def _merge_items(a: list[Item], b: list[Item]) -> list[Item]:
    seen = {x.text.lower() for x in a}
    return [*a, *(x for x in b if x.text.lower() not in seen and not named_again(x, a))]
