"""Small sparse matrices built straight from their arrays, as scipy's own steps would leave them.

Why: a story told by one article (most of a pile's stories) is briefed from matrices of a few dozen
rows, and there scipy's general steps (a coordinate matrix converted and its duplicates summed, an
elementwise product by a broadcast row, a diagonal matrix product, a horizontal stack) cost far more
in checks and conversions than the arithmetic: ~60% of a one-article briefing. Each function here
returns the arrays those steps return, in the same order and with the same floats (the same numpy
operations on the same values in the same order), so every product taken from them downstream sums
the same terms in the same order; tests pin each against the scipy steps it replaces.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

_INDEX = np.int32
"""The index type scipy picks for matrices this small (int64 past 2^31 entries, never met here)."""


def _csr(data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, shape: tuple[int, int]) -> sp.csr_matrix:
    """A CSR matrix over the arrays as given (no copy, no reordering)."""
    return sp.csr_matrix((data, indices, indptr), shape=shape, copy=False)


def _index_dtype(n: int) -> type:
    return _INDEX if n < np.iinfo(_INDEX).max else np.int64


def counted(rows: np.ndarray, columns: np.ndarray, shape: tuple[int, int]) -> sp.csr_matrix:
    """``csr_matrix((ones, (rows, columns)), shape)`` with its duplicates summed: each cell's count,
    cells in row order, columns ascending within a row (scipy's canonical format)."""
    n_rows, n_columns = shape
    cells, counts = np.unique(rows.astype(np.int64) * max(n_columns, 1) + columns, return_counts=True)
    dtype = _index_dtype(max(n_columns, len(cells)))
    indices: np.ndarray = (cells % max(n_columns, 1)).astype(dtype)
    indptr: np.ndarray = np.zeros(n_rows + 1, dtype=dtype)
    np.cumsum(np.bincount(cells // max(n_columns, 1), minlength=n_rows), out=indptr[1:])
    return _csr(counts.astype(np.float64), indices, indptr, shape)


def unit_rows(counts: sp.csr_matrix) -> sp.csr_matrix:
    """Row-normalised tf-idf of a canonical count matrix: what ``counts.multiply(idf row)``, the row
    norms of its elementwise square (``np.add.reduceat`` per row, as ``sum(axis=1)`` takes them) and
    ``diags(1 / norms) @ weighted`` give, the last with each row's entries in reverse order, as
    scipy's sparse product leaves them."""
    n_rows, n_columns = counts.shape
    indptr, indices = counts.indptr, counts.indices
    df = np.bincount(indices, minlength=n_columns)
    idf = np.log((1.0 + n_rows) / (1.0 + df)) + 1.0
    weighted = np.multiply(counts.data, idf[indices])
    squares = weighted * weighted
    sums = np.zeros(n_rows, dtype=np.float64)
    filled = np.flatnonzero(np.diff(indptr))
    if len(filled):
        sums[filled] = np.add.reduceat(squares, indptr[filled])
    norms = np.sqrt(sums)
    norms[norms == 0] = 1.0
    lengths = np.diff(indptr)
    row = np.repeat(np.arange(n_rows), lengths)
    data = (1.0 / norms)[row] * weighted
    # each row's entries reversed: position k of a row [a, b) holds its entry b - 1 - (k - a)
    at = np.arange(len(data))
    reverse = indptr[row] + indptr[row + 1] - 1 - at
    return _csr(data[reverse], indices[reverse].copy(), indptr.copy(), counts.shape)


def side_by_side(left: sp.csr_matrix, right: sp.csr_matrix) -> sp.csr_matrix:
    """``csr_matrix(hstack([left, right]))`` of two canonical matrices with the same rows: each row's
    entries of ``left``, then those of ``right`` shifted past ``left``'s columns."""
    n_rows = left.shape[0]
    n_columns = left.shape[1] + right.shape[1]
    lengths_left, lengths_right = np.diff(left.indptr), np.diff(right.indptr)
    dtype = _index_dtype(max(n_columns, left.nnz + right.nnz))
    indptr = np.zeros(n_rows + 1, dtype=dtype)
    np.cumsum(lengths_left + lengths_right, out=indptr[1:])
    # where each entry goes: its row's start, then its place within its own part of the row
    row_left = np.repeat(np.arange(n_rows), lengths_left)
    row_right = np.repeat(np.arange(n_rows), lengths_right)
    at_left = indptr[row_left] + (np.arange(left.nnz) - left.indptr[row_left])
    at_right = indptr[row_right] + lengths_left[row_right] + (np.arange(right.nnz) - right.indptr[row_right])
    indices = np.empty(left.nnz + right.nnz, dtype=dtype)
    data = np.empty(left.nnz + right.nnz, dtype=np.float64)
    indices[at_left], data[at_left] = left.indices, left.data
    indices[at_right], data[at_right] = right.indices + left.shape[1], right.data
    return _csr(data, indices, indptr, (n_rows, n_columns))
