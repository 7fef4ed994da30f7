"""The error budget of bench/stories.py --budget (bench/_story_errors.py), on labellings written here."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from _story_errors import error_budget, error_cases, linking_terms  # noqa: E402


def single(story: str) -> bool:
    return story.startswith("one-")


def test_a_perfect_grouping_costs_nothing() -> None:
    gold = ["a", "a", "b", "b", "one-1", "one-2"]
    (p, r, f), costs = error_budget([0, 0, 1, 1, 2, 3], gold, single)
    assert (p, r, f) == (1.0, 1.0, 1.0)
    assert all(c == 0 for c in costs.values())


def test_each_error_is_charged_to_its_kind() -> None:
    gold = ["a", "a", "a", "b", "b", "one-1", "one-2", "one-3"]
    # "a" split in two; "b" joined by one-1; one-2 and one-3 merged.
    (p, r, f), costs = error_budget([0, 0, 1, 2, 2, 2, 3, 3], gold, single)
    assert costs["split"] > 0 and costs["single into story"] > 0 and costs["singles merged"] > 0
    assert costs["merged"] == 0
    assert p == pytest.approx(1 - (2 * (1 / 3) + 2 / 3 + 2 * 0.5) / 8)
    assert r == pytest.approx(1 - (2 * (1 / 3) + 2 / 3) / 8)


def test_two_stories_merged_and_one_split() -> None:
    gold = ["a", "a", "b", "b", "c", "c"]
    labels = [0, 0, 0, 0, 1, 2]
    (_, _, f), costs = error_budget(labels, gold, single)
    assert costs["merged"] > 0 and costs["split"] > 0 and f < 1
    merges, splits = error_cases(labels, gold, single)
    assert merges == [("b", [2, 3], [0, 1])]
    assert splits == [("c", [5], [4])]


def test_linking_terms_are_what_the_two_sides_share() -> None:
    rows = np.array([[0.6, 0.8, 0.0], [0.6, 0.0, 0.8], [1.0, 0.0, 0.0]])
    cosine, terms = linking_terms(sp.csr_matrix(rows), ["Anwar", "trial", "summit"], [0, 1], [2])
    assert cosine == pytest.approx(0.6)
    assert terms == [("Anwar", pytest.approx(0.6))]
