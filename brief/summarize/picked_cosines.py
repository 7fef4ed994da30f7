"""The tf-idf cosines a summary by position checks its picks against, from one sparse product.

Why: a summary by position (``position.summarize``: every one-article story's briefing, and every
article's own summary in the pool) asked, for each candidate in turn, for its cosines to all the
sentences picked so far: a row slice, a transpose and a sparse product per candidate, most of that
loop's cost in scipy's checks on tiny matrices. An article's sentences' cosines to each other come
from one product instead (a long one's, one product per picked sentence). Each cosine is the same
float as the candidate's own product gave: every way sums the picked row's terms in that row's
stored order, each term the same two factors.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

ALL_AT_ONCE = 400
"""Sentences up to which every pair's cosine is worked out in one product (a dense 400 x 400 block is
1.3 MB); a longer text gets one product per picked sentence, never a square of its length."""


class PickedCosines:
    """Cosines of the rows of ``tfidf`` (rows of unit length) to a picked row, worked out on first need."""

    def __init__(self, tfidf: sp.csr_matrix) -> None:
        self._tfidf = tfidf
        self._all: np.ndarray | None = None
        self._columns: sp.csr_matrix | None = None

    def of(self, picked: int) -> np.ndarray:
        """The cosine of row ``picked`` to every row, as a dense vector."""
        tfidf = self._tfidf
        if tfidf.shape[0] <= ALL_AT_ONCE:
            if self._all is None:
                self._all = np.asarray((tfidf @ tfidf.T).toarray())
            return self._all[picked]
        if self._columns is None:
            self._columns = sp.csr_matrix(tfidf.T)
        return np.asarray((tfidf[picked] @ self._columns).toarray()).ravel()
