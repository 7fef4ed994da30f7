"""Unit vectors and link graphs written for the grouping tests (shared by test_grouping and the stories tests)."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from brief.stories.cluster import Graph


def unit_rows(rows: list[list[float]]) -> sp.csr_matrix:
    """The rows as a sparse matrix of unit vectors, as the grouping's article vectors are."""
    matrix = np.asarray(rows, dtype=np.float64)
    return sp.csr_matrix(matrix / np.linalg.norm(matrix, axis=1, keepdims=True))


def link_graph(n: int, pairs: dict[tuple[int, int], float]) -> Graph:
    """A graph of ``n`` articles with the given links."""
    keys = sorted(pairs)
    return Graph(n, np.array([a for a, _ in keys], dtype=np.int64), np.array([b for _, b in keys], dtype=np.int64),
                 np.array([pairs[k] for k in keys]))
