"""Sparse term and concept matrices over sentences, shared by our own summarizers.

Everything downstream (salience, redundancy, citations) is a sparse matrix product, so thousands of
articles cost seconds: there are no Python loops over pairs of sentences. Words are lower-cased
and stemmed once per distinct word (a cache), which keeps stemming cheap on large inputs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import scipy.sparse as sp

from brief.summarize.csr_build import counted, unit_rows
from brief.text.language import stop_words
from brief.text.tokens import word_tokens

# NLTK's Snowball stemmer folds curly apostrophes before stemming; we do the same so stems agree.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'"})


@lru_cache(maxsize=1)
def _snowball() -> Callable[[str], str]:
    """The English (Porter2) Snowball stemmer of Snowball 2.2: the algorithm sumy gets from NLTK.

    PyStemmer 2.2 (C, ~20x faster) when it is installed and stems as Snowball 2.2 does, else the
    pure-Python ``snowballstemmer`` 2.2. Never NLTK itself (~1 s to import: it pulls in
    scipy.stats), and never Snowball 3.x, whose stems differ ("added": 3.x "add", 2.2 "ad"), so
    that summaries do not depend on which of the two happens to be installed.
    """
    try:
        import Stemmer

        fast = Stemmer.Stemmer("english")
        if all(fast.stemWord(w) == s for w, s in _SNOWBALL_2_2):
            return fast.stemWord
    except (ImportError, KeyError):
        pass
    from snowballstemmer.english_stemmer import EnglishStemmer

    return EnglishStemmer().stemWord


_SNOWBALL_2_2 = (("added", "ad"), ("evening", "even"), ("international", "intern"), ("running", "run"))
"""Words whose stems tell Snowball 2.2 from 3.x (and a plain one)."""


_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """Stem of a lower-cased word, memoised (a plain dict: news repeats its vocabulary)."""
    found = _STEMS.get(word)
    if found is None:
        found = _STEMS[word] = _snowball()(word.translate(_APOSTROPHES))
    return found


def sentence_words(text: str) -> list[str]:
    """Lower-cased words of a sentence (punctuation dropped)."""
    return [w.lower() for w in word_tokens(text)]


@dataclass(frozen=True)
class Tokens:
    """Every word of a list of sentences as arrays: its sentence, its stem's id, whether it is a
    stop word, whether it is a content word (not a stop word, has a letter).

    Why: one dict lookup per word, and per distinct word the stem and the stop-word test; every
    matrix is then built with numpy instead of a Python string per bigram.
    """

    sentence: np.ndarray
    stem: np.ndarray
    stop: np.ndarray
    content: np.ndarray
    n_sentences: int
    n_stems: int


def tokens(word_lists: Sequence[Sequence[str]]) -> Tokens:
    """``Tokens`` of sentences given as lists of lower-cased words (``sentence_words``)."""
    # Ids in order of first appearance, as one setdefault per word gave them, in a few C loops.
    flat = [w for words in word_lists for w in words]
    vocabulary = {w: i for i, w in enumerate(dict.fromkeys(flat))}
    ids = np.fromiter(map(vocabulary.__getitem__, flat), np.int64, len(flat))
    stem_ids: dict[str, int] = {}
    word_stem = np.fromiter(
        (stem_ids.setdefault(s, len(stem_ids)) for s in map(stem, vocabulary)), np.int64, len(vocabulary))
    stops = stop_words("en")
    word_stop = np.fromiter(map(stops.__contains__, vocabulary), bool, len(vocabulary))
    has_letter = np.fromiter((w.isalpha() or any(c.isalpha() for c in w) for w in vocabulary), bool, len(vocabulary))
    lengths = np.fromiter(map(len, word_lists), np.int64, len(word_lists))
    return Tokens(
        np.repeat(np.arange(len(word_lists)), lengths), word_stem[ids], word_stop[ids],
        (~word_stop & has_letter)[ids], len(word_lists), len(stem_ids),
    )


def first_seen_columns(keys: np.ndarray) -> tuple[np.ndarray, int]:
    """Each key's column, distinct keys numbered in order of first appearance, and how many there are."""
    distinct, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    rank = np.empty(len(distinct), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(distinct))
    return rank[inverse.ravel()], len(distinct)


def _count_matrix(rows: np.ndarray, keys: np.ndarray, n_rows: int) -> sp.csr_matrix:
    """Rows × distinct keys matrix of counts, columns in order of first appearance."""
    columns, n_columns = first_seen_columns(keys)
    return counted(rows, columns, (n_rows, n_columns))


def stem_counts(t: Tokens, words: np.ndarray) -> sp.csr_matrix:
    """Sentence × stem counts of the words selected by the mask ``words`` (e.g. ``t.content``)."""
    return _count_matrix(t.sentence[words], t.stem[words], t.n_sentences)


def concept_pairs(t: Tokens) -> tuple[np.ndarray, np.ndarray]:
    """Each concept word pair's first token (its index) and key: adjacent stems within a sentence,
    unless both words are stop words (ICSISumm's concepts, Gillick & Favre 2009)."""
    keep = (t.sentence[1:] == t.sentence[:-1]) & ~(t.stop[1:] & t.stop[:-1])
    return np.flatnonzero(keep), t.stem[:-1][keep] * max(t.n_stems, 1) + t.stem[1:][keep]


def bigram_concepts(t: Tokens) -> sp.csr_matrix:
    """Sentence × concept matrix (1 where present) of the ``concept_pairs``, in order of first appearance."""
    at, keys = concept_pairs(t)
    matrix = _count_matrix(t.sentence[at], keys, t.n_sentences)
    matrix.data[:] = 1.0
    return matrix


def normalized_tfidf(counts: sp.csr_matrix) -> sp.csr_matrix:
    """Row-normalised tf-idf, so that a row product is a cosine similarity (of the canonical counts
    ``stem_counts`` gives: ``csr_build.unit_rows``, scipy's steps without their overhead)."""
    return unit_rows(counts)
