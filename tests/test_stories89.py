"""Two established stories that each keep to themselves stay two stories (brief/stories/apart.py).

Average link merges two groups whose articles are, on average, alike enough; two related stories (an arrest and
the summit it overshadows) can be. What tells them apart is where each article's own nearest articles lie. The
graphs here are written for the tests: nodes 0-3 one story, 4-7 another."""

from __future__ import annotations

import numpy as np

from brief.stories.cluster import Graph, average_link


def _graph(n: int, pairs: dict[tuple[int, int], float]) -> Graph:
    keys = sorted(pairs)
    return Graph(n, np.array([a for a, _ in keys], dtype=np.int64), np.array([b for _, b in keys], dtype=np.int64),
                 np.array([pairs[k] for k in keys]))


def _two_stories(size: int, inner: float, cross: float) -> dict[tuple[int, int], float]:
    """Every pair of ``2 * size`` nodes: ``inner`` inside each half, ``cross`` between the halves."""
    return {(a, b): inner if (a < size) == (b < size) else cross for a in range(2 * size) for b in range(a + 1, 2 * size)}


def test_two_established_stories_whose_articles_keep_to_themselves_stay_apart() -> None:
    linked = _graph(8, _two_stories(4, 0.9, 0.5))  # the halves' average link (0.5) is over the merge bar (0.35)
    direct = _graph(8, _two_stories(4, 0.5, 0.2))  # but each article's nearest are all in its own half
    assert average_link(linked, 0.35) == [0] * 8  # no first-order graph: nothing to tell them apart
    assert average_link(linked, 0.35, direct=direct) == [0] * 4 + [4] * 4


def test_halves_whose_articles_lean_across_still_merge() -> None:
    linked = _graph(8, _two_stories(4, 0.9, 0.5))
    pairs = _two_stories(4, 0.5, 0.2)
    # Two articles of the second half are nearest to the first half's articles: the halves are not two stories.
    pairs.update({(a, b): 0.7 for a in range(4) for b in (4, 5)})
    assert average_link(linked, 0.35, direct=_graph(8, pairs)) == [0] * 8


def test_groups_smaller_than_a_story_and_groups_without_first_order_links_are_not_held_apart() -> None:
    linked = _graph(6, _two_stories(3, 0.9, 0.5))
    assert average_link(linked, 0.35, direct=_graph(6, _two_stories(3, 0.5, 0.2))) == [0] * 6
    # A half whose articles have no first-order link among the two groups cannot tell.
    unlinked = {(a, b): 0.5 for a in range(4) for b in range(a + 1, 4)}
    assert average_link(_graph(8, _two_stories(4, 0.9, 0.5)), 0.35, direct=_graph(8, unlinked)) == [0] * 8


def test_a_node_standing_for_copies_counts_as_its_articles() -> None:
    # Nodes 0-1 (two copies each) and 2-3 (two copies each): groups of four articles on two nodes each.
    linked = _graph(4, {(0, 1): 0.9, (2, 3): 0.9, (0, 2): 0.5, (0, 3): 0.5, (1, 2): 0.5, (1, 3): 0.5})
    direct = _graph(4, {(0, 1): 0.5, (2, 3): 0.5, (0, 2): 0.2, (0, 3): 0.2, (1, 2): 0.2, (1, 3): 0.2})
    assert average_link(linked, 0.35, sizes=[2, 2, 2, 2], direct=direct) == [0, 0, 2, 2]
    assert average_link(linked, 0.35, sizes=[1, 1, 1, 1], direct=direct) == [0, 0, 0, 0]  # two pairs: no stories yet


def test_groups_linked_as_strongly_as_one_storys_own_articles_merge() -> None:
    # Tight groups of near-copies of one story keep to themselves too, but link far above the merge bar.
    linked = _graph(8, _two_stories(4, 0.95, 0.8))
    assert average_link(linked, 0.35, direct=_graph(8, _two_stories(4, 0.9, 0.4))) == [0] * 8
