"""Which articles form a story: a sparse similarity graph, sharpened twice, then average link.

Plain tf-idf cosine cannot tell a story from a topic: articles on the same event share names
and terms, but so do a week of articles on the same campaign, and cosine thresholds then either
split stories or chain a topic into one. Two steps, each relative to the pile, fix most of that:
1. *Above the background*: each similarity less the similarity its articles have to their 40th
   nearest neighbour. An article in a crowded topic (a pile of election coverage) has a high
   background, so only what stands out from its neighbourhood counts; a story among unrelated
   articles stands out a lot.
2. *Shared neighbours*: the cosine of two articles' neighbour profiles (their nearest articles,
   weighted, and themselves). Articles of one story have the same nearest neighbours, the story's
   other articles; two articles that merely share a topic have different ones.
   What two articles give each other there (each in the other's profile) is limited to what they
   really share, unless their own link is strong (``OWN_RATIO``): an isolated pair of one theme
   shares only itself.
3. *Dates*, when known: the shared-neighbour similarity of two dated articles more than three
   weeks apart is discounted, the more the further apart (a campaign's stories recur for months;
   one story's articles cluster in weeks); so is the direct cosine two single articles must
   reach (``SMALL_FLOOR``).
Then average link (never single link, which chains) merges while groups are, on average, that
alike. Everything is sparse: each article keeps its closest neighbours only, computed a block of
rows at a time, so 10,000 articles need megabytes, not a 10,000² matrix; a pair missing from the
graph counts as similarity 0 in the averages. While a story is small, a merge also needs the two
sides' leads to name something in common (``lead_names.py``), and two single articles standing alone to
share two names in their leads (``lead_runs.py``); two established stories whose articles each find their
nearest in their own story stay apart (``apart.py``). Then an article left alone may still
join the story whose centroid it is clearly nearest (``strays.py``), or, where no story is clearly
nearest, the one its event words clearly are of (``event_strays.py``).

What was tried and not kept (features, weights, merge and split tests, second passes, event
signatures), with its B-cubed figures on every mix: ``brief/stories/TRIED.md``.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat

import numpy as np
import scipy.sparse as sp

from brief.stories.apart import SeparateStories
from brief.stories.features import row_ranks
from brief.stories.fixtures import Opening, different_fixtures
from brief.stories.lead_names import LeadCheck
from brief.stories.lead_runs import LeadRuns
from brief.stories.scorelines import different_matches

NEIGHBOURS = 40
"""Edges kept per article in the first-order graph; the 40th is also the background level."""
MIN_EDGE = 0.05
"""First-order similarities below this are noise (shared generic news words) and are not stored."""
SHARED_NEIGHBOURS = 10
"""Neighbours in an article's profile for the shared-neighbour similarity: about a story's size in
a day's pile. B-cubed F1 on the DUC + CNN/DailyMail dev mix (bench/stories.py; even / odd halves):
8: 0.909 (0.938 / 0.935), 10: 0.922 (0.954 / 0.959), 12: 0.922 (0.962 / 0.928); 5 and 20 are
clearly worse (0.86-0.89)."""
BACKGROUND_CAP = 0.2
"""The background never counts for more than this. A topic's background is lower (the 40th
neighbour of a 2016 election article among 924 others: median 0.08, 99th percentile 0.17), so a
higher one means a story of more than 40 articles, which must not be dissolved into its
background (1,000 copies of one article would otherwise be 1,000 stories)."""
COMMON_FLOOR = 50
COMMON_SHARE = 0.1
"""Terms in more than a tenth of the pile (and more than 50 articles) are left out of the
similarity product: they say "politics" or "football", not which story, and they are what makes
the product dense on 10,000 articles (B-cubed F1 unchanged on the dev and hard mixes, ±0.004)."""
COMMON_KEPT = 10
"""...unless the term is one of an article's ten heaviest."""
FRAGMENT = 2
ESTABLISHED = 4
"""A group of at most ``FRAGMENT`` articles may join one of at least ``ESTABLISHED`` at the lower
``attach`` bar (grouping.ATTACH_THRESHOLD): one or two articles that lean towards an established
story are more likely its strays than a story of their own."""
SMALL_GROUP = 1
SMALL_FLOOR = 0.30
"""Two single articles are one story only when their own (first-order) cosine is at least 0.30,
whatever their shared-neighbour link: an isolated pair (each the other's only close neighbour: two
articles of one league, one race, one campaign week) links strongly there at a direct cosine of
0.2. Groups of 2+ average over several pairs and are not checked. B-cubed F1 (bench/stories.py)
dev / even / odd / related / related+1 / hard / hard-even / hard-odd, against 0.936 / 0.972 /
0.959 / 0.826 / 0.902 / 0.946 / 0.961 / 0.954 without: 0.25: 0.942 / 0.971 / 0.965 / 0.838 /
0.913 / 0.949 / 0.971 / 0.960; 0.275: 0.942 / 0.976 / 0.965 / 0.838 / 0.916 / 0.955 / 0.975 /
0.967; 0.30: 0.942 / 0.976 / 0.965 / 0.838 / 0.916 / 0.963 / 0.982 / 0.974; 0.325: hard 0.968,
hard-even 0.976, hard-odd 0.978, the rest as 0.30; 0.35: related 0.788 (a related story's
single articles stop pairing); 0.20: 0.939 / 0.971 / 0.959 / 0.823 / 0.909 / 0.947 / 0.963 / 0.956.
Checking groups of up to 2 or 3 too costs a half or the related mix (2, 0.25: odd 0.940; 3, 0.25:
even 0.935, related 0.775). The cosine checked is discounted by the articles' dates as the
shared-neighbour link is (``by_date``): two single articles months apart must be that much more
alike (an election's recurring themes pair up otherwise). Hard / hard-even / hard-odd 0.963 /
0.982 / 0.974 -> 0.965 / 0.985 / 0.974, the undated mixes unchanged."""
SMALL_PILE = NEIGHBOURS
"""...and only in a pile of more than 40 articles: in fewer there is no background and the idf,
over a handful of articles, counts a story's shared terms as common (a term in all 3 of 3 gets the
lowest weight), so one story's short articles meet at direct cosines of 0.24-0.38 (tests)."""
DATE_GRACE = 21.0
DATE_SCALE = 60.0
"""Two dated articles more than three weeks apart are discounted: their shared-neighbour
similarity is divided by 1 + (days apart - DATE_GRACE) / DATE_SCALE (two months apart: 0.6;
six months: 0.3), so the further apart, the more shared evidence they need to be one story. A
story runs for weeks (a DUC 2004 cluster's articles span up to six: APW 1998-10-16 to 11-24), so
the first three weeks cost nothing and the discount is gentle; undated articles are never
discounted. B-cubed F1 (bench/stories.py; only PolNeAR and CNN articles carry dates there) on the
hard mix's even / odd halves: no discount 0.938 / 0.929; grace 14, scale 60: 0.965 / 0.957;
21, 60: 0.961 / 0.954; 30, 90: hard 0.942 (whole). With each DUC cluster's articles given dates
spread evenly over 60 days (a stress test, /tmp analysis): dev 0.936 -> 0.920 at 14/60, 0.930 at
21/60; over 40 days 0.933 / 0.939: 21/60 keeps long stories whole at nearly the same gain."""
OWN_RATIO = 1.5
OWN_FLOOR = 0.30
OWN_STRONG = 0.30
"""In a pile of more than ``SMALL_PILE`` articles, the part of two articles' shared-neighbour link
that they give each other (each in the other's profile) counts at most 1.5 times the part from
the neighbours they really share, or 0.30, whichever is more, unless their own link above the
background is at least 0.30: an isolated pair then links at 0.30 at most, under ``THRESHOLD``
(grouping.py), and needs neighbours in common or a strong link of its own to be one story.
B-cubed F1 (bench/stories.py) dev / even / odd / related / related+1 / hard / hard-even / hard-odd
against 0.950 / 0.976 / 0.968 / 0.854 / 0.925 / 0.965 / 0.984 / 0.976 without: 0.950 / 0.976 /
0.968 / 0.854 / 0.925 / 0.971 / 0.985 / 0.976 (election articles of one theme stop pairing).
Without the strong-link exemption the real pages' two-article stories split (bench/stories_web.py
0.989 -> 0.981: a guilty plea reported twice at a direct cosine of 0.70); exempt from 0.25 up: hard
0.970, 0.20: 0.965; ratio 1.0 (floor 0.30, no exemption): related+1 0.924; a floor of 0.35 (the
threshold): related+1 0.921; of 0.20: even 0.966."""
LINK_FLOOR = 0.10
"""Shared-neighbour links under this are left out of average link's sums (counted as none, as a pair missing from
the graph is): two articles whose neighbourhoods barely overlap are no evidence either way, and re-adding each of
them to every merged group's dict was most of average link's cost at 10,000 articles (286,143 links, 224,350 under
0.10; the merge loop 1.8 -> 0.5 CPU-s, 0.9 at 0.05). A merge needs its average from links of 0.10 up: an average
falls by at most 0.10 times the share of its pairs that were that weak, against merge bars of 0.25 and 0.35
(grouping.ATTACH_THRESHOLD, THRESHOLD). B-cubed F1 unchanged on every mix of bench/stories.py (0.05 too) and on the
web pile, K and L of bench/stories_web.py (Session 66, TRIED.md); on the 10,000-article pile the stories agree
with the exact sums' at B-cubed F1 0.998 (3,494 -> 3,505 stories; 0.05: 0.9998, 3,495)."""
BLOCK_ROWS = 512
"""Rows of the similarity product computed at once: bounds the dense block to 512 × n floats."""


@dataclass(frozen=True)
class Graph:
    """Symmetric sparse similarity graph: ``rows[k]``, ``cols[k]``, ``sims[k]`` with rows < cols."""

    n: int
    rows: np.ndarray
    cols: np.ndarray
    sims: np.ndarray


def neighbour_graph(matrix: sp.csr_matrix, neighbours: int = NEIGHBOURS, min_edge: float = MIN_EDGE) -> Graph:
    """Each row's ``neighbours`` most similar rows (cosine ≥ ``min_edge``), made symmetric."""
    n = matrix.shape[0]
    matrix = _without_common_terms(matrix)
    found_rows, found_cols, found_sims = [], [], []
    for start in range(0, n, BLOCK_ROWS):
        stop = min(start + BLOCK_ROWS, n)
        # The product is symmetric: each block of rows is multiplied by the rows from its own on
        # (half the work), and a pair found in row a's block stands for row b's side too.
        block = sp.csr_matrix(matrix[start:stop] @ matrix[start:].T)
        # All but one in 25 of a block's entries (10,000 bench articles) are below ``min_edge``: they
        # are dropped before their rows and columns are worked out.
        at = np.flatnonzero(block.data >= min_edge)
        r = np.searchsorted(block.indptr, at, side="right") - 1 + start
        c, s = block.indices[at] + start, block.data[at]
        kept = c > r
        found_rows.append(r[kept])
        found_cols.append(c[kept])
        found_sims.append(s[kept])
        del block
    upper_rows = np.concatenate(found_rows) if found_rows else np.zeros(0, dtype=np.int64)
    upper_cols = np.concatenate(found_cols) if found_cols else np.zeros(0, dtype=np.int64)
    upper_sims = np.concatenate(found_sims) if found_sims else np.zeros(0)
    rows = np.concatenate([upper_rows, upper_cols]).astype(np.int64)
    cols = np.concatenate([upper_cols, upper_rows]).astype(np.int64)
    sims = np.concatenate([upper_sims, upper_sims])
    if n - 1 > neighbours:
        # Each row's ``neighbours`` heaviest, ties by the lowest column (canonical order).
        rows, cols, sims = _top_per_row(rows, cols, sims, n, neighbours)
    return _symmetric(n, rows, cols, sims)


def _top_per_row(r: np.ndarray, c: np.ndarray, s: np.ndarray, rows: int, keep: int) -> tuple[np.ndarray, ...]:
    """Each row's ``keep`` largest entries (ties by the lowest column). A cheap sort on one float
    key (row, then falling value) finds each row's ``keep``-th value to within rounding; only the
    entries at least that high (minus ``_KEY_SLACK``) are then ranked exactly, on three keys."""
    if not len(s):
        return r, c, s
    scale = 2.0 * float(s.max()) * (1.0 + 1e-9)
    order = np.argsort(r - s / scale)
    first = np.searchsorted(r[order], np.arange(rows + 1))
    counts = np.diff(first)
    bar = np.full(rows, -np.inf)
    full = counts > keep
    bar[full] = s[order[first[:-1][full] + keep - 1]] - _KEY_SLACK
    candidate = s >= bar[r]
    r, c, s = r[candidate], c[candidate], s[candidate]
    order = np.lexsort((c, -s, r))
    r, c, s = r[order], c[order], s[order]
    first = np.searchsorted(r, np.arange(rows))
    top = (np.arange(len(r)) - first[r]) < keep
    return r[top], c[top], s[top]


def by_date(graph: Graph, days: np.ndarray | None) -> Graph:
    """The graph with each edge between dated articles discounted by their distance in days
    (``days``: a day number per node, NaN when undated; None: nothing dated). Applied to the
    shared-neighbour graph, the link the merging reads: discounting the first-order one instead
    lowers every article's background too, and lets more topic edges through (hard mix 0.927 ->
    0.922)."""
    if days is None:
        return graph
    apart = np.abs(days[graph.rows] - days[graph.cols])
    late = np.where(np.isnan(apart), 0.0, np.maximum(apart - DATE_GRACE, 0.0))
    return Graph(graph.n, graph.rows, graph.cols, graph.sims / (1.0 + late / DATE_SCALE))


_KEY_SLACK = 1e-9
"""Far above the rounding of the one-key sort (about 1e-12 of a similarity over 10,000 rows), far
below any difference between similarities that matters."""


def _without_common_terms(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """The matrix without the pile's common terms, except where a term is among an article's
    ``COMMON_KEPT`` heaviest (a very big story's own names stay its evidence)."""
    matrix = sp.csr_matrix(matrix, copy=True)
    matrix.sort_indices()
    n = matrix.shape[0]
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    common = df > max(COMMON_FLOOR, COMMON_SHARE * n)
    if not common.any():
        return matrix
    matrix.data[common[matrix.indices] & (row_ranks(matrix) >= COMMON_KEPT)] = 0.0
    matrix.eliminate_zeros()
    return matrix


def _symmetric(n: int, rows: np.ndarray, cols: np.ndarray, sims: np.ndarray) -> Graph:
    """Each unordered pair once (rows < cols), whichever side found it."""
    low, high = np.minimum(rows, cols), np.maximum(rows, cols)
    keys = low.astype(np.int64) * max(n, 1) + high
    unique, first = np.unique(keys, return_index=True)
    return Graph(n, (unique // max(n, 1)).astype(np.int64), (unique % max(n, 1)).astype(np.int64), sims[first])


def _by_row(graph: Graph) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Both directions of every edge, sorted by row then by falling similarity (ties by column),
    and where each row starts."""
    rows = np.concatenate([graph.rows, graph.cols])
    cols = np.concatenate([graph.cols, graph.rows])
    sims = np.concatenate([graph.sims, graph.sims])
    order = np.lexsort((cols, -sims, rows))
    rows, cols, sims = rows[order], cols[order], sims[order]
    return rows, cols, sims, np.searchsorted(rows, np.arange(graph.n))


def above_background(graph: Graph, rank: int = NEIGHBOURS) -> Graph:
    """Each edge less the higher of its two articles' background (the similarity to their
    ``rank``-th nearest neighbour, at most ``BACKGROUND_CAP``; 0 for an article with fewer
    neighbours); edges left ≤ 0 go."""
    rows, _, sims, starts = _by_row(graph)
    counts = np.bincount(rows, minlength=graph.n)
    background = np.zeros(graph.n)
    full = counts >= rank
    background[full] = np.minimum(sims[starts[full] + rank - 1], BACKGROUND_CAP)
    lifted = graph.sims - np.maximum(background[graph.rows], background[graph.cols])
    keep = lifted > 0
    return Graph(graph.n, graph.rows[keep], graph.cols[keep], lifted[keep])


def shared_neighbours(graph: Graph, k: int = SHARED_NEIGHBOURS) -> Graph:
    """The cosine of two articles' neighbour profiles: each article's ``k`` most similar others,
    weighted by similarity, and itself with weight 1 (so that a two-article story counts too)."""
    n = graph.n
    rows, cols, sims, starts = _by_row(graph)
    keep = (np.arange(len(rows)) - starts[rows]) < k
    profile = sp.csr_matrix(
        (
            np.concatenate([sims[keep], np.ones(n)]),
            (np.concatenate([rows[keep], np.arange(n)]), np.concatenate([cols[keep], np.arange(n)])),
        ),
        shape=(n, n),
    )
    norms = np.sqrt(np.asarray(profile.multiply(profile).sum(axis=1)).ravel())
    profile = sp.csr_matrix(sp.diags(1.0 / norms) @ profile)
    second = sp.csr_matrix(sp.triu(profile @ profile.T, k=1))
    if n > SMALL_PILE:
        second = _own_share_limited(second, profile, graph)
    coo = second.tocoo()
    return Graph(n, coo.row.astype(np.int64), coo.col.astype(np.int64), coo.data)


def _own_share_limited(second: sp.csr_matrix, profile: sp.csr_matrix, graph: Graph) -> sp.csr_matrix:
    """The shared-neighbour links with the part the pair gives itself limited (``OWN_RATIO``).

    Two articles in each other's profile share themselves: i's weight on j times j's self weight,
    and the converse. That part is all an isolated pair (each the other's only close neighbour)
    shares, and it is as large for two articles of one theme at a middling cosine as for two of
    one story; the rest of the link, the neighbours the two really have in common, is not."""
    own = sp.csr_matrix(sp.diags(profile.diagonal()) @ profile.T + profile @ sp.diags(profile.diagonal()))
    own = sp.csr_matrix(sp.triu(own, k=1))
    own.eliminate_zeros()
    rows = np.repeat(np.arange(own.shape[0]), np.diff(own.indptr))
    cols = own.indices
    share = own.data
    total = np.asarray(second[rows, cols]).ravel()
    third = np.maximum(total - share, 0.0)
    direct = sp.csr_matrix((graph.sims, (graph.rows, graph.cols)), shape=(graph.n, graph.n))
    strong = np.asarray(direct[rows, cols]).ravel() >= OWN_STRONG
    limited = np.where(strong, share, np.minimum(share, np.maximum(OWN_RATIO * third, OWN_FLOOR)))
    change = sp.csr_matrix((limited - share, (rows, cols)), shape=second.shape)
    return sp.csr_matrix(second + change)


def average_link(
    graph: Graph,
    threshold: float,
    sizes: list[int] | None = None,
    attach: float | None = None,
    direct: Graph | None = None,
    scores: Sequence[frozenset[tuple[int, int]]] | None = None,
    leads: sp.csr_matrix | None = None,
    runs: LeadRuns | None = None,
    openings: Sequence[Opening] | None = None,
) -> list[int]:
    """A cluster label per node: merge the two clusters of highest average similarity while it is
    at least ``threshold``, or at least ``attach`` when one is a fragment (at most ``FRAGMENT``
    articles) and the other an established story (at least ``ESTABLISHED``). Labels are the
    smallest node of each cluster (deterministic).

    ``sizes`` gives each node's weight (a node standing for several identical articles); ``scores``
    each node's lead scores (scorelines.py): two single match reports of different scores never merge, nor
    (``openings``, fixtures.py) two single previews of different matches;
    ``leads`` each node's lead names (lead_names.py): two groups of 2+ merge only when their leads share one;
    ``runs`` the lead names as runs (lead_runs.py): two single articles standing alone need two in common."""
    size = list(sizes) if sizes is not None else [1] * graph.n
    parent = list(range(graph.n))
    version = [0] * graph.n
    links = _link_totals(_without_weak_links(graph, LINK_FLOOR), size)
    floor = threshold if attach is None else min(threshold, attach)
    check = _SmallMerges(direct, size, scores, runs, openings) if direct is not None else None
    named = LeadCheck(leads, size) if leads is not None else None
    separate = SeparateStories(check.direct, size, size[:]) if check is not None else None
    strong = graph.sims >= floor
    heap = list(zip((-graph.sims[strong]).tolist(), graph.rows[strong].tolist(), graph.cols[strong].tolist(),
                    repeat(0), repeat(0)))
    heapq.heapify(heap)
    while heap:
        negative, a, b, va, vb = heapq.heappop(heap)
        if version[a] != va or version[b] != vb or parent[a] != a or parent[b] != b:
            continue  # stale: one side has merged since this entry was pushed
        if -negative < threshold and not (
            min(size[a], size[b]) <= FRAGMENT and max(size[a], size[b]) >= ESTABLISHED
        ):
            continue  # only a fragment joins a story below the threshold
        if check is not None and not check.allows(a, b):
            continue  # two small groups whose own articles are not alike enough
        if named is not None and not named.allows(a, b):
            continue  # two stories whose leads name nothing in common
        if separate is not None and not separate.allows(a, b, -negative):
            continue  # two established stories each keeping to itself (apart.py)
        keep, gone = a, b  # a < b: the cluster keeps its smallest node as its id
        parent[gone] = keep
        size[keep] += size[gone]
        version[keep] += 1
        merged = links[keep]
        merged.pop(gone, None)
        for other, total in links[gone].items():
            if other == keep:
                continue
            merged[other] = merged.get(other, 0.0) + total
            into = links[other]
            into[keep] = into.get(keep, 0.0) + total
            del into[gone]
        links[gone] = {}
        if check is not None:
            check.merged(keep, gone)
        if named is not None:
            named.merged(keep, gone)
        if separate is not None:
            separate.merged(keep, gone)
        for other, total in merged.items():
            average = total / (size[keep] * size[other])
            if average >= floor:
                low, high = (keep, other) if keep < other else (other, keep)
                heapq.heappush(heap, (-average, low, high, version[low], version[high]))
    return [_root(parent, i) for i in range(graph.n)]


def _without_weak_links(graph: Graph, floor: float) -> Graph:
    """``graph`` without its links under ``floor`` (``LINK_FLOOR``): what average link's sums leave out."""
    if not len(graph.sims) or float(graph.sims.min()) >= floor:
        return graph
    kept = graph.sims >= floor
    return Graph(graph.n, graph.rows[kept], graph.cols[kept], graph.sims[kept])


def _link_totals(graph: Graph, size: list[int]) -> list[dict[int, float]]:
    """Each node's links as a dict (other node -> similarity times both nodes' article counts, the sum average
    link divides), built a node at a time from the sorted edges: the same floats, in C, where filling the dicts
    edge by edge cost half a CPU second on 10,000 articles. (Their order is never read: the merge order is the
    heap's, whose entries are ordered by value, then node.)"""
    weights = np.asarray(size, dtype=np.float64)
    totals = graph.sims * weights[graph.rows] * weights[graph.cols]  # (s * size[a]) * size[b], as Python multiplies
    rows = np.concatenate([graph.rows, graph.cols])
    order = np.argsort(rows, kind="stable")
    others = np.concatenate([graph.cols, graph.rows])[order].tolist()
    values = np.concatenate([totals, totals])[order].tolist()
    starts = np.searchsorted(rows[order], np.arange(graph.n + 1)).tolist()
    return [dict(zip(others[a:b], values[a:b])) for a, b in zip(starts, starts[1:])]


class _SmallMerges:
    """Whether two small groups may merge: their mean first-order cosine (``direct``) must reach
    ``SMALL_FLOOR`` when both hold at most ``SMALL_GROUP`` articles. An isolated pair links strongly
    in the shared-neighbour graph whatever its direct similarity, each being the other's only
    neighbour; a big group's link is averaged over many pairs and needs no such check."""

    def __init__(
        self,
        direct: Graph,
        size: list[int],
        scores: Sequence[frozenset[tuple[int, int]]] | None = None,
        runs: LeadRuns | None = None,
        openings: Sequence[Opening] | None = None,
    ) -> None:
        n = direct.n
        both = sp.coo_matrix(
            (
                np.concatenate([direct.sims, direct.sims]),
                (np.concatenate([direct.rows, direct.cols]), np.concatenate([direct.cols, direct.rows])),
            ),
            shape=(n, n),
        ).tocsr()
        both.sort_indices()
        self._direct = both
        self._group = size  # live: each group's article count, kept by average_link
        self._size = list(size)  # each node's own count
        self._members: list[list[int] | None] = [[i] if size[i] <= SMALL_GROUP else None for i in range(n)]
        self._scores = scores
        self._openings = openings
        self._runs = runs

    def allows(self, a: int, b: int) -> bool:
        first, second = self._members[a], self._members[b]
        if first is None or second is None:
            return True
        if self._scores is not None and any(different_matches(self._scores[i], self._scores[j]) for i in first for j in second):
            return False  # two reports of different matches (scorelines.py)
        if self._openings is not None and any(
            different_fixtures(self._openings[i], self._openings[j]) for i in first for j in second
        ):
            return False  # two previews of different matches (fixtures.py)
        if (self._runs is not None and len(first) == len(second) == 1
                and self._runs.apart(first[0], second[0], self._sim(first[0], second[0]))):
            return False  # two leads sharing only their topic's name (lead_runs.py)
        if self._direct.shape[0] <= SMALL_PILE:
            return True
        size = self._size
        total = sum(self._sim(i, j) * size[i] * size[j] for i in first for j in second)
        weight = sum(size[i] for i in first) * sum(size[j] for j in second)
        return total >= SMALL_FLOOR * weight

    @property
    def direct(self) -> sp.csr_matrix:
        """The first-order cosines as a symmetric sparse matrix over the nodes (sorted indices)."""
        return self._direct

    def merged(self, keep: int, gone: int) -> None:
        first, second = self._members[keep], self._members[gone]
        self._members[gone] = None
        if first is None or second is None or self._group[keep] > SMALL_GROUP:
            self._members[keep] = None
        else:
            self._members[keep] = first + second

    def _sim(self, i: int, j: int) -> float:
        start, stop = self._direct.indptr[i], self._direct.indptr[i + 1]
        at = start + int(np.searchsorted(self._direct.indices[start:stop], j))
        return float(self._direct.data[at]) if at < stop and self._direct.indices[at] == j else 0.0


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i
