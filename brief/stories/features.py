"""What an article is about, as a weighted bag of terms: the evidence stories are grouped on.

A news aggregator groups on what is rare and specific: the names and terms a story's articles
share and few others use. So each article is a tf-idf vector over the pile, its stemmed content
words, with the names in it (capitalised words inside a sentence) and its headline's words
counting more: "Hun Sen" and "Ranariddh" say more about a story than "government" or "talks".
Terms are numbered in sorted order and articles are read in a canonical order (by content, not
by input position), so the vectors, and everything built on them, do not depend on input order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from brief.model import Article, Sentence
from brief.summarize.vectors import stem
from brief.text.language import stop_words
from brief.text.tokens import word_tokens

NAME_WEIGHT = 2.0
"""A capitalised word inside a sentence (a name, most of the time) counts this many times a plain
word: names are the strongest evidence that two articles tell the same story. Chosen on the DUC
2004 + CNN/DailyMail dev mix (bench/stories.py): 1.0 -> 2.0 lifts B-cubed F1, more adds little."""
TITLE_WEIGHT = 2.0
"""Each word of a headline written apart from the body counts this many times more: the headline
says what the story is (web pages and feeds have one; wire copy without one loses nothing)."""
LEAD_SENTENCES = 5
"""The first sentences of an article (its lead, which says what the story is) count double."""
MIN_WORD_LENGTH = 2
"""Shorter words ("s", "a") are noise, not evidence."""
KEEP_TERMS = 60
"""Only an article's heaviest terms are kept: the rest of its vocabulary is too weak to tell
stories apart, and dropping it keeps the similarity product sparse on 10,000 articles."""


@dataclass(frozen=True)
class Features:
    """Row-normalised tf-idf vectors of the articles, in canonical order.

    ``order[r]`` is the position in the caller's article sequence of row ``r``; ``terms`` names the
    columns (a readable form of each stem: its most frequent surface word).
    """

    matrix: sp.csr_matrix
    order: tuple[int, ...]
    terms: tuple[str, ...]
    names: np.ndarray  # per column: True when the term is mostly written capitalised (a name)


def canonical_key(article: Article) -> tuple[str, str]:
    """A key from the article's content only, so that input order never matters."""
    digest = hashlib.sha1(
        f"{article.title}\x00{article.text}\x00{article.source}\x00{article.date}\x00{article.url}".encode(
            "utf-8", "surrogatepass"
        )
    ).hexdigest()
    return digest, article.path


def _article_terms(
    article: Article, sentences: Sequence[Sentence], stops: frozenset[str]
) -> tuple[dict[str, float], dict[str, dict[str, int]], dict[str, int]]:
    """Weighted term counts of one article, the surface forms of each stem, and its name counts."""
    counts: dict[str, float] = {}
    forms: dict[str, dict[str, int]] = {}
    capital: dict[str, int] = {}

    def add(word: str, weight: float, capitalised: bool) -> None:
        lower = word.lower()
        if len(lower) < MIN_WORD_LENGTH or lower in stops or not any(c.isalpha() for c in lower):
            return
        key = stem(lower)
        counts[key] = counts.get(key, 0.0) + weight * (NAME_WEIGHT if capitalised else 1.0)
        seen = forms.setdefault(key, {})
        seen[word] = seen.get(word, 0) + 1
        if capitalised:
            capital[key] = capital.get(key, 0) + 1

    body_text = " ".join(s.text for s in sentences[:1])
    title = article.title.strip()
    if title and not body_text.startswith(title.rstrip(".…")):
        for word in word_tokens(title):
            add(word, TITLE_WEIGHT, False)
    for n, sentence in enumerate(sentences):
        weight = 2.0 if n < LEAD_SENTENCES else 1.0
        for i, word in enumerate(word_tokens(sentence.text)):
            add(word, weight, i > 0 and word[:1].isupper())
    return counts, forms, capital


def article_features(articles: Sequence[Article], sentences: Mapping[int, Sequence[Sentence]]) -> Features:
    """Sparse tf-idf rows (sublinear tf, idf over this pile), each article's heaviest terms only."""
    stops = stop_words("en")
    order = sorted(range(len(articles)), key=lambda i: canonical_key(articles[i]))
    per_article = [_article_terms(articles[i], sentences.get(articles[i].id, ()), stops) for i in order]
    vocabulary = sorted({term for counts, _, _ in per_article for term in counts})
    column = {term: c for c, term in enumerate(vocabulary)}
    rows, cols, vals = [], [], []
    form_totals: list[dict[str, int]] = [{} for _ in vocabulary]
    capital_totals = np.zeros(len(vocabulary))
    word_totals = np.zeros(len(vocabulary))
    for r, (counts, forms, capital) in enumerate(per_article):
        for term, count in counts.items():
            c = column[term]
            rows.append(r)
            cols.append(c)
            vals.append(count)
            totals = form_totals[c]
            for form, k in forms[term].items():
                totals[form] = totals.get(form, 0) + k
                word_totals[c] += k
            capital_totals[c] += capital.get(term, 0)
    n = len(per_article)
    counts_matrix = sp.csr_matrix(
        (np.asarray(vals, dtype=np.float64), (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64))),
        shape=(n, len(vocabulary)),
    )
    df = np.bincount(counts_matrix.indices, minlength=len(vocabulary))
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    weighted = counts_matrix.copy()
    weighted.data = np.log1p(weighted.data)
    weighted = sp.csr_matrix(weighted.multiply(idf[np.newaxis, :]))
    weighted = _keep_heaviest(weighted, KEEP_TERMS)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    matrix = sp.csr_matrix(sp.diags(1.0 / norms) @ weighted)
    terms = tuple(max(sorted(f.items()), key=lambda kv: kv[1])[0] if f else t for f, t in zip(form_totals, vocabulary))
    names = capital_totals > 0.5 * np.maximum(word_totals, 1)
    return Features(matrix, tuple(order), terms, names)


def _keep_heaviest(matrix: sp.csr_matrix, keep: int) -> sp.csr_matrix:
    """Each row's ``keep`` largest entries (ties broken by column, so deterministically)."""
    matrix = sp.csr_matrix(matrix)
    matrix.sort_indices()
    data = matrix.data.copy()
    for r in range(matrix.shape[0]):
        start, end = matrix.indptr[r], matrix.indptr[r + 1]
        if end - start > keep:
            row = data[start:end]
            ranked = np.lexsort((np.arange(end - start), -row))
            row[ranked[keep:]] = 0.0
    out = sp.csr_matrix((data, matrix.indices, matrix.indptr), shape=matrix.shape)
    out.eliminate_zeros()
    return out
