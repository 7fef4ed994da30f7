"""Vectorized LexRank, TextRank and Reduction: sumy's graph methods as sparse matrix products.

sumy computes every sentence pair in pure Python, so on a few thousand sentences these methods take
minutes. The registry hands inputs past their comfortable size to these equivalents instead (and
says so in the report's warnings). They follow sumy's definitions — words lower-cased, stop words
dropped, Snowball-stemmed; LexRank's idf-modified cosine, 0.1 threshold and power method; TextRank's
shared-word counts over summed log lengths with damped PageRank; Reduction's summed edge weights —
and pick the same sentences on ordinary inputs (tests compare them with sumy).

Similarities are computed a block of rows at a time, so memory stays bounded on 30,000 sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import scipy.sparse as sp

from brief.model import Sentence
from brief.summarize.vectors import sentence_words, stem_counts, tokens

BLOCK = 2048
"""Rows of the similarity matrix computed at once: bounds memory on large inputs."""

LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1
TEXTRANK_DAMPING = 0.85
TEXTRANK_EPSILON = 1e-4
_ZERO_DIVISION_PREVENTION = 1e-7


def _counts(sentences: Sequence[Sentence]) -> tuple[sp.csr_matrix, np.ndarray]:
    """Sentence × stem counts (stop words dropped, as sumy does) and each sentence's word count."""
    t = tokens([sentence_words(s.text) for s in sentences])
    kept = ~t.stop
    return stem_counts(t, kept), np.bincount(t.sentence[kept], minlength=t.n_sentences).astype(np.float64)


def _blocks(left: sp.csr_matrix, right_t: sp.csr_matrix) -> list[tuple[int, sp.csr_matrix]]:
    """``left @ right_t`` as (first row, block) pairs of at most BLOCK rows each."""
    return [(i, sp.csr_matrix(left[i : i + BLOCK] @ right_t)) for i in range(0, left.shape[0], BLOCK)]


def _best(ratings: np.ndarray, count: int) -> tuple[int, ...]:
    """The ``count`` best-rated positions, ties to the earlier sentence, in document order (as sumy)."""
    order = np.lexsort((np.arange(len(ratings)), -ratings))
    return tuple(sorted(int(p) for p in order[:count]))


def lexrank_scores(sentences: Sequence[Sentence]) -> np.ndarray:
    """LexRank centrality (Erkan & Radev 2004) exactly as sumy defines it."""
    counts, _ = _counts(sentences)
    n = counts.shape[0]
    peak = np.asarray(counts.max(axis=1).todense()).ravel()
    tf = sp.csr_matrix(sp.diags(1.0 / np.maximum(peak, 1.0)) @ counts)
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log(n / (1.0 + df))
    weighted = sp.csr_matrix(tf.multiply(idf[np.newaxis, :]))
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    unit = sp.csr_matrix(sp.diags(np.where(norms > 0, 1.0 / np.where(norms > 0, norms, 1.0), 0.0)) @ weighted)
    parts = []
    for _, block in _blocks(unit, sp.csr_matrix(unit.T)):
        block.data = (block.data > LEXRANK_THRESHOLD).astype(np.float64)
        block.eliminate_zeros()
        parts.append(block)
    adjacency = sp.csr_matrix(sp.vstack(parts)) if parts else sp.csr_matrix((n, n))
    degrees = np.asarray(adjacency.sum(axis=1)).ravel()
    markov = sp.csr_matrix(sp.diags(1.0 / np.maximum(degrees, 1.0)) @ adjacency)
    transposed = sp.csr_matrix(markov.T)
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > LEXRANK_EPSILON:
        following = transposed @ p
        following /= np.linalg.norm(following) or 1.0
        change = float(np.linalg.norm(following - p))
        p = following
    return p


def _overlap(sentences: Sequence[Sentence], diagonal: bool) -> tuple[sp.csr_matrix, int]:
    """Shared-word counts over summed log lengths, sumy's TextRank/Reduction edge weight.

    Two one-word sentences have a zero norm: TextRank then takes the shared count itself
    (``diagonal``, the TextRank case), Reduction takes zero.
    """
    counts, lengths = _counts(sentences)
    n = counts.shape[0]
    logs = np.log(np.maximum(lengths, 1.0))
    parts = []
    for first, block in _blocks(counts, sp.csr_matrix(counts.T)):
        coo = block.tocoo()
        rows, cols = coo.row + first, coo.col
        norm = logs[rows] + logs[cols]
        single = np.isclose(norm, 0.0)
        value = np.where(single, coo.data if diagonal else 0.0, coo.data / np.where(single, 1.0, norm))
        keep = value != 0 if diagonal else (value != 0) & (rows != cols)
        parts.append(sp.csr_matrix((value[keep], (coo.row[keep], cols[keep])), shape=(block.shape[0], n)))
    weights = sp.csr_matrix(sp.vstack(parts)) if parts else sp.csr_matrix((n, n))
    return weights, n


def textrank_scores(sentences: Sequence[Sentence]) -> np.ndarray:
    """TextRank (Mihalcea & Tarau 2004) as sumy computes it: damped PageRank over word overlap."""
    weights, n = _overlap(sentences, diagonal=True)
    sums = np.asarray(weights.sum(axis=1)).ravel() + _ZERO_DIVISION_PREVENTION
    transposed = sp.csr_matrix((sp.diags(1.0 / sums) @ weights).T)
    teleport = (1.0 - TEXTRANK_DAMPING) / n
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > TEXTRANK_EPSILON:
        following = teleport * p.sum() + TEXTRANK_DAMPING * (transposed @ p)
        change = float(np.linalg.norm(following - p))
        p = following
    return p


def reduction_scores(sentences: Sequence[Sentence]) -> np.ndarray:
    """Reduction: each sentence's summed edge weight to every other sentence (sumy's definition)."""
    weights, _ = _overlap(sentences, diagonal=False)
    return np.asarray(weights.sum(axis=1)).ravel()


def _method(scores: Callable[[Sequence[Sentence]], np.ndarray]) -> Callable[[Sequence[Sentence], int], tuple[int, ...]]:
    def summarize(sentences: Sequence[Sentence], count: int) -> tuple[int, ...]:
        if count <= 0 or not sentences:
            return ()
        return _best(scores(sentences), count)

    summarize.__doc__ = f"The ``count`` best sentences by {scores.__name__.removesuffix('_scores')}, in document order."
    return summarize


lexrank = _method(lexrank_scores)
textrank = _method(textrank_scores)
reduction = _method(reduction_scores)
