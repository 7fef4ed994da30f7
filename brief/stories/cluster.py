"""Average-link clustering over a sparse nearest-neighbour graph, with no dense n×n matrix.

Why average link: single link chains (Trump's debate, Trump's taxes and Trump's rally end in one
story through a few bridging articles); average link merges two groups only when their articles are
similar on the whole. The similarity graph keeps each article's closest neighbours only, computed a
block of rows at a time, so 10,000 articles need megabytes, not a 10,000² matrix; a pair missing
from the graph counts as similarity 0 in the averages.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

NEIGHBOURS = 40
"""Edges kept per article: more than a story's usual size in a day's pile, so that average link
sees nearly every within-story pair; larger stories still hold through their closest members."""
MIN_EDGE = 0.05
"""Similarities below this are noise (shared generic news words) and are not stored."""
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
    transposed = sp.csr_matrix(matrix.T)
    all_rows, all_cols, all_sims = [], [], []
    for start in range(0, n, BLOCK_ROWS):
        stop = min(start + BLOCK_ROWS, n)
        block = (matrix[start:stop] @ transposed).toarray()
        block[np.arange(stop - start), np.arange(start, stop)] = 0.0
        if n - 1 > neighbours:
            # Ties at the cut are broken by column (stable), so the graph does not depend on luck.
            cut = np.argpartition(-block, neighbours, axis=1)[:, :neighbours]
            kth = np.take_along_axis(block, cut, axis=1).min(axis=1, keepdims=True)
            keep = (block >= np.maximum(kth, min_edge)) & (block > 0)
        else:
            keep = block >= min_edge
        r, c = np.nonzero(keep)
        all_rows.append(r + start)
        all_cols.append(c)
        all_sims.append(block[r, c])
    rows = np.concatenate(all_rows) if all_rows else np.zeros(0, np.int64)
    cols = np.concatenate(all_cols) if all_cols else np.zeros(0, np.int64)
    sims = np.concatenate(all_sims) if all_sims else np.zeros(0)
    low, high = np.minimum(rows, cols), np.maximum(rows, cols)
    keys = low.astype(np.int64) * max(n, 1) + high
    unique, first = np.unique(keys, return_index=True)
    return Graph(n, (unique // max(n, 1)).astype(np.int64), (unique % max(n, 1)).astype(np.int64), sims[first])


def average_link(graph: Graph, threshold: float) -> list[int]:
    """A cluster label per node: merge the two clusters of highest average similarity while it is
    at least ``threshold``. Labels are the smallest node of each cluster (deterministic)."""
    size = [1] * graph.n
    label = list(range(graph.n))  # a cluster's id is its smallest node
    version = [0] * graph.n
    links: list[dict[int, float]] = [{} for _ in range(graph.n)]
    for a, b, s in zip(graph.rows.tolist(), graph.cols.tolist(), graph.sims.tolist()):
        links[a][b] = links[a].get(b, 0.0) + s
        links[b][a] = links[b].get(a, 0.0) + s
    heap = [(-s, a, b, 0, 0) for a, b, s in zip(graph.rows.tolist(), graph.cols.tolist(), graph.sims.tolist()) if s >= threshold]
    heapq.heapify(heap)
    alive = [True] * graph.n
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if not (alive[a] and alive[b]) or version[a] != va or version[b] != vb:
            continue
        keep, gone = (a, b) if a < b else (b, a)
        alive[gone] = False
        size[keep] += size[gone]
        version[keep] += 1
        merged = links[keep]
        merged.pop(gone, None)
        for other, total in links[gone].items():
            if other == keep:
                continue
            merged[other] = merged.get(other, 0.0) + total
            links[other][keep] = links[other].get(keep, 0.0) + total
            del links[other][gone]
        links[gone] = {}
        label[gone] = keep
        for other, total in merged.items():
            average = total / (size[keep] * size[other])
            if average >= threshold:
                low, high = (keep, other) if keep < other else (other, keep)
                heapq.heappush(heap, (-average, low, high, version[low], version[high]))
    return [_root(label, i) for i in range(graph.n)]


def _root(label: list[int], i: int) -> int:
    while label[i] != i:
        label[i] = label[label[i]]
        i = label[i]
    return i
