"""Sparse term and concept matrices over sentences, shared by our own summarizers.

Everything downstream (salience, redundancy, citations) is a sparse matrix product, so thousands of
articles cost seconds: there are no Python loops over pairs of sentences. Words are lower-cased
and stemmed once per distinct word (a cache), which keeps stemming cheap on large inputs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np
import scipy.sparse as sp

from brief.text.tokens import word_tokens

LANGUAGE = "english"


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """sumy's English stop-word list, read from sumy's package data.

    Read directly rather than through ``sumy.utils``, which imports requests and pycountry's
    language database at start-up; the list and its parsing are the same.
    """
    import pkgutil

    data = pkgutil.get_data("sumy", f"data/stopwords/{LANGUAGE}.txt") or b""
    return frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w)


# NLTK's Snowball stemmer folds curly apostrophes before stemming; we do the same so stems agree.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'"})


@lru_cache(maxsize=1)
def _snowball() -> object:
    """The English (Porter2) Snowball stemmer from ``snowballstemmer``.

    The same algorithm sumy gets from NLTK, without importing NLTK (~1 s: it pulls in scipy.stats).
    The pure-Python class on purpose: ``snowballstemmer.stemmer()`` would switch to PyStemmer when
    installed, whose bundled Snowball version (3.x) stems differently, so summaries would depend on it.
    """
    from snowballstemmer.english_stemmer import EnglishStemmer

    return EnglishStemmer()


_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """Stem of a lower-cased word, memoised (a plain dict: news repeats its vocabulary)."""
    found = _STEMS.get(word)
    if found is None:
        found = _STEMS[word] = _snowball().stemWord(word.translate(_APOSTROPHES))  # type: ignore[attr-defined]
    return found


def sentence_words(text: str) -> list[str]:
    """Lower-cased words of a sentence (punctuation dropped)."""
    return [w.lower() for w in word_tokens(text)]


_CONTENT: dict[str, str] = {}  # word -> its stem if it is a content word, else ""


def _content_stem(word: str) -> str:
    found = _CONTENT.get(word)
    if found is None:
        content = word not in stop_words() and any(c.isalpha() for c in word)
        found = _CONTENT[word] = stem(word) if content else ""
    return found


def content_stems(words: Sequence[str]) -> list[str]:
    """Stems of the words that are not stop words and contain a letter (decided once per word)."""
    return [s for s in map(_content_stem, words) if s]


def bigram_concepts(words: Sequence[str]) -> list[str]:
    """Adjacent stem pairs, unless both are stop words (ICSISumm's concepts, Gillick & Favre 2009)."""
    stops = stop_words()
    stems = [stem(w) for w in words]
    return [
        f"{stems[i]} {stems[i + 1]}"
        for i in range(len(words) - 1)
        if not (words[i] in stops and words[i + 1] in stops)
    ]


def count_matrix(rows: Iterable[Sequence[str]]) -> tuple[sp.csr_matrix, list[str]]:
    """Rows × vocabulary matrix of term counts, and the vocabulary in column order."""
    vocabulary: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    for row in rows:
        for term in row:
            indices.append(vocabulary.setdefault(term, len(vocabulary)))
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    matrix = sp.csr_matrix(
        (data, np.asarray(indices, dtype=np.int64), np.asarray(indptr, dtype=np.int64)),
        shape=(len(indptr) - 1, len(vocabulary)),
    )
    matrix.sum_duplicates()
    terms = [""] * len(vocabulary)
    for term, column in vocabulary.items():
        terms[column] = term
    return matrix, terms


def normalized_tfidf(counts: sp.csr_matrix) -> sp.csr_matrix:
    """Row-normalised tf-idf, so that a row product is a cosine similarity."""
    n_rows = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1.0 + n_rows) / (1.0 + df)) + 1.0
    weighted = sp.csr_matrix(counts.multiply(idf[np.newaxis, :]))
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ weighted)
