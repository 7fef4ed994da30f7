"""What an article is about, as a weighted bag of terms: the evidence stories are grouped on.

A news aggregator groups on what is rare and specific: the names and terms a story's articles
share and few others use. So each article is a tf-idf vector over the pile, its stemmed content
words, with the names in it (capitalised words inside a sentence) and its headline's words
counting more: "Hun Sen" and "Ranariddh" say more about a story than "government" or "talks"; a body's name
written out counts once as its acronym where the pile writes that acronym (acronyms.py: "APEC").
Terms are numbered in sorted order and articles are read in a canonical order (by content, not
by input position), so the vectors, and everything built on them, do not depend on input order.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import count, islice

import numpy as np
import scipy.sparse as sp

from brief.model import Article, Sentence
from brief.stories.acronyms import acronym_counts
from brief.stories.words import counted as words_of
from brief.summarize.vectors import stem
from brief.text.language import STOP_WORD_LANGUAGES, stop_words

NAME_WEIGHT = 2
"""A capitalised word inside a sentence (a name, most of the time) counts this many times a plain
word: names are the strongest evidence that two articles tell the same story. Average precision
of same-story pairs on the DUC 2004 + CNN/DailyMail dev mix (bench/stories.py): 1.0 0.824,
2.0 0.833, 4.0 0.826."""
MIN_WORD_LENGTH = 2
"""Shorter words ("s", "a") are noise, not evidence."""
KEEP_TERMS = 100
"""Only an article's heaviest terms are kept: the rest of its vocabulary is too weak to tell
stories apart, and dropping it keeps the similarity product sparse on 10,000 articles. B-cubed F1
(bench/stories.py) dev / even / odd / hard: 60 terms 0.940 / 0.959 / 0.959 / 0.907; 80 0.940 /
0.972 / 0.959 / 0.919; 90 0.938 / 0.967 / 0.959 / 0.922; 100 0.936 / 0.972 / 0.959 / 0.927; 110
0.936 / 0.967 / 0.959 / 0.926; 120 0.929 / 0.954 / 0.959 / 0.926. Fewer terms lean on an article's
top names, which related election stories share (the hard mix falls below 100); 100 is the
fewest that keeps the hard mix, no half loses against 120, and the neighbour product over
10,000 articles costs a third less (4.9 -> 3.4 CPU s)."""

ACRONYM_SENTENCES = 20
"""Sentences read for names written out (acronyms.py): a body's full name comes at its first mention, near the top,
and a bounded read keeps a 50,000-word page from costing a regex over all of it. Related mix (bench/stories.py):
10 sentences 0.862 (no gain: the full names sit deeper), 20 and 40 0.872, every other mix level; 20 costs half
of 40 (about 0.05 CPU s on 1,000 articles)."""


@dataclass(frozen=True)
class Features:
    """Row-normalised tf-idf vectors of the articles, in canonical order.

    ``order[r]`` is the position in the caller's article sequence of row ``r``; ``terms`` names the
    columns (a readable form of each stem: its most frequent written word).
    """

    matrix: sp.csr_matrix
    order: tuple[int, ...]
    terms: tuple[str, ...]


def canonical_key(article: Article) -> tuple[str, str]:
    """A key from the article's content only, so that input order never matters."""
    digest = hashlib.sha1(
        f"{article.title}\x00{article.text}\x00{article.source}\x00{article.date}\x00{article.url}".encode(
            "utf-8", "surrogatepass"
        )
    ).hexdigest()
    return digest, article.path


def _word_counts(
    articles: Sequence[Article], sentences: Mapping[int, Sequence[Sentence]], order: Sequence[int]
) -> tuple[list[str], sp.csr_matrix, sp.csr_matrix]:
    """The pile's distinct written words, and two article × word count matrices (rows in ``order``):
    each word's weighted count (headline ``words.TITLE_WEIGHT``, lead ``words.LEAD_WEIGHT``, rest 1), and, for
    a capitalised word, how often it is written inside a sentence (not opening one): how often it
    is a name (a lower-case word's entry there is its weighted count, and is never read).

    Each article's words are counted in C (a Counter, words.py), or kept with its parsed file, and
    the pile's distinct words are numbered at once (a dict built from a list) and looked up by
    ``map``, never word by word in Python: 10,000 articles hold millions of words. An article's words are distinct, so the weighted rows
    are written straight into a sparse matrix, with nothing left to sort or sum; the inside counts
    are that matrix less a small one (the capitalised lead and headline extras and sentence openers).
    """
    words: list[str] = []
    values: list[int] = []
    lengths: list[int] = []
    less: list[str] = []
    less_rows: list[int] = []
    for row, i in enumerate(order):
        # Kept with the article's parsed copy when the cache has it (words.py), else counted now.
        counted = words_of(articles[i], sentences.get(articles[i].id, ()))
        words.extend(counted.words)
        values.extend(counted.values)
        lengths.append(len(counted.words))
        less.extend(counted.taken)
        less_rows.extend([row] * len(counted.taken))
    # Each distinct word numbered as first met, in the same pass that looks it up (a missing key
    # takes the next number, in C): one dict operation a word, not two.
    index: defaultdict[str, int] = defaultdict(count().__next__)
    # A list, then an array: np.fromiter over the map takes half as long again.
    columns = np.array(list(map(index.__getitem__, words)), dtype=np.int64)
    indptr = np.concatenate([[0], np.cumsum(lengths, dtype=np.int64)])
    shape = (len(order), len(index))
    weighted_matrix = sp.csr_matrix((np.asarray(values, dtype=np.float64), columns, indptr), shape=shape)
    taken_matrix = sp.csr_matrix(
        (np.ones(len(less)), (np.asarray(less_rows, dtype=np.int64), np.fromiter(map(index.__getitem__, less), np.int64, len(less)))),
        shape=shape,
    )
    inside_matrix = sp.csr_matrix(weighted_matrix - taken_matrix)
    return list(index), weighted_matrix, inside_matrix


def article_features(articles: Sequence[Article], sentences: Mapping[int, Sequence[Sentence]]) -> Features:
    """Sparse tf-idf rows (sublinear tf, idf over this pile), each article's heaviest terms only.

    Everything per distinct word (lower case, stop word, stem, capitals) is done once for the
    pile, and the rest is numpy, so 10,000 articles take seconds.
    """
    order = sorted(range(len(articles)), key=lambda i: canonical_key(articles[i]))
    distinct, weighted, inside = _word_counts(articles, sentences, order)
    # A body's name written out counts once as its acronym, where the pile writes that acronym (acronyms.py).
    texts = [[s.text for s in islice(sentences.get(articles[i].id, ()), ACRONYM_SENTENCES)] for i in order]
    weighted = sp.csr_matrix(weighted + acronym_counts(texts, distinct, weighted))
    n = len(order)
    # An article's own language's stop words too: French articles share "les", "pour" and "dans"
    # whatever they are about, as English ones share "the".
    languages = {"en"} | ({a.language for a in articles} & STOP_WORD_LANGUAGES)
    stops = frozenset().union(*map(stop_words, sorted(languages)))
    lower = [w.lower() for w in distinct]
    usable = np.fromiter(
        (len(w) >= MIN_WORD_LENGTH and w not in stops and (w.isalpha() or any(c.isalpha() for c in w)) for w in lower),
        bool, len(distinct),
    )
    usable &= np.bincount(weighted.indices, minlength=len(distinct)) > 0  # not only past the words read
    stems = [stem(w) if ok else "" for w, ok in zip(lower, usable)]
    vocabulary = sorted({s for s, ok in zip(stems, usable) if ok})
    column_of = {s: c for c, s in enumerate(vocabulary)}
    word_column = np.fromiter((column_of.get(s, -1) for s in stems), np.int64, len(distinct))

    # Each time a capitalised word does not open a sentence it is a name: it counts
    # NAME_WEIGHT times a plain word.
    capital = np.fromiter((w[:1].isupper() for w in distinct), bool, len(distinct))
    names = sp.csr_matrix(inside, copy=True)
    names.data = np.maximum(names.data * capital[names.indices], 0.0)
    value = sp.csr_matrix(weighted + (NAME_WEIGHT - 1) * names)
    value.data[~usable[value.indices]] = 0.0
    value.eliminate_zeros()
    counts = sp.csr_matrix(
        (value.data, (np.repeat(np.arange(n), np.diff(value.indptr)), word_column[value.indices])),
        shape=(n, len(vocabulary)),
    )
    counts.sum_duplicates()
    counts.eliminate_zeros()
    df = np.bincount(counts.indices, minlength=len(vocabulary))
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    tfidf = counts.copy()
    tfidf.data = np.log1p(tfidf.data)
    tfidf = _keep_heaviest(sp.csr_matrix(tfidf.multiply(idf[np.newaxis, :])), KEEP_TERMS)
    norms = np.sqrt(np.asarray(tfidf.multiply(tfidf).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    matrix = sp.csr_matrix(sp.diags(1.0 / norms) @ tfidf)
    return Features(matrix, tuple(order), _surface_forms(distinct, word_column, value.indices, len(vocabulary)))


def _surface_forms(distinct: list[str], word_column: np.ndarray, used: np.ndarray, columns: int) -> tuple[str, ...]:
    """Each column's most frequent written form ("Hamas", not the stem "hama"); ties by spelling."""
    frequency = np.bincount(used, minlength=len(distinct))
    spelling = np.empty(len(distinct), dtype=np.int64)
    spelling[sorted(range(len(distinct)), key=distinct.__getitem__)] = np.arange(len(distinct))
    candidates = np.flatnonzero(word_column >= 0)
    ranked = candidates[np.lexsort((spelling[candidates], -frequency[candidates], word_column[candidates]))]
    forms = [""] * columns
    seen = np.zeros(columns, dtype=bool)
    for w in ranked.tolist():
        c = int(word_column[w])
        if not seen[c]:
            seen[c] = True
            forms[c] = distinct[w]
    return tuple(forms)


def row_ranks(matrix: sp.csr_matrix) -> np.ndarray:
    """For each stored entry, its rank in its row by falling value (0 = heaviest; ties by column)."""
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    # One float key, row then falling value within (less than 0.5 of the row number): a tenth of
    # the time of sorting on three keys (seconds at 10,000 articles). Rounding is monotonic, so two
    # values closer than the key's precision (1e-11 of the heaviest) can only tie, never swap; ties
    # go by column, which a stable sort of column-sorted rows gives for free.
    scale = 2.0 * float(np.abs(matrix.data).max()) * (1.0 + 1e-9) if matrix.nnz else 1.0
    key = rows - matrix.data / scale
    if matrix.has_sorted_indices:
        order = np.argsort(key, kind="stable")
    else:
        order = np.lexsort((matrix.indices, key))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order)) - matrix.indptr[rows[order]]
    return rank


def _keep_heaviest(matrix: sp.csr_matrix, keep: int) -> sp.csr_matrix:
    """Each row's ``keep`` largest entries (ties broken by column, so deterministically)."""
    matrix = sp.csr_matrix(matrix, copy=True)
    matrix.data[row_ranks(matrix) >= keep] = 0.0
    matrix.eliminate_zeros()
    return matrix
