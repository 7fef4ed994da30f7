"""The order a reader needs: the main development first, then the rest by importance.

The opener is the chosen sentence that carries the most of the story's shared concepts (the fact
most articles lead with; concepts.select makes sure the briefing holds a central one); the others follow in descending worth, so that the briefing reads as an
inverted pyramid of its own and a cut anywhere keeps the most important part. A sentence that
opens by pointing back ("The move ...") comes right after the item that tells what it points to.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from brief.summarize.cohesion import needs_antecedent, points_ahead
from brief.summarize.vectors import sentence_words

ANTECEDENT_PREFIX = 5
"""A definite description's noun is introduced by an item with a word sharing its first five
letters ("agreement" by "agreed", "move" by "moved"): cheap stemming across word classes."""


def antecedent(noun: str, candidates: Sequence[str]) -> int | None:
    """The first of ``candidates`` that introduces ``noun`` (see ``ANTECEDENT_PREFIX``), or None."""
    stem = noun[:ANTECEDENT_PREFIX]
    for k, text in enumerate(candidates):
        if any(w.startswith(stem) for w in sentence_words(text)):
            return k
    return None


def unintroduced(texts: Sequence[str]) -> list[int]:
    """Indexes of the texts that point back to something none of the others introduces."""
    out = []
    for k, text in enumerate(texts):
        need = needs_antecedent(text)
        if need == "" or need and antecedent(need, [t for j, t in enumerate(texts) if j != k]) is None:
            out.append(k)
    return out


def reading_order(texts: Sequence[str], worth: np.ndarray, centrality: np.ndarray) -> list[int]:
    """Indexes of ``texts`` in reading order: the most central opener, then by descending worth,
    each description that points back placed right after the item it points to."""
    n = len(texts)
    needs = [needs_antecedent(t) for t in texts]
    by_worth = sorted(range(n), key=lambda k: (-float(worth[k]), k))
    free = [k for k in by_worth if needs[k] is None]
    leads = [k for k in free if not points_ahead(texts[k])] or free  # "Following are ..." opens nothing
    if leads:
        opener = max(leads, key=lambda k: (float(centrality[k]), -k))
        free = [opener, *(k for k in free if k != opener)]
    order = free + [k for k in by_worth if needs[k] is not None]
    placed: list[int] = []
    seen: list[int] = []  # placed or following: anything a later description may point to
    followers: dict[int, list[int]] = {}
    for k in order:
        need = needs[k]
        found = antecedent(need, [texts[j] for j in seen]) if need else None
        if found is not None:
            followers.setdefault(seen[found], []).append(k)
        else:
            placed.append(k)
        seen.append(k)
    out: list[int] = []

    def emit(k: int) -> None:
        out.append(k)
        for follower in followers.get(k, []):
            emit(follower)

    for k in placed:
        emit(k)
    return out
