"""A story is made only of articles whose leads name something in common.

Average link joins articles and groups on their words. Articles on one topic (a long strike, a war,
a cricket tour, a campaign) share the topic's words all through their bodies, and their link can
reach the merge bar although each tells a different development, led by different actors: the
awards show called off, against the producers' talks with the directors. A lead says what its
article is about, and says it with names: who acted, where. So while a story is small, a merge
needs some article of each side to name the same people, bodies or places in its lead (the first
``LEAD_SENTENCES`` sentences), by the cosine of their lead names weighted by rarity in the pile
(``FLOOR``): two single articles, a single article joining a pair, two groups of 2+. A single
article joining an established story (``UNCHECKED_STORY``) must name one of the story's core names,
those two of its leads write (``CORE_STORY_MAX``): one name shared with some lead is the topic's. A
side whose leads name no one is judged by its links alone: it cannot tell.

B-cubed F1 (bench/stories.py) dev / even / odd / related / related+1 / hard / hard-even / hard-odd
0.948 / 0.972 / 0.968 / 0.854 / 0.925 / 0.971 / 0.985 / 0.976 -> 0.948 / 0.972 / 0.968 / 0.854 / 0.925
/ 0.976 / 0.987 / 0.980 (2016 election articles of one theme, led by different people, stop
pairing); real 2008 pages (bench/stories_web.py --l3s-only) K 0.965 -> 0.981, L (held out) 0.932 ->
0.947; the web pile 0.986 -> 0.988. The core check on a single joining 3 to 8: L 0.931 -> 0.937,
related 0.854 -> 0.859, related+1 0.925 -> 0.926, hard-odd 0.980 -> 0.981, web pile 0.988 -> 0.989,
the rest level. Variants: TRIED.md.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import scipy.sparse as sp

from brief.model import Article, Sentence
from brief.text.language import stop_words

LEAD_SENTENCES = 2
"""Sentences read as the lead: the first two say who did what, where; later ones bring background
(the earlier developments a topic's articles all recall)."""
FLOOR = 0.075
"""The least cosine of lead names between some article of each group. Merges of two groups of 2+
that are one story (bench/stories.py dev, related, hard mixes, 80 such merges) reach 0.09 or more;
two developments of one strike on real 2008 pages (half K) share one common name, 0.056."""
UNCHECKED_STORY = 3
"""A single article joining a story of this many articles or more is not held to ``FLOOR``: wire copy
often leads with other names than the story's, or none ("the government said"); it meets the core
check below instead."""
CORE_LEADS = 2
"""A story's core names: those written in the leads of this many of its articles or more (the
story's own actors and places, not one article's passing name)."""
CORE_STORY_MAX = 8
"""A single article joining a story of 3 to this many must name one of its core names in its lead
(a topic's neighbour shares a word with some lead, not the story's actors); bigger stories' links
judge alone (bench/stories.py related, DUC clusters of 10, loses at no cap: 0.854 -> 0.850)."""

_NAME = re.compile(r"(?<=[\w,;:)’'\"] )[A-Z][\w&.’'-]*")
"""A capitalised word inside a sentence (after a word and a space: not the word opening it)."""
_POSSESSIVE = re.compile(r"['’]s$")


def lead_names(article: Article, sentences: Sequence[Sentence]) -> frozenset[str]:
    """The names the article's lead writes, case-folded, stop words left out."""
    return frozenset(word for sentence in sentences[:LEAD_SENTENCES] for word in name_words(_NAME.findall(sentence.text)))


def name_words(words: Sequence[str]) -> list[str]:
    """Capitalised words as names: case-folded, a possessive's "'s" off, stop words left out."""
    stops = stop_words("en")
    folded = (_POSSESSIVE.sub("", word).rstrip(".’'-").casefold() for word in words)
    return [word for word in folded if len(word) > 1 and word not in stops]


def lead_matrix(names: Sequence[frozenset[str]]) -> sp.csr_matrix:
    """A row per article: its lead names weighted by idf over the pile, unit length (empty rows stay 0)."""
    df = Counter(name for row in names for name in row)
    column = {name: c for c, name in enumerate(sorted(df))}
    n = len(names)
    rows, cols, values = [], [], []
    for r, row in enumerate(names):
        weights = {column[name]: math.log((1.0 + n) / (1.0 + df[name])) + 1.0 for name in row}
        length = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        for c, w in sorted(weights.items()):
            rows.append(r)
            cols.append(c)
            values.append(w / length)
    return sp.csr_matrix((np.asarray(values), (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64))),
                         shape=(n, len(column)))


def names_core(single: Iterable[int], story: Sequence[Iterable[int]]) -> bool:
    """Whether the single article's lead names (columns of ``lead_matrix``) hold one of the story's core names,
    those ``CORE_LEADS`` of its articles' leads write (or the story has none)."""
    written = Counter(column for lead in story for column in lead)
    core = {column for column, leads in written.items() if leads >= CORE_LEADS}
    return not core or not core.isdisjoint(single)


class LeadCheck:
    """Whether two groups may merge by their leads (see the docstring); follows average link's merges.

    ``size`` is average link's live list of group sizes (read, never written). Each node's lead is read
    once into a dict (column -> weight, in column order): a check is a few dozen products of small dicts,
    where slicing the sparse matrix per check cost 3.5 of the 18 CPU seconds of grouping 10,000 articles.
    The cosines are the very floats the sparse product gave (each pair's terms summed in column order)."""

    def __init__(self, leads: sp.csr_matrix, size: list[int]) -> None:
        leads = sp.csr_matrix(leads)
        if not leads.has_sorted_indices:
            leads = leads.sorted_indices()
        indptr, columns, weights = leads.indptr.tolist(), leads.indices.tolist(), leads.data.tolist()
        self._rows: list[dict[int, float]] = [
            dict(zip(columns[start:stop], weights[start:stop])) for start, stop in zip(indptr, indptr[1:])
        ]
        self._size = size
        self._members: list[list[int]] = [[i] for i in range(leads.shape[0])]

    def allows(self, a: int, b: int) -> bool:
        rows = self._rows
        first = [rows[i] for i in self._members[a] if rows[i]]
        second = [rows[j] for j in self._members[b] if rows[j]]
        if not first or not second:
            return True  # leads that name no one (a case report, "the symptoms came on quickly") cannot tell
        if min(self._size[a], self._size[b]) == 1 and max(self._size[a], self._size[b]) >= UNCHECKED_STORY:
            single, story = (a, b) if self._size[a] == 1 else (b, a)
            members = self._members[story]
            return len(members) > CORE_STORY_MAX or names_core(rows[self._members[single][0]], [rows[i] for i in members])
        return any(_cosine(one, other) >= FLOOR for one in first for other in second)

    def merged(self, keep: int, gone: int) -> None:
        self._members[keep] = self._members[keep] + self._members[gone]
        self._members[gone] = []


def _cosine(one: dict[int, float], other: dict[int, float]) -> float:
    """Two unit-length leads' cosine, their shared columns' products summed in column order (as scipy's
    sparse product sums them, so the same float)."""
    total = 0.0
    for column, weight in one.items():
        theirs = other.get(column)
        if theirs is not None:
            total += weight * theirs
    return total
