"""The multi-document briefing: the few sentences that tell the story across all articles, cited.

All articles' sentences are pooled; the briefing method (concept coverage by default) picks the
salient, non-redundant ones within a budget, around an opener it chooses first (the story's main
development: concepts.select, salience.OPENER_CHOICES). Each pick is then cited with every other article that
carries the same fact: its most similar sentence in each article, when that is a near-duplicate.
No sentence that opens on a reference it does not name ("He ...") is chosen, and one that opens
on a description of something told before ("The move ...") only with the item that tells it. Items
are shown without the weekday or "last week" that dates an event from its own article's dateline
(relative_time.py). The briefing reads most important first (order.py). Everything is a sparse
matrix product, so thousands of articles take seconds.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

import numpy as np
import scipy.sparse as sp

from brief.ingest.dates import sortable_date
from brief.model import Article, BriefingItem, Sentence, SentenceRef
from brief.summarize import concepts, position
from brief.summarize.cohesion import needs_antecedent, showable
from brief.summarize.order import reading_order, unintroduced
from brief.summarize.registry import (
    BRIEFING_METHOD,
    DEFAULT_BRIEFING_SENTENCES,
    Capped,
    summarize,
)
from brief.summarize.relative_time import without_relative_time

RESOLVE_ROUNDS = 4
"""Times the briefing is chosen again without a sentence that points back to something no other
chosen sentence introduces ("The move ..."); past that, such a sentence may stay. With the learned
concept worth, 3 rounds left one such item in the 175 of the DUC 2004 dev clusters' 7-item briefings
(python bench/rouge_duc2004.py), 4 none; a round costs a solve only when the one before left one."""

CITE_COSINE = 0.5
"""Two sentences of different articles at or above this tf-idf cosine carry the same fact."""

ONE_ARTICLE_METHOD = "position"
"""What briefs a story told by one article (most stories of a day's feeds): the per-article method
that is best on single news articles. On the 125 CNN/DailyMail dev articles (python
bench/rouge_cnndm.py --methods position,lead,concepts) it scores R-1/R-2 41.98/19.73 against the
concept ILP's 38.37/16.24, and it costs a fraction of a millisecond where the ILP costs ~20 ms."""


def _article_rank(articles: Sequence[Article]) -> dict[int, int]:
    """Reading order of articles: by date when every article's date reads as one, else as given.

    Dates are compared as moments (``sortable_date``, as ``--order date`` does), never as the strings
    pages write, which put "10 March" before "8 March".
    """
    order = list(range(len(articles)))
    moments = [m for m in (sortable_date(a.date) for a in articles) if m is not None]
    if articles and len(moments) == len(articles):
        order.sort(key=lambda i: (moments[i], i))
    return {articles[i].id: rank for rank, i in enumerate(order)}


def _pool(articles: Sequence[Article], sentences: Mapping[int, Sequence[Sentence]]) -> list[Sentence]:
    pooled: list[Sentence] = []
    for article in articles:
        own = sentences.get(article.id, ())
        pooled.extend(own[p] for p in showable(own))
    return pooled


def _position_chooser(pooled: Sequence[Sentence], f: concepts.SentenceFeatures) -> Callable[[int], tuple[int, ...]]:
    """``registry.summarize(pooled, n, "position")`` for any n, the sentences scored once, from the
    term matrix and lengths ``f`` already holds (most stories are one article, briefed this way)."""
    worth = position.scores(pooled, f.tfidf, f.lengths)

    def choose(n: int) -> tuple[int, ...]:
        return position.summarize(pooled, min(n, len(pooled)), worth, f.tfidf) if n > 0 else ()

    return choose


def _pick(
    pooled: Sequence[Sentence], f: concepts.SentenceFeatures, method: str,
    sentences_budget: int | None, words: int | None, caps: list[Capped] | None = None,
    settings: concepts.Settings = concepts.DEFAULT, article_order: Mapping[int, int] | None = None,
) -> list[int]:
    """Positions chosen by the briefing method within the budget (of copies of a sentence, the one
    of the article first in ``article_order``)."""
    if method == "concepts":
        return list(concepts.select(pooled, count=sentences_budget, words=words, f=f, settings=settings,
                                    article_order=article_order))
    # Any other registered method: ask for enough sentences, drop repeats, cut at the budget.
    eligible = f.lengths[f.eligible] if f.eligible.any() else f.lengths
    want = sentences_budget or 0
    if words is not None:
        want = math.ceil(words / max(float(np.mean(eligible)), 1.0)) + 2
        if sentences_budget is not None:
            want = min(want, sentences_budget)
    choose = _position_chooser(pooled, f) if method == "position" else lambda n: summarize(pooled, n, method, caps)
    while True:
        picked: list[int] = []
        total = 0
        offered = list(choose(want))
        repeats = _repeats(f.tfidf, offered)
        for k, p in enumerate(offered):
            if picked and repeats[k] & set(picked):
                continue
            picked.append(p)
            total += int(f.lengths[p])
            if words is not None and total >= words:
                return picked
        # Repeats were dropped and the budget is not met yet: ask the method for more.
        short = words is not None or (sentences_budget is not None and len(picked) < sentences_budget)
        if not short or want >= len(pooled):
            return picked[:sentences_budget] if sentences_budget is not None else picked
        want = min(len(pooled), want * 2)


def _repeats(tfidf: sp.csr_matrix, offered: Sequence[int]) -> list[set[int]]:
    """For each offered position, the offered ones it repeats (tf-idf cosine above
    ``concepts.DUPLICATE_COSINE``).

    Why: one sparse product for all of them instead of one per offered sentence (each a row
    slice, a transpose and a product: most of a one-article story's briefing). Each cosine is the
    same float as the single-row product's: both sum one row's terms in that row's own order.
    """
    if not offered:
        return []
    rows = tfidf[list(offered)]
    sims = sp.csr_matrix(rows @ rows.T)
    out: list[set[int]] = []
    for k in range(len(offered)):
        span = slice(sims.indptr[k], sims.indptr[k + 1])
        out.append({offered[j] for j in sims.indices[span][sims.data[span] > concepts.DUPLICATE_COSINE].tolist()})
    return out


def _citations(pooled: Sequence[Sentence], f: concepts.SentenceFeatures, chosen: Sequence[int]) -> list[list[int]]:
    """For each chosen position: it, then the best near-duplicate in each other article, best first."""
    if not chosen:
        return []
    article = np.array([s.article for s in pooled], dtype=np.int64)
    if (article == article[0]).all():  # one article: no other to cite
        return [[p] for p in chosen]
    sims = sp.csr_matrix(f.tfidf[list(chosen)] @ f.tfidf.T)
    out: list[list[int]] = []
    for row, p in enumerate(chosen):
        cols = sims.indices[sims.indptr[row]:sims.indptr[row + 1]]
        vals = sims.data[sims.indptr[row]:sims.indptr[row + 1]]
        keep = (vals >= CITE_COSINE) & (article[cols] != article[p])
        cols, vals = cols[keep], vals[keep]
        # Best match per article: sort by article, then similarity descending, take the first of each.
        order = np.lexsort((cols, -vals, article[cols]))
        cols, vals = cols[order], vals[order]
        first = np.ones(len(cols), dtype=bool)
        first[1:] = article[cols][1:] != article[cols][:-1]
        cols, vals = cols[first], vals[first]
        ranked = cols[np.lexsort((cols, -vals))]
        out.append([p, *(int(c) for c in ranked)])
    return out


def build_briefing(
    articles: Sequence[Article],
    sentences: Mapping[int, Sequence[Sentence]],
    *,
    sentences_budget: int | None = DEFAULT_BRIEFING_SENTENCES,
    words: int | None = None,
    method: str = BRIEFING_METHOD,
    caps: list[Capped] | None = None,
    settings: concepts.Settings = concepts.DEFAULT,
) -> tuple[BriefingItem, ...]:
    """The briefing over all articles, each item citing every article that carries its fact.

    ``words=N`` adds sentences until N words are reached (the last one may cross N) and, when given,
    takes precedence over ``sentences_budget``, which otherwise caps the number of items. ``caps``
    collects a note when a slow method met more pooled sentences than it handles (registry.summarize).
    ``settings`` are the concept weights (bench/rouge_duc2004.py --folds varies them; users never do).
    One article alone is briefed by ``ONE_ARTICLE_METHOD``.
    """
    # Shown and weighed without "on Friday" or "last week", relative to another day (relative_time.py).
    pooled = [s if (t := without_relative_time(s.text)) == s.text else replace(s, text=t) for s in _pool(articles, sentences)]
    if not pooled:
        return ()
    if method == BRIEFING_METHOD and len(articles) == 1:
        method = ONE_ARTICLE_METHOD
    budget = None if words is not None else sentences_budget
    if budget is not None and budget <= 0 or words is not None and words <= 0:
        return ()
    f = concepts.features(pooled, settings)
    if method == "concepts" or words is not None:  # the others' picks never read ``eligible`` otherwise
        pointing = np.array([needs_antecedent(s.text) == "" for s in pooled], dtype=bool)
        if (f.eligible & ~pointing).any():
            f = replace(f, eligible=f.eligible & ~pointing)
    rank = _article_rank(articles)
    chosen = _pick(pooled, f, method, budget, words, caps, settings, rank)
    for _ in range(RESOLVE_ROUNDS):
        orphans = [chosen[k] for k in unintroduced([pooled[p].text for p in chosen])]
        if not orphans or method != "concepts":
            break
        banned = f.eligible.copy()
        banned[orphans] = False
        f = replace(f, eligible=banned)
        chosen = _pick(pooled, f, method, budget, words, caps, settings, rank)
    worth = f.concepts @ f.weights
    chosen.sort(key=lambda p: (rank.get(pooled[p].article, len(rank)), pooled[p].index))
    chosen = [chosen[k] for k in reading_order([pooled[p].text for p in chosen], worth[chosen], f.centrality[chosen])]
    return tuple(
        BriefingItem(
            text=pooled[group[0]].text,
            sources=tuple(SentenceRef(pooled[q].article, pooled[q].index) for q in group),
            score=float(worth[group[0]]),
        )
        for group in _citations(pooled, f, chosen)
    )
