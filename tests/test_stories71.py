"""bench/stories.py --errors (session 55, issue 12's related mix): each error's own cost, the articles
that read as another story's, and a document the source files under two stories, on articles and
labellings written here."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import stories  # noqa: E402
from _story_errors import crossing_rows, error_costs  # noqa: E402

_CANAL = (
    "The port authority of Velmouth voted on Monday to deepen the old grain canal before the autumn harvest. "
    "Authority chair Brannoc Ytter said barges had run aground twice this summer in the silted canal. "
    "Dredging will start next month and close the canal to barges for six weeks, the authority said. "
    "Grain merchants in Velmouth welcomed the plan but asked for a temporary road permit for their lorries."
)
_CHOIR = (
    "The Dunmere youth choir won the national folk song prize in Ostraven on Saturday night. "
    "Its conductor, Ilse Marrow, said the forty singers had rehearsed the winning ballad since the spring. "
    "The choir will sing at the opening of the Dunmere music festival next month. "
    "The judges praised the choir's clear harmonies and its choice of a forgotten fishing song."
)


def test_each_merge_and_split_has_its_own_cost() -> None:
    gold = ["trial", "trial", "trial", "deal", "deal", "vote", "vote", "vote"]
    # The trial and the deal share a group; the vote is split in two pieces.
    labels = [0, 0, 0, 0, 0, 1, 1, 2]
    merges, splits = error_costs(labels, gold)
    assert [pair for pair, _ in merges] == [("deal", "trial")]
    assert merges[0][1] > 0
    assert [(story, pieces) for story, pieces, _ in splits] == [("vote", [2, 1])]
    assert splits[0][2] > 0


def test_a_perfect_grouping_has_no_errors() -> None:
    assert error_costs([0, 0, 1, 1], ["a", "a", "b", "b"]) == ([], [])


def test_an_article_whose_nearest_are_another_storys_reads_as_that_story() -> None:
    # Rows 0-2 write of the trial, rows 3-5 of the deal; row 2 is filed with the trial but writes as the deal does.
    rows = np.array([[1.0, 0.0], [1.0, 0.1], [0.1, 1.0], [0.0, 1.0], [0.1, 1.0], [0.05, 1.0]])
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    gold = ["trial", "trial", "trial", "deal", "deal", "deal"]
    found = crossing_rows(sp.csr_matrix(rows), gold, near=3)
    assert [(row, other) for row, _, other, _ in found] == [(2, "deal")]


def test_a_document_filed_under_two_stories_is_kept_once_and_marked() -> None:
    rows = [(_CANAL, "harbour", 0, ""), (_CANAL, "grain", 1, ""), (_CHOIR, "choir", 0, "")]
    mix = stories.build_mix("test", rows, {})
    assert mix.gold == ["harbour", "choir"]
    assert mix.filed_twice == {0: "grain"}


def test_a_copy_within_one_story_is_not_filed_twice() -> None:
    rows = [(_CANAL, "harbour", 0, ""), (_CANAL, "harbour", 1, ""), (_CHOIR, "choir", 0, "")]
    mix = stories.build_mix("test", rows, {})
    assert mix.gold == ["harbour", "choir"]
    assert mix.filed_twice == {}
