"""Shortcuts that skip recomputation give exactly what the full computation gives."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from brief import cache as article_cache
from brief import pipeline
from brief.ingest import dedupe
from brief.model import Sentence
from brief.summarize import briefing, concepts, position
from brief.summarize.registry import summarize

STORIES = Path(__file__).resolve().parent / "data_stories"

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


def test_a_warm_load_hashes_no_text_and_keeps_the_computed_shingles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each parsed copy keeps its text's near-copy shingles: a warm load finds the same duplicates
    without hashing a text, from shingles equal to the computed ones; bad ones are not trusted."""
    paths = [str(p) for p in sorted(STORIES.glob("*.txt"))]
    copy = tmp_path / "copy.txt"
    copy.write_bytes(Path(paths[0]).read_bytes())  # a near-copy to find, cold and warm
    paths.append(str(copy))
    options = pipeline.Options(cache_dir=str(tmp_path / "cache"), workers=1)
    cold = pipeline.load(paths, options)
    assert cold.duplicates
    for article in cold.articles:
        assert dedupe.shingles(article.text) == frozenset(dedupe._shingles(article.text))
    hashed: list[str] = []
    real = dedupe._shingles

    def counting(text: str) -> set[int]:
        hashed.append(text)
        return real(text)

    monkeypatch.setattr(dedupe, "_shingles", counting)
    warm = pipeline.load(paths, options)
    assert warm == cold and hashed == []
    for entry in (tmp_path / "cache" / "articles").glob("*" + article_cache.PARSED_SUFFIX):
        stored = json.loads(entry.read_text())
        stored["shingles"] = ["not a hash"]
        entry.write_text(json.dumps(stored))
    assert pipeline.load(paths, options) == cold and hashed  # parsed and hashed again
