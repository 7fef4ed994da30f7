"""Shortcuts that skip recomputation give exactly what the full computation gives."""

from __future__ import annotations

import numpy as np

from brief.model import Sentence
from brief.summarize import briefing, concepts, position
from brief.summarize.registry import summarize

TEXT = [
    "The city council approved a new budget for the harbour on Tuesday after a long debate.",
    "Council members said the budget would pay for repairs to the harbour wall and two new cranes.",
    "He declined to comment.",
    "The harbour, which handles most of the region's grain exports, was damaged by storms last winter.",
    "Advertisement",
    "Critics said the plan ignored the cost of dredging the channel, which they put at millions.",
    "The mayor said work on the harbour wall would begin in the spring and end within two years.",
    "\"We cannot wait another winter,\" she said.",
]


def _sentences(article: int = 1) -> list[Sentence]:
    return [Sentence(article, i, 0, len(t), t) for i, t in enumerate(TEXT)]


def test_position_scores_from_given_features_equal_computed() -> None:
    pooled = _sentences()
    f = concepts.features(pooled)
    assert np.array_equal(position.scores(pooled), position.scores(pooled, f.tfidf, f.lengths))


def test_position_chooser_equals_registry_summarize() -> None:
    pooled = _sentences()
    choose = briefing._position_chooser(pooled, concepts.features(pooled))
    for n in (-1, 0, 1, 3, len(pooled), len(pooled) + 5):
        assert choose(n) == summarize(pooled, n, "position")
