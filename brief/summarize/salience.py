"""What each pooled sentence offers the briefing: its concepts, their worth, and whether it may be chosen.

Concepts follow Gillick & Favre (2009): stemmed word pairs, worth the number of articles that use
them. Over several articles that count is then replaced by a worth learned from reference summaries
(concept_model.py). ``Settings`` gathers the few choices the method makes, so the benchmark can
cross-validate them (bench/rouge_duc2004.py --folds); ``DEFAULT`` is what brief ships.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import scipy.sparse as sp

from brief.model import Sentence
from brief.summarize.cohesion import balanced_quotes, leans_on_previous
from brief.summarize.concept_model import ConceptModel, shipped, table
from brief.summarize.csr_build import counted, side_by_side
from brief.summarize.vectors import (
    bigram_concepts,
    normalized_tfidf,
    stem_counts,
    tokens,
)
from brief.text.tokens import word_tokens

MIN_WORDS = 8
"""Shorter sentences are fragments or asides ("He declined.") that rarely carry the story."""

MAX_WORDS = 55
"""Longer sentences are usually run-ons from segmentation errors; they waste a word budget."""

LEAD_BONUS = 3.0
LEAD_DECAY = 1.5
"""An article's mention of a concept in its sentence ``i`` is worth ``1 + 3 exp(-i / 1.5)``."""

MIN_ARTICLE_SHARE = 0.35
MAX_MIN_ARTICLES = 4
"""A concept counts when ~a third of the articles share it (at least 2, at most 4 articles)."""

UNIGRAM_SHARE = 0.5
"""Content words are concepts too, worth half what a word pair is worth (Submodular and DPP owe
their ROUGE-1 to covering single words). 5-fold cross-validation over the 25 DUC 2004 dev clusters
(bench/rouge_duc2004.py --folds 5) chose 0.5 among 0, 0.5, 1 and 2 on every fold; against word
pairs alone it raises R-1 on 4 of 5 folds and R-2 on 4 of 5 (38.53/9.46 vs 37.93/9.35 pooled)."""

OPENER_CHOICES = 2
"""The briefing's opener is chosen, not only found among what was chosen: each of this many most
central sentences (``centrality``) is tried as the one the briefing must contain, the rest of the
budget filled around it, and the best of those briefings kept (``OPENER_WEIGHT``). 0: no opener
is forced, the most central of the chosen sentences opens."""

OPENER_WEIGHT = 5.0
"""How much an opener's centrality counts against the concept worth its briefing covers, when the
``OPENER_CHOICES`` briefings are compared: both are worth of the story's concepts."""

_QUOTES = "\"“”'‘’`"


@dataclass(frozen=True)
class Settings:
    """The briefing method's choices; each field's default is the named constant that explains it."""

    lead_bonus: float = LEAD_BONUS
    lead_decay: float = LEAD_DECAY
    unigram_share: float = UNIGRAM_SHARE
    opener_choices: int = OPENER_CHOICES
    opener_weight: float = OPENER_WEIGHT
    learned: ConceptModel | None = None
    """Concept worth learned from reference summaries (concept_model.py) for a story of several
    articles; None: the counted worth alone."""


DEFAULT = Settings(learned=shipped())


@dataclass(frozen=True)
class SentenceFeatures:
    """What the selection needs to know about each pooled sentence, as arrays."""

    lengths: np.ndarray  # words per sentence
    concepts: sp.csr_matrix  # sentence × concept, binary
    weights: np.ndarray  # worth of each concept
    eligible: np.ndarray  # bool: may be chosen
    tfidf: sp.csr_matrix  # sentence × content stem, rows of unit length
    positions: np.ndarray  # the sentence's index in its article
    dangling: np.ndarray  # bool: opens by leaning on the previous sentence
    centrality: np.ndarray  # worth of the story's shared words the sentence covers (``centrality``)


def is_eligible(text: str, n_words: int) -> bool:
    """Whether a sentence can stand alone in a summary."""
    stripped = text.strip()
    if n_words < MIN_WORDS or n_words > MAX_WORDS:
        return False
    if stripped.endswith("?") or stripped.rstrip(_QUOTES).endswith("?"):
        return False
    return balanced_quotes(stripped) and stripped.count("(") == stripped.count(")")


def min_articles(n_articles: int) -> int:
    """How many articles must share a concept for it to count: about a third, between 2 and 4."""
    return min(MAX_MIN_ARTICLES, max(2, math.ceil(MIN_ARTICLE_SHARE * n_articles)))


def concept_weights(
    concepts: sp.csr_matrix, articles: np.ndarray, positions: np.ndarray, settings: Settings = DEFAULT,
) -> np.ndarray:
    """Each concept's worth: the articles that mention it, each counting more if it does so early.

    Every article mentioning a concept adds ``1 + lead_bonus * exp(-first index / lead_decay)``: the
    inverted pyramid puts an article's main facts in its first sentences, so a concept several
    ledes share is the story, while one that only recurs in background paragraphs is context.
    Concepts in fewer than ``min_articles`` articles are worth nothing (noise, one reporter's
    wording). A single article falls back to counting sentences, with the same lead bonus.
    """
    n_concepts = concepts.shape[1]
    entries = concepts.tocoo()
    _, unit = np.unique(articles, return_inverse=True)
    n_articles = int(np.max(unit)) + 1 if len(unit) else 0
    if n_articles <= 1:
        unit = np.arange(len(articles))  # one article: each sentence is a witness
    value = 1.0 + settings.lead_bonus * np.exp(-positions[entries.row] / settings.lead_decay)
    key = unit[entries.row].astype(np.int64) * n_concepts + entries.col
    order = np.lexsort((-value, key))
    key, value = key[order], value[order]
    first = np.ones(len(key), dtype=bool)
    first[1:] = key[1:] != key[:-1]
    columns = key[first] % n_concepts
    worth = np.bincount(columns, weights=value[first], minlength=n_concepts)
    witnesses = np.bincount(columns, minlength=n_concepts)
    return np.where(witnesses >= min_articles(n_articles), worth, 0.0)


def features(sentences: Sequence[Sentence], settings: Settings = DEFAULT) -> SentenceFeatures:
    """Concept and term matrices for pooled sentences; concept worth is cross-article frequency."""
    cased = [word_tokens(s.text) for s in sentences]
    words = [[w.lower() for w in ws] for ws in cased]  # vectors.sentence_words, the case kept for the learned worth
    lengths = np.array([len(w) for w in words], dtype=np.int64)
    t = tokens(words)
    counts = stem_counts(t, t.content)
    tfidf = normalized_tfidf(counts)
    positions = np.array([s.index for s in sentences], dtype=np.int64)
    articles = np.array([s.article for s in sentences], dtype=np.int64)
    concepts = bigram_concepts(t)
    n_bigrams = concepts.shape[1]
    weights = concept_weights(concepts, articles, positions, settings)
    if settings.unigram_share > 0:
        unigrams = counted(t.sentence[t.content], t.stem[t.content], (t.n_sentences, t.n_stems))
        unigrams.data[:] = 1.0
        uni_weights = concept_weights(unigrams, articles, positions, settings) * settings.unigram_share
        concepts = side_by_side(concepts, unigrams)
        weights = np.concatenate([weights, uni_weights])
    eligible = np.array([is_eligible(s.text, n) for s, n in zip(sentences, lengths)], dtype=bool)
    dangling = np.array([leans_on_previous(s.text) for s in sentences], dtype=bool)

    def central(worth: np.ndarray) -> np.ndarray:
        # the unigram columns of ``concepts`` are ``unigrams``' (the same entries in the same order)
        return np.asarray(concepts @ worth if settings.unigram_share <= 0 else unigrams @ worth[n_bigrams:])

    by_count = SentenceFeatures(lengths, concepts, weights, eligible, tfidf, positions, dangling, central(weights))
    # The model learned from stories of several articles; one article keeps the count (each sentence a witness).
    if settings.learned is None or settings.unigram_share <= 0 or len(np.unique(articles)) < 2:
        return by_count
    rows, _ = table(cased, t, concepts, weights, positions, articles)
    learned = settings.learned.worth(rows, weights)
    # The opener is the most central by the same worth the solver covers.
    return replace(by_count, weights=learned, centrality=central(learned))
