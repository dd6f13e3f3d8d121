"""Adding mentions in another order gives the same clusters, where the events are clearly apart."""

from datetime import date

from corroborate_helpers import doc, mention, place
from hypothesis import given, settings
from hypothesis import strategies as st

from vigil.corroborate import Corroborator
from vigil.records import Document, Mention

_TOWNS = ["Kessa", "Dorin", "Halvik", "Tesk", "Maren", "Quarro"]
_TYPES = ["air_drone_strike", "abduction_forced_disappearance", "peaceful_protest"]
_WORDS = ["bakery", "school", "market", "hospital", "bridge", "mosque", "camp", "station"]


def _reports() -> list[tuple[str, Mention, Document]]:
    """Six reports each of nine events: three towns x three days a week apart, one type per event."""
    out = []
    n = 0
    for e in range(9):
        town, day, kind = _TOWNS[e % 6], 3 + 7 * (e // 3), _TYPES[e % 3]
        for k in range(6):
            text = f"Report {k} on {town}: {_WORDS[e % 8]} hit on {day} March, witnesses in {town} said ({e}-{k})."
            d = Document(text=text, source_id=f"r{n}", source=f"Publisher {k}", published=date(2031, 3, day + k % 2))
            m = mention(f"m{n}", d, type=kind, where=place(town), day=day, evidence=text)
            out.append((f"E{e}", m, d))
            n += 1
    return out


def _clusters(items: list[tuple[str, Mention, Document]]) -> set[frozenset[str]]:
    c = Corroborator()
    for _, m, d in items:
        c.add(m, document=d)
    return {frozenset(m.id for m in e.mentions) for e in c.events()}


@settings(max_examples=25, deadline=None)
@given(st.permutations(range(54)))
def test_clusters_do_not_depend_on_the_order_of_arrival(order: list[int]) -> None:
    reports = _reports()
    gold: dict[str, set[str]] = {}
    for label, m, _ in reports:
        gold.setdefault(label, set()).add(m.id)
    expected = {frozenset(v) for v in gold.values()}
    assert _clusters(reports) == expected
    assert _clusters([reports[i] for i in order]) == expected


def test_helpers_make_distinct_documents() -> None:
    assert len({d.id for _, _, d in _reports()}) == 54
    assert doc("x", source="A").source == "A"
