"""Session 57, issue 12's related mix, on labellings and articles written here: how much of a mix's loss is the
gold's own ambiguity (a document the source files under two stories, scored leniently on a separate line)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import stories  # noqa: E402


def test_a_document_filed_twice_counts_as_right_in_either_story() -> None:
    gold = ["ferry", "ferry", "strike", "strike", "ferry"]
    # Row 4 is filed under the ferry story and under the strike story; the grouping puts it with the strike.
    predicted = [0, 0, 1, 1, 1]
    strict = stories.bcubed(predicted, gold)
    lenient = stories.lenient_bcubed(predicted, gold, {4: "strike"})
    assert strict[2] < 1.0
    assert lenient == (1.0, 1.0, 1.0)


def test_lenient_scoring_changes_nothing_without_documents_filed_twice() -> None:
    gold = ["ferry", "ferry", "strike", "strike"]
    predicted = [0, 1, 1, 1]
    assert stories.lenient_bcubed(predicted, gold, {}) == stories.bcubed(predicted, gold)


def test_a_wrong_grouping_stays_wrong_under_lenient_scoring() -> None:
    gold = ["ferry", "ferry", "strike", "strike", "ferry"]
    # Row 4 (ferry or strike) is alone, and the ferry story is merged with the strike: neither label mends that.
    predicted = [0, 0, 0, 0, 1]
    assert stories.lenient_bcubed(predicted, gold, {4: "strike"})[0] < 1.0
