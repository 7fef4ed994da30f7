"""Average link leaves out the weakest shared-neighbour links (brief/stories/cluster.py ``LINK_FLOOR``).

A link under the floor says two articles' neighbourhoods barely overlap: no evidence either way. Average link counts
it as none, as it does a pair missing from the graph, so a merge needs its average from real links; leaving them out
halves its cost on 10,000 articles. The graphs here are written for the tests."""

from __future__ import annotations

import numpy as np

from brief.stories.cluster import LINK_FLOOR, Graph, _without_weak_links, average_link


def _graph(n: int, pairs: dict[tuple[int, int], float]) -> Graph:
    keys = sorted(pairs)
    return Graph(n, np.array([a for a, _ in keys], dtype=np.int64), np.array([b for _, b in keys], dtype=np.int64),
                 np.array([pairs[k] for k in keys]))


def test_a_group_held_only_by_weak_links_added_up_does_not_merge() -> None:
    weak = LINK_FLOOR * 0.9
    # Nodes 0 and 1 are one story; node 2 is linked to 0 just under the bar's double, and weakly to 1.
    linked = _graph(3, {(0, 1): 0.8, (0, 2): 0.70 - weak / 2, (1, 2): weak})
    # Counting the weak link, {0, 1} and 2 average 0.35 - weak / 4 + weak / 2 > 0.35; without it, under.
    assert average_link(linked, 0.35) == [0, 0, 2]


def test_links_at_the_floor_still_count() -> None:
    linked = _graph(3, {(0, 1): 0.8, (0, 2): 0.70 - LINK_FLOOR / 2, (1, 2): LINK_FLOOR})
    assert average_link(linked, 0.35) == [0, 0, 0]


def test_without_weak_links_keeps_the_rest_in_order() -> None:
    graph = _graph(4, {(0, 1): 0.5, (0, 2): LINK_FLOOR / 2, (1, 3): LINK_FLOOR, (2, 3): 0.3})
    kept = _without_weak_links(graph, LINK_FLOOR)
    assert list(zip(kept.rows.tolist(), kept.cols.tolist(), kept.sims.tolist())) == [
        (0, 1, 0.5), (1, 3, LINK_FLOOR), (2, 3, 0.3)]
    assert _without_weak_links(kept, LINK_FLOOR) is kept  # nothing under the floor: the same graph
