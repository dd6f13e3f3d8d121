"""The ranker: a linear score over candidate features, with weights from ``data/ranker.yaml``."""

from __future__ import annotations

from dataclasses import dataclass

from vigil.resolve.places.gazetteer import Candidate
from vigil.resolve.places.lexicon import RankerWeights, default_weights


@dataclass(frozen=True, slots=True)
class Ranked:
    candidate: Candidate
    score: float


class Ranker:
    """Scores candidates; the best one wins when it reaches ``min_score``."""

    def __init__(self, *, weights: RankerWeights | None = None) -> None:
        self._weights = weights

    @property
    def weights(self) -> RankerWeights:
        if self._weights is None:
            self._weights = default_weights()
        return self._weights

    def score(self, values: dict[str, float]) -> float:
        w = self.weights.weights
        return sum(w.get(name, 0.0) * value for name, value in values.items())

    def best(self, scored: list[Ranked]) -> Ranked | None:
        if not scored:
            return None
        top = max(scored, key=lambda r: (r.score, r.candidate.population))
        return top if top.score >= self.weights.min_score else None
