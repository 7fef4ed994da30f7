"""Concept coverage: pick the sentences that cover the most important word pairs (ICSISumm-style).

Gillick & Favre (2009) treat each stemmed bigram as a "concept" worth the number of documents that
mention it (we add single content words, salience.py), and choose the sentences that cover the
most total worth within a length budget. A fact
repeated by many articles is worth more; a concept already covered earns nothing twice, which is
what removes redundancy. We solve it exactly with an integer program on a pruned candidate set
(scipy's HiGHS), falling back to a lazy greedy when the solver cannot finish, and add explicit
"not both" constraints between near-identical candidates.

Works on one article (concept worth = number of sentences) and on many pooled articles alike.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import scipy.sparse as sp

from brief.model import Sentence
from brief.summarize import solver
from brief.summarize.cohesion import needs_antecedent, points_ahead
from brief.summarize.salience import (  # noqa: F401  (re-exported: the concept model lives there)
    DEFAULT,
    SentenceFeatures,
    Settings,
    concept_weights,
    features,
    min_articles,
)

DUPLICATE_COSINE = 0.5
"""Above this tf-idf cosine two sentences say the same thing; a summary keeps at most one."""

CANDIDATES = 100
"""The integer program sees at most this many sentences, pruned by worth, so it stays fast: with
single words as concepts HiGHS needs ~2 s on 300 candidates of 3,000 pooled sentences, ~0.1 s on
100. It is also a prior, not only a speed-up: half are the best sentences by worth, half by worth
per word, and the exact optimum over more candidates scores less, picking background sentences that
top up coverage (the learned worth cross-validated on the DUC 2004 dev folds, bench/RESULTS.md issue
17's tenth pass: R-1/R-2 39.45/10.17 with 100, 38.86/9.63 with 150, 38.76/9.31 with 200; with the
counted worth 38.69/9.60 with 100, 38.35/9.68 with 300). What it guards against is the optimiser's curse,
not a sentence quality the objective lacks: with the references' own concept shares as the worth, 200
candidates score more than 100 (R-1 42.38 against 42.09), and with the learned worth the concepts the wider
optimum newly covers hold 0.024 of a reference share per unit of worth against 0.041 for those it gives
up (issue 17's eleventh pass)."""

CROSS_SLACK = 10
"""With a word budget, the last sentence may cross it by at most this many words (when it can)."""

TYPICAL_SENTENCE_WORDS = 25
"""With a budget in sentences, the words allowed are this many per sentence, so long ones pay."""

DANGLING_PENALTY = 1.0
"""What a sentence that leans on the one before it ("But he ...", "It also ...") costs, in units of
a typical concept's worth: out of its article it reads as a non sequitur, so it needs to add
clearly more than an alternative to be chosen."""


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


def _distinct(f: SentenceFeatures, rows: np.ndarray, article_rank: Sequence[int]) -> np.ndarray:
    """``rows`` with each set of identical candidates cut to one: the copy in the article read first.

    The same sentence carried by several articles (a wire story, a shared quote) is one candidate
    to the solver: its copies tie exactly, and an exact solver would pick any of them, so copies
    make the answer depend on the solver's path and slow the search. Identical means the same
    words as the summary sees them: the same concepts, the same stems with the same weights, the
    same length, and both leaning or not on the sentence before (whitespace and quote marks
    differ freely). The copy kept is the one of the earliest article in ``article_rank`` (one
    rank per pooled sentence: its article's place in reading order), then the earliest sentence;
    citing finds the others' copies as before.
    """
    if len(rows) < 2:
        return rows
    concepts_of, tfidf_of = sp.csr_matrix(f.concepts), sp.csr_matrix(f.tfidf)

    def row(matrix: sp.csr_matrix, r: int) -> tuple[bytes, bytes]:
        span = slice(matrix.indptr[r], matrix.indptr[r + 1])
        order = np.argsort(matrix.indices[span], kind="stable")
        return matrix.indices[span][order].tobytes(), np.round(matrix.data[span][order], 9).tobytes()

    kept: dict[tuple[object, ...], int] = {}
    for r in sorted(rows.tolist(), key=lambda r: (article_rank[r], int(f.positions[r]), r)):
        key = (row(concepts_of, r)[0], row(tfidf_of, r), int(f.lengths[r]), bool(f.dangling[r]))
        kept.setdefault(key, r)
    return np.asarray(sorted(kept.values()), dtype=rows.dtype)


def _duplicate_pairs(f: SentenceFeatures, rows: np.ndarray) -> np.ndarray:
    """Pairs (i, j), i < j, of positions in ``rows`` whose sentences are near-identical."""
    sub = f.tfidf[rows]
    sims = sp.triu(sub @ sub.T, k=1).tocoo()
    keep = sims.data > DUPLICATE_COSINE
    return np.column_stack([sims.row[keep], sims.col[keep]])


SMALL_CANDIDATES = 40
"""Up to this many candidates (and no crossing sentence) ``_solve_small`` answers before HiGHS."""

SMALL_NODES = 20_000
"""Search nodes ``_solve_small`` may visit before it hands the instance to HiGHS."""

class _GiveUp(Exception):
    """The small search met its node limit."""


def _solve_small(
    f: SentenceFeatures, rows: np.ndarray, sub: sp.csr_matrix, weights: np.ndarray, tie: np.ndarray,
    word_cap: int, max_sentences: int | None,
) -> np.ndarray | None:
    """``_solve``'s integer program by branch and bound in Python, for a handful of candidates.

    Why: importing scipy.optimize and starting HiGHS cost ~0.25 s, more than a small briefing takes
    to compute. The answer is the exact optimum (HiGHS stops within 0.01% of it, so on a near tie
    the two may differ, the search being the more exact); None past ``SMALL_NODES``: ask HiGHS.
    """
    n = len(rows)
    worth = weights.tolist()
    value_alone = [float(tie[i]) + sum(worth[c] for c in sub.indices[sub.indptr[i]:sub.indptr[i + 1]]) for i in range(n)]
    order = sorted(range(n), key=lambda i: -value_alone[i])  # promising sentences first
    place = {i: k for k, i in enumerate(order)}
    covers = [sub.indices[sub.indptr[i]:sub.indptr[i + 1]].tolist() for i in order]
    ties = [float(tie[i]) for i in order]
    lengths = [int(x) for x in f.lengths[rows][order]]
    clash = [0] * n
    for a, b in _duplicate_pairs(f, rows).tolist():
        clash[place[a]] |= 1 << place[b]
        clash[place[b]] |= 1 << place[a]
    # Per sentence, its concepts as a bit mask and their total worth, summed in the same order as
    # the gains below, so a sentence none of whose concepts is covered yet costs no sum at all (the
    # same floats, so the same search and the same answer as summing every time).
    masks = [sum(1 << c for c in set(cs)) for cs in covers]
    full = [sum(worth[c] for c in cs) for cs in covers]
    positive_ties = [max(t, 0.0) for t in ties]
    most = n if max_sentences is None else max_sentences
    total_worth = sum(worth)
    best, best_members = -math.inf, 0
    nodes = 0

    seen: list[dict[int, float]] = [{} for _ in range(n)]

    def _newly(j: int, covered: int) -> float:
        """The worth sentence ``j`` adds over ``covered``: summed once per overlap, in one order."""
        overlap = covered & masks[j]
        if not overlap:
            return full[j]
        new = seen[j].get(overlap)
        if new is None:
            new = seen[j][overlap] = sum([worth[c] for c in covers[j] if not covered >> c & 1])
        return new

    def visit(start: int, members: int, count: int, covered: int, covered_worth: float, value: float,
              length: int, banned: int) -> None:
        nonlocal best, best_members, nodes
        nodes += 1
        if nodes > SMALL_NODES:
            raise _GiveUp
        if value > best:
            best, best_members = value, members
        room = most - count
        if room <= 0:
            return
        left = word_cap - length
        if room == 1:
            # The children are leaves: visit them here, in the same order with the same bound
            # (nothing later can add), which saves building the options and a call per child.
            rest = value - covered_worth + total_worth
            for j in range(start, n):
                if banned >> j & 1 or lengths[j] > left:
                    continue
                gain = ties[j] + _newly(j, covered)
                if min(value + gain, rest + positive_ties[j]) <= best:
                    continue
                nodes += 1
                if nodes > SMALL_NODES:
                    raise _GiveUp
                if value + gain > best:
                    best, best_members = value + gain, members | 1 << j
            return
        # Upper bounds (coverage is submodular): the best ``room - 1`` later gains, and all the
        # worth not yet covered plus the best later tie-breaks; found in one pass from the last
        # sentence back, each sum taken once per change of its list.
        options: list[tuple[int, float, float, float]] = []  # sentence, gain, worth newly covered, bound
        later_gains: list[float] = []
        later_ties: list[float] = []
        sum_gains, sum_ties = 0.0, 0.0
        rest = value - covered_worth + total_worth
        for j in range(n - 1, start - 1, -1):
            if banned >> j & 1 or lengths[j] > left:
                continue
            new = _newly(j, covered)
            tie_j = ties[j]
            gain = tie_j + new
            options.append((j, gain, new, min(value + gain + sum_gains, rest + positive_ties[j] + sum_ties)))
            # Only the best ``room - 1`` ever count: keeping no more makes each sort a few items.
            if gain > 0:
                later_gains.append(gain)
                later_gains.sort(reverse=True)
                del later_gains[room - 1:]
                sum_gains = sum(later_gains)
            if tie_j > 0:
                later_ties.append(tie_j)
                later_ties.sort(reverse=True)
                del later_ties[room - 1:]
                sum_ties = sum(later_ties)
        for j, gain, new, bound in reversed(options):
            if bound <= best:
                continue
            visit(j + 1, members | 1 << j, count + 1, covered | masks[j], covered_worth + new, value + gain,
                  length + lengths[j], banned | clash[j])

    try:
        visit(0, 0, 0, 0, 0.0, 0.0, 0, 0)
    except _GiveUp:
        return None
    chosen = sorted(order[k] for k in range(n) if best_members >> k & 1)
    return rows[np.asarray(chosen, dtype=np.intp)]


def _solve(
    f: SentenceFeatures, rows: np.ndarray, word_cap: int, max_sentences: int | None,
    cross_at: int | None = None, forced: int | None = None,
) -> np.ndarray | None:
    """Exact concept coverage over ``rows`` (at most ``max_sentences`` and ``word_cap`` words; with
    ``cross_at``, all but one within ``cross_at - 1`` words; with ``forced``, that row among them);
    None if the solver fails. A handful of candidates is searched here (``_solve_small``), more by
    integer programming (solver.py)."""
    sub = f.concepts[rows]
    used = np.flatnonzero(np.asarray(sub.sum(axis=0)).ravel() > 0)
    used = used[f.weights[used] > 0]
    if len(rows) == 0 or len(used) == 0:
        return None
    sub = sp.csr_matrix(sub[:, used])
    n = len(rows)
    # A tiny preference for earlier sentences breaks ties towards the lead, deterministically.
    tie = 1e-3 / (1.0 + f.positions[rows])
    typical = float(np.median(f.weights[used]))
    tie = tie - DANGLING_PENALTY * typical * f.dangling[rows]
    if forced is not None:
        # Worth more than every concept together: any choice without it is worse than any with it.
        tie = tie + np.where(rows == forced, float(f.weights[used].sum()) + 1.0, 0.0)
    if cross_at is None and n <= SMALL_CANDIDATES:
        small = _solve_small(f, rows, sub, f.weights[used], tie, word_cap, max_sentences)
        if small is not None:
            return small

    found = solver.solve(sub, f.weights[used], tie, f.lengths[rows], _duplicate_pairs(f, rows), word_cap, max_sentences,
                         cross_at)
    return None if found is None else rows[found]


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


def _openers(sentences: Sequence[Sentence], f: SentenceFeatures, settings: Settings, article_rank: Sequence[int]) -> list[int]:
    """The ``settings.opener_choices`` most central sentences that can open a briefing of several
    articles: eligible, not leaning on the sentence before, not pointing back ("The move ..."), nor
    ahead ("Following are excerpts ..."), none a near-duplicate of another; of copies, the one of the article read first (``_distinct``)."""
    if settings.opener_choices <= 0 or len({s.article for s in sentences}) < 2:
        return []
    ok = np.flatnonzero(f.eligible & ~f.dangling & (f.centrality > 0))
    ranked = ok[np.lexsort((ok, f.positions[ok], np.asarray(article_rank)[ok], -f.centrality[ok]))]
    out: list[int] = []
    for p in ranked.tolist():
        if needs_antecedent(sentences[p].text) is not None or points_ahead(sentences[p].text):
            continue
        if out and (f.tfidf[out] @ f.tfidf[p].T).max() > DUPLICATE_COSINE:
            continue
        out.append(p)
        if len(out) == settings.opener_choices:
            break
    return out


def _covered_worth(f: SentenceFeatures, chosen: Sequence[int]) -> float:
    """The worth of the concepts ``chosen`` covers, each once."""
    if not chosen:
        return 0.0
    return float(f.weights[np.asarray(f.concepts[list(chosen)].sum(axis=0)).ravel() > 0].sum())


def _fill(
    f: SentenceFeatures, rows: np.ndarray, n_sentences: int, count: int | None, words: int | None,
    forced: int | None,
) -> list[int]:
    """The exact choice within the budget (around ``forced`` when given), topped up greedily."""
    if forced is not None and forced not in rows:
        rows = np.union1d(rows, [forced])
    if words is not None:
        solved = _solve(f, rows, words + CROSS_SLACK, count, cross_at=words, forced=forced)
        fallback_budget = words
    else:
        fallback_budget = (count or 0) * TYPICAL_SENTENCE_WORDS
        solved = _solve(f, rows, fallback_budget, count, forced=forced)
    start = [] if forced is None else [forced]
    chosen = [int(i) for i in solved] if solved is not None else _greedy(f, rows, start, fallback_budget, count, cross=False)
    pool = np.flatnonzero(f.eligible) if f.eligible.any() else np.arange(n_sentences)
    if words is not None:
        chosen = _greedy(f, pool, chosen, words, count, cross=True)
    elif count is not None and len(chosen) < count:
        chosen = _greedy(f, pool, chosen, None, count, cross=True)
        if len(chosen) < count:
            chosen = _greedy(f, np.arange(n_sentences), chosen, None, count, cross=True)
    return chosen


def select(
    sentences: Sequence[Sentence], *, count: int | None = None, words: int | None = None,
    f: SentenceFeatures | None = None, settings: Settings = DEFAULT, article_order: Mapping[int, int] | None = None,
) -> tuple[int, ...]:
    """Positions (ascending) of the sentences that best cover the pooled concepts.

    ``count`` caps the number of sentences; ``words`` sets a word budget that the last sentence may
    cross (sentences are added until it is reached). With neither, three sentences. Of identical
    sentences in several articles the one of the article first in ``article_order`` (article id ->
    rank; by default the order pooled) is the one chosen. Over several articles the opener is
    chosen too: unless the best choice already holds the most central sentence that can open, each
    of ``settings.opener_choices`` such sentences is forced in in turn and the choice kept is the
    one worth most, its coverage plus ``settings.opener_weight`` times its opener's centrality (an
    opener that could not be worth most even covering every concept is not tried: ``_cannot_win``).
    """
    if not sentences:
        return ()
    if count is None and words is None:
        count = 3
    if count is not None and count <= 0:
        return ()
    f = f or features(sentences, settings)
    rows = _candidates(f)
    if len(rows) == 0:
        rows = np.flatnonzero(f.eligible)
    if len(rows) == 0:
        rows = np.arange(len(sentences))
    firsts: dict[int, int] = {}
    for s in sentences:
        firsts.setdefault(s.article, len(firsts))
    ranks = article_order if article_order is not None else firsts
    article_rank = [ranks.get(s.article, len(ranks)) for s in sentences]
    rows = _distinct(f, rows, article_rank)
    free = _fill(f, rows, len(sentences), count, words, None)
    openers = _openers(sentences, f, settings, article_rank)
    if not openers or openers[0] in free:  # the most central opener in the best briefing: nothing beats it
        return tuple(sorted(set(free)))
    # Each opener's briefing is worth what it covers plus what its opener tells of the story's core.
    # One the best briefing already holds is its own best briefing.
    value = [_covered_worth(f, free) + settings.opener_weight * float(f.centrality[o]) if o in free else -math.inf
             for o in openers]
    tried: list[list[int] | None] = [free if o in free else None for o in openers]
    most = _coverable_worth(f)
    for k, o in enumerate(openers):
        if tried[k] is not None:
            continue
        if PRUNE_OPENERS and _cannot_win(most + settings.opener_weight * float(f.centrality[o]), max(value)):
            continue  # not even covering every concept would make its briefing the best: no solve
        chosen = tried[k] = _fill(f, rows, len(sentences), count, words, o)
        value[k] = _covered_worth(f, chosen) + settings.opener_weight * float(f.centrality[o])
    best = tried[int(np.argmax(value))]
    assert best is not None  # the first opener is tried or held by ``free``: some value is finite
    return tuple(sorted(set(best)))


PRUNE_OPENERS = True
"""Skip an opener whose briefing cannot be the best (``_cannot_win``); off only to test that the
answers are the same without it."""

BOUND_SLACK = 1e-9
"""Relative margin by which a bound must fall short of the best value for ``_cannot_win``: the
bound and the values are sums of the same floats in other orders, which may differ in their last
bits; an opener within this of the best is tried, as before."""


def _coverable_worth(f: SentenceFeatures) -> float:
    """The most any choice can cover (``_covered_worth``'s bound): the positive worth of every
    concept some sentence holds."""
    held = np.asarray(f.concepts.sum(axis=0)).ravel() > 0
    return float(np.clip(f.weights[held], 0.0, None).sum())


def _cannot_win(bound: float, best: float) -> bool:
    """Whether an opener whose briefing is worth at most ``bound`` loses to one worth ``best``:
    ``select`` keeps the first of the best, so only a strictly lower one can be left untried. Why:
    each opener not in the best free choice costs an integer program (a third of a tenth-new run's
    briefing time, issue 14), and a small story's briefing covers nearly all its concepts, so a less
    central opener often cannot make up its centrality."""
    return bound + BOUND_SLACK * (abs(bound) + abs(best)) < best


def summarize(sentences: Sequence[Sentence], count: int) -> tuple[int, ...]:
    """The registry's entry point: ``count`` sentences by concept coverage."""
    return select(sentences, count=count)
