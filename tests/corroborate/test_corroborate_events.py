from datetime import date

from vigil.corroborate import event_from_mention, figures_from_mentions
from vigil.records import Count, DateSpan, Mention


def _mention(mid: str, *counts: Count) -> Mention:
    return Mention(id=mid, document_id=f"doc-{mid}", type="attack", span=(0, 10), counts=list(counts))


def test_a_single_report_is_an_event_graded_single_source() -> None:
    m = _mention("m1", Count(kind="killed", low=82, high=None, text="at least 82 civilians"))
    m.date = DateSpan(start=date(2016, 12, 13), end=date(2016, 12, 13), text="yesterday")
    event = event_from_mention(m)
    assert event.grade == "single_source"
    assert event.n_sources == 1
    assert event.date_start == date(2016, 12, 13)
    assert [h.action for h in event.history] == ["created"]
    killed = event.figure("killed")
    assert killed is not None
    assert (killed.low, killed.best, killed.high) == (82, 82, None)


def test_conflicting_figures_are_kept_side_by_side_not_averaged() -> None:
    figures = figures_from_mentions(
        [
            _mention("a", Count(kind="killed", low=14, high=14, text="14 people")),
            _mention("b", Count(kind="killed", low=9, high=9, text="nine people")),
            _mention("c", Count(kind="killed", low=14, high=14, text="fourteen")),
            _mention("d", Count(kind="trapped", low=20000, high=25000, text="20,000 to 25,000")),
        ]
    )
    killed = next(f for f in figures if f.kind == "killed")
    assert (killed.low, killed.best, killed.high) == (9, 14, 14)
    assert sorted(v["mention_id"] for v in killed.values) == ["a", "b", "c"]
    trapped = next(f for f in figures if f.kind == "trapped")
    assert (trapped.low, trapped.high) == (20000, 25000)


def test_an_open_ended_figure_leaves_the_high_open() -> None:
    figures = figures_from_mentions(
        [
            _mention("a", Count(kind="killed", low=82, high=None, text="at least 82")),
            _mention("b", Count(kind="killed", low=82, high=82, text="82")),
        ]
    )
    assert (figures[0].low, figures[0].best, figures[0].high) == (82, 82, None)
