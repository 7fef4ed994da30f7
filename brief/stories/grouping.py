"""Articles -> stories: which articles tell the same story.

Interface shared by the pipeline (which briefs and finds actors per group) and the grouping
algorithm: ``group_articles`` builds each article's term vector (features.py), links every article
to its closest others (cluster.py) and merges by average link; this module names and orders the
resulting groups for the reader.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from brief.ingest.web import sortable_date
from brief.model import Article, Sentence
from brief.stories.cluster import Graph, average_link, neighbour_graph
from brief.stories.features import Features, article_features, canonical_key

THRESHOLD = 0.15
"""Average similarity at which two groups of articles are one story. Chosen on the DUC 2004 +
CNN/DailyMail dev mix (bench/stories.py), where within-story pairs have a median cosine of 0.27
and cross-story pairs a 90th percentile of 0.19."""
SHARED_TERMS = 6
"""How many shared names and terms explain a story in the reader: a handful reads at a glance."""


@dataclass(frozen=True)
class Group:
    """One story found in the input.

    ``articles`` are article ids in input order; ``central`` is the article most central to the story
    (its headline titles the story); ``shared`` is what holds the story together, for explaining it
    (the names and key terms its articles share, most telling first).
    """

    articles: tuple[int, ...]
    central: int
    title: str
    shared: tuple[str, ...] = ()


def group_articles(articles: Sequence[Article], sentences: Mapping[int, Sequence[Sentence]]) -> tuple[Group, ...]:
    """The stories of ``articles``, ordered for the reader (biggest and most widely carried first).

    Deterministic: the same groups, in the same order, whatever the input order. Every article is in
    exactly one group.
    """
    if not articles:
        return ()
    features = article_features(articles, sentences)
    graph = neighbour_graph(features.matrix)
    labels = average_link(graph, THRESHOLD)
    members: dict[int, list[int]] = {}
    for row, label in enumerate(labels):
        members.setdefault(label, []).append(row)
    strength = _strength(graph)
    groups = [_group(rows, articles, sentences, features, strength) for rows in members.values()]
    by_id = {a.id: a for a in articles}
    return tuple(sorted(groups, key=lambda g: _order_key(g, by_id)))


def _strength(graph: Graph) -> dict[tuple[int, int], float]:
    """Edge weights by (row, row), both ways round."""
    out: dict[tuple[int, int], float] = {}
    for a, b, s in zip(graph.rows.tolist(), graph.cols.tolist(), graph.sims.tolist()):
        out[(a, b)] = out[(b, a)] = s
    return out


def _group(
    rows: list[int],
    articles: Sequence[Article],
    sentences: Mapping[int, Sequence[Sentence]],
    features: Features,
    strength: dict[tuple[int, int], float],
) -> Group:
    """A group from its rows (canonical order): the central article, its title, what is shared."""
    # Most central: the highest total similarity to the rest of the group; rows are in canonical
    # order, so ties go the same way whatever the input order.
    central_row = max(rows, key=lambda r: (sum(strength.get((r, o), 0.0) for o in rows if o != r), -r))
    central = articles[features.order[central_row]]
    ids = tuple(sorted(articles[features.order[r]].id for r in rows))
    return Group(ids, central.id, _title(central, sentences), _shared(rows, features))


def _title(article: Article, sentences: Mapping[int, Sequence[Sentence]]) -> str:
    """The article's headline; else its first sentence (extractive either way)."""
    title = " ".join(article.title.split())
    if title:
        return title
    first = sentences.get(article.id, ())
    if first:
        return " ".join(first[0].text.split())
    return " ".join(article.text.split()[:12])


def _shared(rows: list[int], features: Features) -> tuple[str, ...]:
    """The terms most of the group's articles carry, by weight; an article alone: its own heaviest."""
    sub = features.matrix[rows]
    carried = np.bincount(sub.indices, minlength=sub.shape[1])
    weight = np.asarray(sub.sum(axis=0)).ravel()
    needed = max(2, (len(rows) + 1) // 2) if len(rows) > 1 else 1
    score = np.where(carried >= needed, weight * carried / len(rows), 0.0)
    ranked = np.lexsort((np.arange(len(score)), -score))
    out: list[str] = []
    seen: set[str] = set()
    for column in ranked:
        if score[column] <= 0 or len(out) >= SHARED_TERMS:
            break
        term = features.terms[column]
        if term.casefold() not in seen:
            seen.add(term.casefold())
            out.append(term)
    return tuple(out)


def _order_key(group: Group, by_id: Mapping[int, Article]) -> tuple[object, ...]:
    """Reader's order: more articles, then more distinct sources, then the most recent (undated
    last), then by title and content (deterministic ties). One-article stories come after the rest."""
    members = [by_id[i] for i in group.articles]
    sources = {a.source.strip().casefold() for a in members if a.source.strip()}
    dates = [d for d in (sortable_date(a.date) for a in members) if d is not None]
    recency = (0, datetime.max - max(dates)) if dates else (1, timedelta(0))
    return (-len(members), -len(sources), recency, group.title.casefold(), canonical_key(by_id[group.central]))
