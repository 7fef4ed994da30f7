"""Concept worth learned from reference summaries (Li, Qian & Liu 2013), for briefings of several articles.

Counting articles (salience.concept_weights) says how widely a concept is shared, not how likely a
person summing up the story is to write it. Each concept is described by a few features: how many
of the story's articles and sentences use it, how early, whether in an article's first sentences,
its share of stop words, capitals (names) and digits, its words' length, whether it is a single
word, and its counted worth. A logistic regression, fitted on the DUC 2004 dev clusters
(tools/train_concept_weights.py), predicts the share of reference summaries that use it; that
share, squared (``POWER``), for a single word times ``UNIGRAM_SHARE`` as counted, and scaled to the
counted worth's total, is the worth the integer program covers and the opener's centrality sums.
Cross-validated (bench/rouge_duc2004.py --folds 5: fitted on four folds, scored on the fifth) it
raised R-2 on 4 of 5 folds (10.13 against the counted 9.85), R-1 on 3 (39.38 against 38.90) and the
opener's recall on 4 (16.57 against 15.85). Its form (the power, the word share, the scaling, the
centrality) was picked among about twenty variants scored the same way on the same folds, so those
figures flatter it somewhat; the held-out clusters judge it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from brief.summarize.vectors import Tokens, concept_pairs, first_seen_columns, stem, tokens
from brief.text.tokens import word_tokens

FEATURES = (
    "article share", "log articles", "log sentences", "log first position", "share of articles' first sentence",
    "share in articles' first three", "mean log first position", "log counted worth", "stop-word share",
    "capitalised share", "digit share", "single word", "word length",
)

POWER = 2.0
"""Predicted shares are raised to this power: the counted worth grows with each article that uses a
concept, a probability saturates; squared, the few likely concepts stand out as they do counted.
Measured per fold before the word share and the scaling were added: R-2 better than counted on 0
of 5 folds with power 1 (-0.67 pooled), on 2 with 2 (-0.04), 2 with 3, 1 with 4."""

WEIGHTS = Path(__file__).with_name("data") / "concept_weights.json"
"""The shipped model: plain numbers, written by tools/train_concept_weights.py."""

FIRST_POSITIONS = 100
"""Sentence positions are capped here: beyond, "how early" no longer tells anything."""


@dataclass(frozen=True)
class ConceptModel:
    """A fitted logistic regression on standardised ``FEATURES``: plain tuples, so hashable."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    unigram_share: float

    def worth(self, table: np.ndarray, counted: np.ndarray) -> np.ndarray:
        """Each concept's learned worth, 0 where the counted worth is 0, on the counted worth's total
        (so the opener's centrality weighs against coverage as before)."""
        z = (table - np.asarray(self.mean)) / np.asarray(self.scale)
        share = 1.0 / (1.0 + np.exp(-(z @ np.asarray(self.coef) + self.intercept)))
        worth = np.where(counted > 0, share**POWER, 0.0)
        worth[table[:, FEATURES.index("single word")] > 0] *= self.unigram_share
        total = float(worth.sum())
        return worth * (float(counted.sum()) / total) if total > 0 else counted

    def to_json(self) -> str:
        """The model as the shipped file holds it (the same bytes for the same numbers)."""
        return json.dumps({"features": list(FEATURES), "mean": self.mean, "scale": self.scale, "coef": self.coef,
                           "intercept": self.intercept, "unigram_share": self.unigram_share, "power": POWER}, indent=1) + "\n"


@lru_cache(maxsize=1)
def shipped() -> ConceptModel:
    """The model in ``WEIGHTS`` (a few dozen numbers: read in well under a millisecond)."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES or data["power"] != POWER:
        raise ValueError(f"{WEIGHTS} was written for other features: run tools/train_concept_weights.py")
    return ConceptModel(tuple(data["mean"]), tuple(data["scale"]), tuple(data["coef"]), float(data["intercept"]),
                        float(data["unigram_share"]))


def table(
    cased: Sequence[Sequence[str]], t: Tokens, concepts: sp.csr_matrix, counted: np.ndarray, positions: np.ndarray,
    articles: np.ndarray, with_names: bool = False,
) -> tuple[np.ndarray, list[tuple[str, ...]]]:
    """Per concept column of ``concepts`` (word pairs as ``vectors.bigram_concepts`` orders them,
    then one per stem, as salience.features builds them): its ``FEATURES`` row and, ``with_names``,
    its stems (else no names: only training needs them). ``cased`` are the sentences' words as
    written, ``t`` their tokens (lower-cased)."""
    flat = [w for words in cased for w in words]
    starts = np.cumsum([0, *(len(words) for words in cased)])[:-1]
    opening = np.zeros(len(flat), dtype=bool)
    opening[starts[starts < len(flat)]] = True
    # Each distinct word is looked at once (news repeats its vocabulary), then spread to its uses.
    vocabulary = {w: i for i, w in enumerate(dict.fromkeys(flat))}
    ids = np.fromiter(map(vocabulary.__getitem__, flat), np.int64, len(flat))
    distinct_words = list(vocabulary)
    n_words = len(distinct_words)
    capital = np.fromiter((w[:1].isupper() for w in distinct_words), bool, n_words)[ids] & ~opening  # a name, not a first word
    digit = np.fromiter((any(c.isdigit() for c in w) for w in distinct_words), bool, n_words)[ids]
    length = np.fromiter(map(len, distinct_words), float, n_words)[ids]
    at, keys = concept_pairs(t)
    pair_column, n_pairs = first_seen_columns(keys)
    n = n_pairs + t.n_stems
    if concepts.shape[1] != n:
        raise ValueError("concept_model.table needs word pairs and single words as concepts (unigram_share > 0)")
    names: list[tuple[str, ...]] = []
    if with_names:
        stem_of = [""] * t.n_stems
        for w, sid in zip(flat, t.stem.tolist()):
            stem_of[sid] = stem(w.lower())
        names = [("",)] * n
        for j, a, b in zip(pair_column.tolist(), t.stem[at].tolist(), t.stem[at + 1].tolist()):
            names[j] = (stem_of[a], stem_of[b])  # every use of a pair column is the same two stems
        for sid in range(t.n_stems):
            names[n_pairs + sid] = (stem_of[sid],)
    # Every use of a concept: its column and the one or two words it is made of.
    column = np.concatenate([pair_column, n_pairs + t.stem[t.content]])
    left = np.concatenate([at, np.flatnonzero(t.content)])
    right = np.concatenate([at + 1, np.flatnonzero(t.content)])
    uses = np.maximum(np.bincount(column, minlength=n), 1)

    def share(values: np.ndarray) -> np.ndarray:
        return np.bincount(column, weights=values.astype(float), minlength=n) / uses

    entries = sp.csr_matrix(concepts).tocoo()
    _, article = np.unique(articles, return_inverse=True)
    n_articles = int(article.max()) + 1 if len(article) else 1
    position = positions[entries.row]
    key = article[entries.row].astype(np.int64) * n + entries.col
    order = np.lexsort((position, key))
    key, position = key[order], position[order]
    firsts = np.ones(len(key), dtype=bool)
    firsts[1:] = key[1:] != key[:-1]
    col, earliest = key[firsts] % n, position[firsts]  # per article using a concept: where it first does
    used_by = np.bincount(col, minlength=n).astype(float)
    lowest = np.full(n, float(FIRST_POSITIONS))
    np.minimum.at(lowest, col, np.minimum(earliest, FIRST_POSITIONS).astype(float))
    rows = np.column_stack([
        used_by / n_articles, np.log1p(used_by), np.log1p(np.bincount(entries.col, minlength=n)), np.log1p(lowest),
        np.bincount(col, weights=(earliest == 0).astype(float), minlength=n) / n_articles,
        np.bincount(col, weights=(earliest <= 2).astype(float), minlength=n) / n_articles,
        np.bincount(col, weights=np.log1p(earliest), minlength=n) / np.maximum(used_by, 1),
        np.log1p(counted), share((t.stop[left].astype(float) + t.stop[right]) / 2),
        share(capital[left] | capital[right]), share(digit[left] | digit[right]),
        (np.arange(n) >= n_pairs).astype(float), share((length[left] + length[right]) / 2),
    ])
    return rows, names


def concept_table(
    texts: Sequence[str], concepts: sp.csr_matrix, counted: np.ndarray, positions: np.ndarray, articles: np.ndarray,
) -> tuple[np.ndarray, list[tuple[str, ...]]]:
    """``table`` with names, for sentences given as text (the trainer's and the tests' entry point)."""
    cased = [word_tokens(text) for text in texts]
    return table(cased, tokens([[w.lower() for w in words] for words in cased]), concepts, counted, positions, articles,
                 with_names=True)
