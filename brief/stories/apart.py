"""Two established stories that each keep to themselves stay two stories.

Average link merges two groups when their articles are, on average, alike enough. Two related but
distinct stories (a leader's arrest and the summit his arrest overshadows; two trials of one
company) are that alike: they share their actors, places and words, and by the time both are
established (``SIDE`` articles or more each) their average link can reach the merge bar. What
still tells them apart is where each article's own nearest articles are: an article of one story
finds its closest articles in its own story, however much it shares with the other. So a merge
of two established groups is refused when, on both sides, fewer than ``CROSS`` of the articles'
``NEAREST`` nearest articles in the two groups together (by their own, first-order cosine) lie
on the other side. Two halves of one story mix: some articles of at least one half find their
nearest in the other, and they merge as before. A group whose articles have no first-order link
inside the two groups cannot tell, and does not block.

B-cubed F1 (bench/stories.py) dev / even / odd / related / related+1 / hard / hard-even / hard-odd
0.952 / 0.972 / 0.968 / 0.872 / 0.933 / 0.977 / 0.987 / 0.981 -> **0.960** / 0.972 / 0.968 / **0.885** /
**0.941** / **0.979** / 0.987 / 0.981 (Anwar's arrest and the APEC summit apart on dev, related and
related+1, nearly along the clusters; two 2016 election stories apart on hard); real pages
(bench/stories_web.py) web pile 0.989, L3S K 0.994, L 0.937, unchanged. The two Microsoft stories of
the related mix still merge: each half holds articles whose nearest are the other's (their halves
are not the stories), which is what keeps this from splitting mixed halves. Variants: TRIED.md,
session 59.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

SIDE = 4
"""Articles each group needs before the test applies: a smaller one is not yet a story of its own,
and its few articles cannot show where their nearest lie (two of three of them are all it has)."""
NEAREST = 3
"""Nearest articles read per article, within the two groups."""
CROSS = 0.3
"""The share of those on the other side below which, on both sides, the groups stay apart. At the merges of
two groups of 4+ on the bench mixes: one story's halves (odd's Brazil) 0.33 on both sides; the two Microsoft
stories' mixed halves 0.33-0.39 on one side; Anwar / APEC 0.19-0.27 and two 2016 stories 0.14 on both. 0.25:
nothing held apart; 0.35: odd 0.947 (Brazil's halves held apart). Read on the shared-neighbour links instead
of the first-order cosine: 0.960 / 0.972 / 0.960 / 0.871 / 0.928 (the Microsoft halves held apart too)."""
STRONG = 0.6
"""An average link this strong merges whatever the nearest say: the groups are as alike as one story's own
articles (wire copies of one story form tight groups whose nearest are their own copies: tests/test_grouping.py's
story of 60 near-copies splits without it, its groups linking at 0.91-1.0). The merges of two groups of 4+ on the
bench mixes link at 0.38-0.50 (those held apart at 0.45-0.48): no bench figure moves with it."""


class SeparateStories:
    """Whether two groups may merge (see the module docstring); follows average link's merges.

    ``direct``: the first-order cosines, a symmetric sparse matrix over the nodes; ``size``: average
    link's live list of group sizes in articles (read, never written); ``weights``: each node's own
    article count."""

    def __init__(self, direct: sp.csr_matrix, size: list[int], weights: Sequence[int]) -> None:
        self._direct = direct
        self._size = size
        self._weights = np.asarray(weights, dtype=np.float64)
        self._members: list[list[int]] = [[i] for i in range(direct.shape[0])]

    def allows(self, a: int, b: int, link: float) -> bool:
        """Whether groups ``a`` and ``b``, at average link ``link``, may merge."""
        if min(self._size[a], self._size[b]) < SIDE or link >= STRONG:
            return True
        first, second = self._members[a], self._members[b]
        union = np.asarray(first + second, dtype=np.int64)
        other = np.concatenate([np.zeros(len(first), dtype=bool), np.ones(len(second), dtype=bool)])
        sims = self._direct[union][:, union].toarray()
        np.fill_diagonal(sims, 0.0)
        weights = self._weights[union]
        crossing = np.zeros(len(union))
        counted = np.zeros(len(union), dtype=bool)
        for row in range(len(union)):
            copies = int(weights[row]) - 1  # a node's identical copies are its own nearest articles
            linked = np.flatnonzero(sims[row] > 0)
            if not len(linked) and not copies:
                continue  # no first-order link inside the two groups: this article cannot tell
            ranked = linked[np.lexsort((union[linked], -sims[row, linked]))][:NEAREST]  # ties: the lower node
            sides = np.concatenate([np.full(min(copies, NEAREST), other[row]),
                                    np.repeat(other[ranked], weights[ranked].astype(np.int64))])
            crossing[row] = np.mean(sides[:NEAREST] != other[row])
            counted[row] = True
        for side in (~other, other):
            mine = side & counted
            if not mine.any():
                return True  # a side that cannot tell does not block
            if float(np.dot(crossing[mine], weights[mine]) / weights[mine].sum()) >= CROSS:
                return True  # this side leans towards the other: one story, or two not yet told apart
        return False

    def merged(self, keep: int, gone: int) -> None:
        self._members[keep] = self._members[keep] + self._members[gone]
        self._members[gone] = []
