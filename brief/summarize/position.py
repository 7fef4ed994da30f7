"""Position-aware summarization: news writes the inverted pyramid, so what matters comes first.

``lead`` is the classic baseline (the first sentences, whatever they are). ``position`` keeps the lead's
strength and fixes its usual failures: it drops page furniture (bylines, time stamps, photo credits,
"Scroll down for video"), skips openings that cannot stand alone (questions, quote fragments, one-line
teasers), demotes a feature-style opening that shares little of the article's vocabulary (an anecdote
or a hook rather than the news), prefers the reporter's voice to quotations and shorter sentences to
run-ons, lets a central sentence a little further down beat a peripheral one near the top, and
never says the same thing twice (``REPEAT_COSINE``).
Weights were chosen on the even-numbered articles of the CNN/DailyMail dev slice and confirmed on
the odd ones (bench/rouge_cnndm.py prints both halves). Works on pooled articles too: every sentence
carries its article and its index in it, and centrality is measured within each article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from brief.model import Sentence
from brief.summarize.cohesion import balanced_quotes, leans_on_previous
from brief.summarize.picked_cosines import PickedCosines
from brief.summarize.vectors import normalized_tfidf, sentence_words, stem_counts, tokens

MIN_WORDS = 6
"""Shorter openings are teasers or datelines ("Breaking news.") rather than the story."""

POSITION_DECAY = 1.0
"""How fast the prior falls with the index: 1 / (1 + POSITION_DECAY * index)."""

CENTRALITY_WEIGHT = 0.5
"""How much similarity to the whole article can make up for a later position."""

LONG_WORDS = 30
LONG_PENALTY = 0.5
"""Past LONG_WORDS words a sentence loses worth in proportion: a summary is read, and long
sentences are where news stacks its secondary clauses."""

QUOTE_PENALTY = 0.7
"""A sentence holding a quotation is a voice in the story rather than the story; it needs to be
clearly better placed or more central to be picked."""

PERIPHERAL_LEAD = 0.75
PERIPHERAL_PENALTY = 0.2
"""An opening whose similarity to the rest of its article is below PERIPHERAL_LEAD times the
article's average is a hook (an anecdote, a scene, a pun), not the news: hard-news leads restate
the story's key words, which the body then repeats. Such an opening keeps PERIPHERAL_PENALTY of its
worth, which puts it behind the next few sentences. Only the opening is judged this way: further
down, position predicts better than centrality does (measured on both halves of the dev slice)."""

_QUOTES = "\"“”"

# Page furniture that sentence splitting leaves in the text: bylines, time stamps, credits, links.
_NAME = r"[A-Z][\w'’.-]*"
_FURNITURE = re.compile(
    rf"""
      ^\s*By\s+(?:\.\s+)?{_NAME}(?:\s+(?:{_NAME}|and|&|,))*(?:\s+(?:for|in)\s+(?:the\s+)?{_NAME}(?:\s+{_NAME})*)?
          \s*(?=[.|]|$|PUBLISHED|UPDATED|Published|Updated|Last\s+updated)
    | \b(?:PUBLISHED|UPDATED|Published|Updated|Last\s+updated)\s*(?:at|on|:)?\s*
          (?:[\d:.]+\s*(?:[AaPp]\.?[Mm]\.?|EST|EDT|ET|GMT|BST|UTC)?,?\s*)?(?:on\s+)?
          (?:[A-Z][a-z]+,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{{4}}|[A-Z][a-z]+\.?\s+\d{{1,2}},?\s+\d{{4}})?
    | \bScroll\s+down\s+for\s+(?:the\s+)?videos?\b
    | \b(?:Click\s+here|READ\s+MORE|Read\s+more|Share\s+this\s+article|Watch\s+the\s+video|Advertisement)\b:?
    | \bFollow\s+(?:us\s+)?(?:@\w+|us)(?:\s+on\s+(?:Twitter|Facebook|Instagram))?
    | \(?\b(?:Photos?|Pictures?|Images?|Video)\s*(?:credit)?\s*:\s*{_NAME}(?:\s+{_NAME})*\)?
    | \b(?:Getty\s+Images|AP\s+Photo|Associated\s+Press|Reuters|AFP|PA|EPA)(?:\s*/\s*{_NAME})?\b
    | ^\s*\(CNN\)
    | [|•·]
    """,
    re.X,
)


def lead(sentences: Sequence[Sentence], count: int) -> tuple[int, ...]:
    """The first ``count`` sentences of each article, in order (pooled input: the earliest indexes)."""
    order = sorted(range(len(sentences)), key=lambda p: (sentences[p].index, p))
    return tuple(sorted(order[: max(0, count)]))


_FURNITURE_SIGNS = re.compile(
    r"By|PUBLISHED|UPDATED|Published|Updated|Last|Scroll|Click|READ|Read|Share|Watch|Advertisement|Follow"
    r"|Photo|Picture|Image|Video|Getty|AP|Associated|Reuters|AFP|PA|\(CNN\)|[|•·]"
)
"""A word every one of ``_FURNITURE``'s alternatives starts with: few sentences hold one, and this has no
``\b`` to try at every word, so it is looked for first (a third of the time over a pile)."""


TRAIL_SECTION_WORDS = 3
"""A link trail's sections ("Link: BBC NEWS | World | Europe | <headline>") are a site's and its
sections' names, a few words each; a sentence that merely uses bars between clauses has several long
parts."""


def _is_link_trail(text: str) -> bool:
    """Whether a sentence is a site's section trail: two or more bars, every part but the longest (the
    linked headline) a short section name. No story however many words the headline has."""
    parts = text.split("|")
    if len(parts) < 3:
        return False
    lengths = sorted(len(sentence_words(part)) for part in parts)
    return lengths[-2] <= TRAIL_SECTION_WORDS


def is_furniture(text: str) -> bool:
    """Whether a sentence is page furniture (byline, time stamp, credit, link) with no story left.

    Judged on what remains once the furniture is cut out, so a lead that merely starts with
    "Scroll down for video" or a byline still counts as story.
    """
    if not (_FURNITURE_SIGNS.search(text) and _FURNITURE.search(text)):
        return False
    rest = _FURNITURE.sub(" ", text)
    return len(sentence_words(rest)) < MIN_WORDS or _is_link_trail(text)


def _stands_alone(text: str, n_words: int) -> bool:
    """Whether a sentence reads on its own: long enough, not a question, not the lead-in to what
    follows it ("Here's what stood out in the win:"), quotes balanced."""
    stripped = text.strip()
    if n_words < MIN_WORDS or stripped.rstrip(_QUOTES + "'’").endswith(("?", ":")):
        return False
    return balanced_quotes(stripped)


def _dot_with_rows(matrix: sp.csr_matrix, rows: sp.csr_matrix, which: np.ndarray) -> np.ndarray:
    """``matrix[i] · rows[which[i]]`` for every i, without building ``rows[which]``.

    Why: one article of 10,000 sentences repeated its centroid (10,000 words) once per sentence,
    over a gigabyte. Each nonzero of ``matrix`` finds its partner in ``rows`` by binary search
    (every one has one: a centroid sums its rows), and the products are summed per row as scipy
    sums them, so the results are the same to the last bit.
    """
    matrix, rows = matrix.sorted_indices(), rows.sorted_indices()  # the order scipy's product sums in
    width = matrix.shape[1]
    counts = np.diff(matrix.indptr)
    row_of = np.repeat(np.arange(matrix.shape[0]), counts)
    keys = which[row_of].astype(np.int64) * width + matrix.indices
    partner_keys = np.repeat(np.arange(rows.shape[0]), np.diff(rows.indptr)).astype(np.int64) * width + rows.indices
    found = np.searchsorted(partner_keys, keys)
    found = np.minimum(found, max(len(partner_keys) - 1, 0))
    partner = np.where(partner_keys[found] == keys, rows.data[found], 0.0) if len(keys) else np.zeros(0)
    out = np.zeros(matrix.shape[0])
    filled = np.flatnonzero(counts)
    if len(filled):
        out[filled] = np.add.reduceat(matrix.data * partner, matrix.indptr[filled])  # as scipy's row sums
    return out


def _centralities(tfidf: sp.csr_matrix, article: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's cosine to its article's centroid, with and without the sentence itself.

    Per article, so pooled input is judged article by article; the leave-one-out form keeps a long
    sentence from looking central merely because it weighs heavily in the centroid.
    """
    n = tfidf.shape[0]
    groups = sp.csr_matrix((np.ones(n), (article, np.arange(n))), shape=(int(article.max()) + 1, n))
    centroids = sp.csr_matrix(groups @ tfidf)
    own = _dot_with_rows(tfidf, centroids, article)  # row · its article's sum
    self_norm = np.asarray(tfidf.multiply(tfidf).sum(axis=1)).ravel()  # 1, or 0 for an empty row
    centroid_norm = np.asarray(centroids.multiply(centroids).sum(axis=1)).ravel()[article]
    with_self = own / np.sqrt(np.maximum(centroid_norm, 1e-12))
    rest_norm = np.sqrt(np.maximum(centroid_norm - 2.0 * own + self_norm, 1e-12))
    without_self = np.where(centroid_norm - 2.0 * own + self_norm > 1e-12, (own - self_norm) / rest_norm, 0.0)
    return with_self, without_self


REMEMBERED = 4096
"""Sentence lists whose scores ``scores`` keeps (a few floats each): more than a large pile's
articles, so that an article scored for its story's briefing is not scored again for its summary."""

_SCORED: dict[tuple[tuple[int, int, str], ...], tuple[np.ndarray, sp.csr_matrix]] = {}

REPEAT_COSINE = 0.5
"""A sentence above this tf-idf cosine to one already picked repeats it (the briefing's
``concepts.DUPLICATE_COSINE``, which a one-article briefing already applied): the summary takes
the next best instead. Online articles repeat their lead in a photo caption run into the text
("Carlo Ancelotti has hailed ... Simeone's Atleti side host ..."), which scores as high as the lead
it copies. CNN/DailyMail dev (python bench/rouge_cnndm.py): R-1/R-2/R-L 41.72/19.69/37.88 before,
41.98/19.73/38.16 after; 5 of 125 articles change, all for the better; even half +0.35 R-1, odd +0.18."""


def scores(
    sentences: Sequence[Sentence], tfidf: sp.csr_matrix | None = None, n_words: np.ndarray | None = None,
) -> np.ndarray:
    """Each sentence's worth: a position prior, raised by centrality, cut for furniture, fragments,
    quotes, run-ons and a peripheral opening (read-only: the same sentences may be asked again).

    ``tfidf`` (``normalized_tfidf`` of content-stem counts) and ``n_words`` (words per sentence),
    when the caller has them already (the briefing's ``salience.features``), are not computed again.
    Why remembered: a story told by one article is briefed by this method, and its article's
    summary is too, on the same sentences (the briefing computes ``tfidf`` as this function does,
    so the worth is the same either way); kept by the sentences' own text, never stale.
    """
    return _scored(sentences, tfidf, n_words)[0]


def _scored(
    sentences: Sequence[Sentence], tfidf: sp.csr_matrix | None = None, n_words: np.ndarray | None = None,
) -> tuple[np.ndarray, sp.csr_matrix]:
    """``scores`` and the tf-idf rows they were computed from, remembered together."""
    key = tuple((s.article, s.index, s.text) for s in sentences)
    known = _SCORED.get(key)
    if known is not None:
        return known
    if tfidf is None or n_words is None:
        words = [sentence_words(s.text) for s in sentences]
        t = tokens(words)
        tfidf = normalized_tfidf(stem_counts(t, t.content))
        n_words = np.array([len(w) for w in words], dtype=np.int64)
    worth = _scores(sentences, tfidf, n_words)
    worth.flags.writeable = False
    if len(_SCORED) >= REMEMBERED:
        _SCORED.clear()
    _SCORED[key] = (worth, tfidf)
    return worth, tfidf


def _scores(sentences: Sequence[Sentence], tfidf: sp.csr_matrix, n_words: np.ndarray) -> np.ndarray:
    """``scores``, computed."""
    _, article = np.unique(np.array([s.article for s in sentences]), return_inverse=True)
    centrality, rest = _centralities(tfidf, article)
    index = np.array([s.index for s in sentences], dtype=float)
    prior = 1.0 / (1.0 + POSITION_DECAY * index)
    alone = np.array([_stands_alone(s.text, int(n)) for s, n in zip(sentences, n_words)], dtype=float)
    furniture = np.array([is_furniture(s.text) for s in sentences], dtype=bool)
    quoted = np.array([any(q in s.text for q in _QUOTES) for s in sentences], dtype=bool)
    lengths = np.asarray(n_words, dtype=float)
    long_penalty = 1.0 + LONG_PENALTY * np.maximum(lengths - LONG_WORDS, 0.0) / LONG_WORDS
    worth = prior * (1.0 + CENTRALITY_WEIGHT * centrality) * (0.05 + 0.95 * alone) / long_penalty
    worth = np.where(quoted, QUOTE_PENALTY * worth, worth)

    # The opening of each article (its first sentence that is not furniture) against the
    # article's average similarity; a one-sentence article has nothing to compare with.
    story = np.flatnonzero(~furniture)
    if story.size:
        order = story[np.lexsort((story, index[story], article[story]))]
        _, first = np.unique(article[order], return_index=True)
        opening = order[first]
        size = np.bincount(article, minlength=int(np.max(article)) + 1)
        mean_rest = np.bincount(article, weights=rest, minlength=size.size) / np.maximum(size, 1)
        peripheral = opening[(size[article[opening]] > 1) & (rest[opening] < PERIPHERAL_LEAD * mean_rest[article[opening]])]
        worth[peripheral] *= PERIPHERAL_PENALTY
    return np.where(furniture, 0.0, worth)


def summarize(
    sentences: Sequence[Sentence], count: int, worth: np.ndarray | None = None, tfidf: sp.csr_matrix | None = None,
) -> tuple[int, ...]:
    """The ``count`` best sentences by position-weighted centrality, none repeating another
    (``REPEAT_COSINE``), in document order; repeats only when nothing else is left.

    ``worth``: the sentences' ``scores``, and ``tfidf`` their normalized tf-idf rows, when the caller
    has them (the briefing asks several times over the same sentences).
    """
    if count <= 0 or not sentences:
        return ()
    if worth is None or tfidf is None:
        worth, tfidf = _scored(sentences, tfidf)
    order = np.lexsort((np.arange(len(sentences)), -worth)).tolist()
    # Best first; a sentence that leans on the one before it ("And he ...") only after that one,
    # else it waits until nothing else is left (CNN/DailyMail: R-2 +0.2, +0.3 on the even half where
    # it was tried and +0.1 on the odd; R-1 unchanged overall).
    where = {(s.article, s.index): p for p, s in enumerate(sentences)}
    picked: list[int] = []
    cosines = PickedCosines(tfidf)
    near: np.ndarray | None = None  # per sentence, its highest cosine to a picked one
    for p in order:
        if len(picked) == count:
            break
        s = sentences[p]
        if s.index > 0 and leans_on_previous(s.text) and where.get((s.article, s.index - 1)) not in picked:
            continue
        if near is not None and float(near[p]) > REPEAT_COSINE:
            continue
        picked.append(p)
        if len(picked) < count:
            near = cosines.of(p) if near is None else np.maximum(near, cosines.of(p))
    chosen = set(picked)
    rest = [p for p in order if p not in chosen]
    return tuple(sorted(picked + rest[: count - len(picked)]))
