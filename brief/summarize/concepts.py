"""Concept coverage: pick the sentences that cover the most important word pairs (ICSISumm-style).

Gillick & Favre (2009) treat each stemmed bigram as a "concept" worth the number of documents that
mention it, and choose the sentences that cover the most total worth within a length budget. A fact
repeated by many articles is worth more; a concept already covered earns nothing twice, which is
what removes redundancy. We solve it exactly with an integer program on a pruned candidate set
(scipy's HiGHS), falling back to a lazy greedy when the solver cannot finish, and add explicit
"not both" constraints between near-identical candidates.

Works on one article (concept worth = number of sentences) and on many pooled articles alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from brief.model import Sentence
from brief.summarize.vectors import (
    bigram_concepts,
    content_stems,
    count_matrix,
    normalized_tfidf,
    sentence_words,
)

MIN_WORDS = 8
"""Shorter sentences are fragments or asides ("He declined.") that rarely carry the story."""

MAX_WORDS = 55
"""Longer sentences are usually run-ons from segmentation errors; they waste a word budget."""

DUPLICATE_COSINE = 0.5
"""Above this tf-idf cosine two sentences say the same thing; a summary keeps at most one."""

CANDIDATES = 300
"""The integer program sees at most this many sentences, pruned by worth, so it stays fast."""

SOLVER_SECONDS = 10.0

TYPICAL_SENTENCE_WORDS = 25
"""With a budget in sentences, the words allowed are this many per sentence, so long ones pay."""

_QUOTES = "\"“”'‘’`"


@dataclass(frozen=True)
class SentenceFeatures:
    """What the selection needs to know about each pooled sentence, as arrays."""

    lengths: np.ndarray  # words per sentence
    concepts: sp.csr_matrix  # sentence × concept, binary
    weights: np.ndarray  # worth of each concept
    eligible: np.ndarray  # bool: may be chosen
    tfidf: sp.csr_matrix  # sentence × content stem, rows of unit length
    positions: np.ndarray  # the sentence's index in its article


def _is_eligible(text: str, n_words: int) -> bool:
    """Whether a sentence can stand alone in a summary."""
    stripped = text.strip()
    if n_words < MIN_WORDS or n_words > MAX_WORDS:
        return False
    if stripped.endswith("?") or stripped.rstrip(_QUOTES).endswith("?"):
        return False
    # A quote opened but not closed (or closed but not opened) is a fragment of a longer quote.
    opens = sum(stripped.count(c) for c in "“")
    closes = sum(stripped.count(c) for c in "”")
    if opens != closes:
        return False
    if stripped.count('"') % 2:
        return False
    return True


def features(sentences: Sequence[Sentence]) -> SentenceFeatures:
    """Concept and term matrices for pooled sentences; concept worth is cross-article frequency."""
    words = [sentence_words(s.text) for s in sentences]
    lengths = np.array([len(w) for w in words], dtype=np.int64)
    concepts, _ = count_matrix(bigram_concepts(w) for w in words)
    concepts.data[:] = 1.0
    terms, _ = count_matrix(content_stems(w) for w in words)
    tfidf = normalized_tfidf(terms)

    article_ids = np.array([s.article for s in sentences], dtype=np.int64)
    _, article_rows = np.unique(article_ids, return_inverse=True)
    n_articles = int(article_rows.max()) + 1 if len(sentences) else 0
    if n_articles > 1:
        membership = sp.csr_matrix(
            (np.ones(len(sentences)), (article_rows, np.arange(len(sentences)))),
            shape=(n_articles, len(sentences)),
        )
        per_article = membership @ concepts
        per_article.data[:] = 1.0
        weights = np.asarray(per_article.sum(axis=0)).ravel()
        min_worth = 2.0 if n_articles <= 5 else 3.0
    else:
        weights = np.asarray(concepts.sum(axis=0)).ravel()
        min_worth = 2.0
    weights = np.where(weights >= min_worth, weights, 0.0)

    eligible = np.array([_is_eligible(s.text, n) for s, n in zip(sentences, lengths)], dtype=bool)
    positions = np.array([s.index for s in sentences], dtype=np.int64)
    return SentenceFeatures(lengths, sp.csr_matrix(concepts), weights, eligible, tfidf, positions)


def _candidates(f: SentenceFeatures) -> np.ndarray:
    """The sentences worth giving to the solver: best by total worth and by worth per word."""
    worth = f.concepts @ f.weights
    ok = np.flatnonzero(f.eligible & (worth > 0))
    if len(ok) <= CANDIDATES:
        return ok
    half = CANDIDATES // 2
    by_worth = ok[np.argsort(-worth[ok], kind="stable")[:half]]
    density = worth[ok] / np.maximum(f.lengths[ok], 1)
    by_density = ok[np.argsort(-density, kind="stable")[:half]]
    return np.unique(np.concatenate([by_worth, by_density]))


def _duplicate_pairs(f: SentenceFeatures, rows: np.ndarray) -> np.ndarray:
    """Pairs (i, j), i < j, of positions in ``rows`` whose sentences are near-identical."""
    sub = f.tfidf[rows]
    sims = sp.triu(sub @ sub.T, k=1).tocoo()
    keep = sims.data > DUPLICATE_COSINE
    return np.column_stack([sims.row[keep], sims.col[keep]])


def _solve(
    f: SentenceFeatures, rows: np.ndarray, word_budget: int, max_sentences: int | None
) -> np.ndarray | None:
    """Exact concept coverage over ``rows`` by integer programming; None if the solver fails."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    sub = f.concepts[rows]
    used = np.flatnonzero(np.asarray(sub.sum(axis=0)).ravel() > 0)
    used = used[f.weights[used] > 0]
    if len(rows) == 0 or len(used) == 0:
        return None
    sub = sp.csr_matrix(sub[:, used])
    n, m = len(rows), len(used)
    # A tiny preference for earlier sentences breaks ties towards the lead, deterministically.
    tie = 1e-3 / (1.0 + f.positions[rows])
    objective = -np.concatenate([tie, f.weights[used]])
    blocks = [sp.hstack([-sub.T, sp.identity(m)])]  # a concept counts only if a chosen sentence has it
    lower = [np.full(m, -np.inf)]
    upper = [np.zeros(m)]
    blocks.append(sp.hstack([sp.csr_matrix(f.lengths[rows][np.newaxis, :].astype(float)), sp.csr_matrix((1, m))]))
    lower.append(np.array([-np.inf]))
    upper.append(np.array([float(word_budget)]))
    if max_sentences is not None:
        blocks.append(sp.hstack([sp.csr_matrix(np.ones((1, n))), sp.csr_matrix((1, m))]))
        lower.append(np.array([-np.inf]))
        upper.append(np.array([float(max_sentences)]))
    pairs = _duplicate_pairs(f, rows)
    if len(pairs):
        k = len(pairs)
        pair_rows = np.repeat(np.arange(k), 2)
        pair_matrix = sp.csr_matrix((np.ones(2 * k), (pair_rows, pairs.ravel())), shape=(k, n))
        blocks.append(sp.hstack([pair_matrix, sp.csr_matrix((k, m))]))
        lower.append(np.full(k, -np.inf))
        upper.append(np.ones(k))
    constraint = LinearConstraint(sp.csr_matrix(sp.vstack(blocks)), np.concatenate(lower), np.concatenate(upper))
    result = milp(
        objective,
        constraints=constraint,
        integrality=np.concatenate([np.ones(n), np.zeros(m)]),
        bounds=Bounds(np.zeros(n + m), np.ones(n + m)),
        options={"time_limit": SOLVER_SECONDS, "disp": False},
    )
    if result.x is None:
        return None
    return rows[np.flatnonzero(result.x[:n] > 0.5)]


def _greedy(
    f: SentenceFeatures, rows: np.ndarray, chosen: list[int], word_budget: int | None,
    max_sentences: int | None, cross: bool,
) -> list[int]:
    """Add sentences by marginal worth per word until a budget is met.

    With ``cross`` the last sentence may overrun the word budget (it is chosen by marginal worth
    alone); otherwise sentences that do not fit are skipped.
    """
    chosen = list(chosen)
    covered = np.zeros(f.concepts.shape[1], dtype=bool)
    if chosen:
        covered[np.asarray(f.concepts[chosen].sum(axis=0)).ravel() > 0] = True
    available = np.zeros(f.concepts.shape[0], dtype=bool)
    available[rows] = True
    available[chosen] = False
    sub = f.concepts
    while True:
        total = int(f.lengths[chosen].sum()) if chosen else 0
        if max_sentences is not None and len(chosen) >= max_sentences:
            break
        if word_budget is not None and total >= word_budget:
            break
        # Drop anything too close to what is already chosen.
        if chosen:
            sims = np.asarray((f.tfidf @ f.tfidf[chosen].T).max(axis=1).todense()).ravel()
            available &= sims <= DUPLICATE_COSINE
        idx = np.flatnonzero(available)
        if len(idx) == 0:
            break
        gain = sub[idx] @ np.where(covered, 0.0, f.weights)
        if word_budget is not None and not cross:
            fits = f.lengths[idx] + total <= word_budget
            idx, gain = idx[fits], gain[fits]
            if len(idx) == 0:
                break
        crossing = word_budget is not None and cross
        score = gain if crossing else gain / np.maximum(f.lengths[idx], 1)
        score = score + 1e-6 / (1.0 + f.positions[idx])
        best = int(idx[int(np.argmax(score))])
        chosen.append(best)
        available[best] = False
        covered[sub[best].indices] = True
    return chosen


def select(
    sentences: Sequence[Sentence], *, count: int | None = None, words: int | None = None,
    f: SentenceFeatures | None = None,
) -> tuple[int, ...]:
    """Positions (ascending) of the sentences that best cover the pooled concepts.

    ``count`` caps the number of sentences; ``words`` sets a word budget that the last sentence may
    cross (sentences are added until it is reached). With neither, three sentences.
    """
    if not sentences:
        return ()
    if count is None and words is None:
        count = 3
    if count is not None and count <= 0:
        return ()
    f = f or features(sentences)
    rows = _candidates(f)
    if len(rows) == 0:
        rows = np.flatnonzero(f.eligible)
    if len(rows) == 0:
        rows = np.arange(len(sentences))
    word_budget = words if words is not None else (count or 0) * TYPICAL_SENTENCE_WORDS
    solved = _solve(f, rows, word_budget, count)
    chosen = [int(i) for i in solved] if solved is not None else _greedy(f, rows, [], word_budget, count, cross=False)
    if words is not None:
        pool = np.flatnonzero(f.eligible) if f.eligible.any() else np.arange(len(sentences))
        chosen = _greedy(f, pool, chosen, words, count, cross=True)
    elif count is not None and len(chosen) < count:
        pool = np.flatnonzero(f.eligible) if f.eligible.any() else np.arange(len(sentences))
        chosen = _greedy(f, pool, chosen, None, count, cross=True)
        if len(chosen) < count:
            chosen = _greedy(f, np.arange(len(sentences)), chosen, None, count, cross=True)
    return tuple(sorted(set(chosen)))


def summarize(sentences: Sequence[Sentence], count: int) -> tuple[int, ...]:
    """The registry's entry point: ``count`` sentences by concept coverage."""
    return select(sentences, count=count)
