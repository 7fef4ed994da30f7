"""The briefing leaves untried an opener that cannot win (concepts.PRUNE_OPENERS): the same answers
with the bound on and off, on a small story written for these tests, and fewer integer programs."""

from __future__ import annotations

import math

import pytest

from brief.model import Sentence
from brief.summarize import concepts
from brief.summarize.salience import DEFAULT, Settings, features

STORY = [
    [
        "Flood water closed the main bridge over the river Aldwick on Tuesday morning.",
        "Council engineers said the bridge would stay shut until the water falls and its piers are checked.",
        "Commuters from the eastern villages faced a detour of twenty miles through Marrow Cross.",
        "The river rose two metres overnight after three days of heavy rain in the hills.",
    ],
    [
        "The main bridge over the river Aldwick was closed on Tuesday as flood water rose two metres.",
        "Engineers from the council will check the bridge piers once the water falls, a spokesman said.",
        "Schools in the eastern villages stayed open, though many pupils arrived late.",
        "Forecasters expect more heavy rain in the hills on Thursday.",
    ],
    [
        "Heavy rain in the hills sent the river Aldwick two metres higher overnight.",
        "The council closed the main bridge on Tuesday morning and said engineers would check its piers.",
        "A detour of twenty miles through Marrow Cross added an hour to the commute from the eastern villages.",
        "Farmers moved sheep from the low meadows beside the river.",
    ],
]


def _pooled() -> list[Sentence]:
    out: list[Sentence] = []
    for n, lines in enumerate(STORY, start=1):
        start = 0
        for index, line in enumerate(lines):
            out.append(Sentence(n, index, start, start + len(line), line))
            start += len(line) + 1
    return out


def test_an_opener_left_untried_could_not_have_won(monkeypatch: pytest.MonkeyPatch) -> None:
    pooled = _pooled()
    real_fill = concepts._fill
    forced: list[int] = []

    def counting_fill(*args: object) -> list[int]:
        if args[-1] is not None:
            forced.append(1)
        return real_fill(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(concepts, "_fill", counting_fill)
    solved = {True: 0, False: 0}
    for weight in (0.01, 1.0, DEFAULT.opener_weight, 50.0, 1e6):
        settings = Settings(opener_weight=weight)
        f = features(pooled, settings)
        for budget in ({"count": 1}, {"count": 2}, {"count": 4}, {"words": 25}, {"words": 60}):
            answers = {}
            for prune in (True, False):
                monkeypatch.setattr(concepts, "PRUNE_OPENERS", prune)
                forced.clear()
                answers[prune] = concepts.select(pooled, f=f, settings=settings, **budget)  # type: ignore[arg-type]
                solved[prune] += len(forced)
            assert answers[True] == answers[False], (weight, budget)
    assert solved[True] < solved[False]  # the bound left some opener untried


def test_only_a_strictly_lower_bound_leaves_an_opener_untried() -> None:
    assert concepts._cannot_win(9.0, 10.0)
    assert not concepts._cannot_win(10.0, 10.0)  # a tie: select keeps the first of the best, so it is tried
    assert not concepts._cannot_win(10.0 - 1e-12, 10.0)  # within the sums' rounding: tried
    assert not concepts._cannot_win(1e9, -math.inf)  # nothing tried yet


def test_no_choice_covers_more_than_the_coverable_worth() -> None:
    pooled = _pooled()
    f = features(pooled, DEFAULT)
    everything = list(range(len(pooled)))
    assert concepts._covered_worth(f, everything) <= concepts._coverable_worth(f) * (1 + 1e-12)
