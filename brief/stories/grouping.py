"""Articles -> stories: which articles tell the same story.

Interface shared by the pipeline (which briefs and finds actors per group) and the grouping
algorithm: ``group_articles`` builds each article's term vector (features.py), links every article
to its closest others (cluster.py) and merges by average link; this module names and orders the
resulting groups for the reader.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from brief.ingest.dates import sortable_date
from brief.model import Article, Sentence
from brief.stories.story_title import naming_title

if TYPE_CHECKING:
    import numpy as np
    import scipy.sparse as sp

    from brief.stories.features import Features

# numpy, scipy.sparse and the clustering are imported where they are used: a warm run takes its stories
# from the article cache (brief.cache.get_groups) and needs only ``Group`` from here.

THRESHOLD = 0.35
"""Average shared-neighbour similarity at which two groups of articles are one story (cluster.py).
B-cubed F1 (bench/stories.py) on the DUC + CNN/DailyMail dev mix / its even / odd halves / the hard
mix with 924 PolNeAR election articles as singletons: 0.30: 0.923 / 0.964 / 0.959 / 0.909;
0.35: 0.922 / 0.954 / 0.959 / 0.928; 0.40: 0.913 / 0.948 / 0.949 / 0.938. Both halves pick 0.30,
the related-but-distinct hard mix higher: 0.35 gives up 0.01 on one half for 0.02 there. Checked
again with 100 terms an article (features.KEEP_TERMS): 0.30: 0.932 / 0.969 / 0.959 / 0.900; 0.35:
0.936 / 0.972 / 0.959 / 0.927; 0.40: 0.933 / 0.971 / 0.955 / 0.938: 0.35 still best on both halves.
(The figures below were measured with 120 terms.)"""
ATTACH_THRESHOLD = 0.25
"""The lower bar at which one or two articles join a story of four or more (cluster.FRAGMENT).
B-cubed F1, dev / even / odd / hard, without it: 0.916 / 0.944 / 0.959 / 0.928; at 0.30:
0.920 / 0.954 / 0.959 / 0.927; 0.25: 0.929 / 0.954 / 0.959 / 0.927; 0.20: 0.928 / 0.954 / 0.959 /
0.925. It mends stories a stray or two had left (in the dev mix: Clinton's visit to Gaza, the
Ibero-American summit, Ocalan's arrest) at no cost on the halves."""
SHARED_TERMS = 6
"""How many shared names and terms explain a story in the reader: a handful reads at a glance."""
PHRASE_ARTICLES = 3
PHRASE_CHARS = 4000
"""How names are written is read from the story's most central articles (their first 4,000
characters): enough to see "Hun Sen" written a dozen times, and a bounded cost per story however
long the articles or big the pile."""
NAME_TOGETHER = 0.5
"""A capitalised shared term is the first word of a name with the next one ("Hun" "Sen" -> "Hun Sen",
"Augusto" "Pinochet" -> "Augusto Pinochet") when at least half the times it is written, that next
word follows it: a first name is rarely written alone, while a surname ("Pinochet") or a title
("Minister", before several names) often is, so neither drags the next word into a name."""

PERSON_TITLES = frozenset(
    "president vice prime minister premier chancellor secretary king queen prince princess sheikh pope "
    "mayor governor senator sen representative rep congressman congresswoman speaker judge ambassador "
    "chairman chairwoman chief deputy leader captain colonel coach mr mrs ms dr professor sir lord lady".split()
)
"""Words that title a person before the name ("Mayor Ines Kortaal", "Prime Minister Mahathir"): a
story's explanation shows the name, not the title the texts happen to write before it. Not
"general" or "justice", which open names of things ("General Motors", "Justice Department")."""


@dataclass(frozen=True)
class Group:
    """One story found in the input.

    ``articles`` are article ids in input order; ``central`` is the article most central to the story;
    ``title`` the headline of the most central one that names what the story shares (story_title.py),
    else the central one's; ``shared`` is what holds the story together, for explaining it
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
    from brief.stories.cluster import above_background, average_link, by_date, neighbour_graph, shared_neighbours
    from brief.stories.event_strays import attach_by_events
    from brief.stories.features import article_features
    from brief.stories.fixtures import opening
    from brief.stories.lead_names import lead_matrix, lead_names
    from brief.stories.lead_runs import LeadRuns, lead_runs, nearest_nodes
    from brief.stories.scorelines import scorelines
    from brief.stories.strays import attach_strays

    features = article_features(articles, sentences)
    nodes, node_of, sizes, first_rows = _distinct_rows(features.matrix)
    days = _day_numbers([articles[features.order[r]] for r in first_rows])
    direct = neighbour_graph(nodes)
    lifted = above_background(direct)
    linked = by_date(shared_neighbours(lifted), days)
    # Two single articles must be alike themselves (cluster.SMALL_FLOOR), the more so when far apart in time.
    scores = [scorelines(articles[features.order[r]], sentences.get(articles[features.order[r]].id, ())) for r in first_rows]
    # ...nor two single previews of different matches (fixtures.py).
    openings = [opening(articles[features.order[r]], sentences.get(articles[features.order[r]].id, ())) for r in first_rows]
    # While a story is small, a merge needs the two sides' leads to name something in common (lead_names.py).
    leads = lead_matrix([lead_names(articles[features.order[r]], sentences.get(articles[features.order[r]].id, ())) for r in first_rows])
    # Two single articles standing alone need their leads to share two names (lead_runs.py).
    runs = LeadRuns(tuple(lead_runs(sentences.get(articles[features.order[r]].id, ())) for r in first_rows), nearest_nodes(lifted))
    node_labels = average_link(linked, THRESHOLD, sizes, ATTACH_THRESHOLD, by_date(direct, days), scores, leads, runs,
                               openings)
    # An article left alone joins the story whose centre it is clearly nearest (strays.py).
    node_labels = attach_strays(node_labels, nodes, sizes, linked, runs.runs)
    # One still alone joins the story both all its words and its event words point to (event_strays.py).
    node_labels = attach_by_events(node_labels, nodes, sizes, linked, _event_words(features))
    labels = [node_labels[node] for node in node_of]
    members: dict[int, list[int]] = {}
    for row, label in enumerate(labels):
        members.setdefault(label, []).append(row)
    centrality = _centrality(features, labels)
    groups = [_group(rows, articles, sentences, features, centrality) for rows in members.values()]
    by_id = {a.id: a for a in articles}
    return tuple(sorted(groups, key=lambda g: _order_key(g, by_id)))


def _event_words(features: Features) -> np.ndarray:
    """A flag per term: true for a word written in lower case (what happens), false for a name."""
    import numpy as np

    return np.fromiter((term[:1].islower() for term in features.terms), bool, len(features.terms))


def _day_numbers(articles: Sequence[Article]) -> np.ndarray | None:
    """Each article's date as a day number (NaN when undated); None when none is dated."""
    import numpy as np

    dates = [sortable_date(a.date) for a in articles]
    if not any(dates):
        return None
    return np.array([d.toordinal() if d is not None else np.nan for d in dates], dtype=np.float64)


def _distinct_rows(matrix: sp.csr_matrix) -> tuple[sp.csr_matrix, list[int], list[int], list[int]]:
    """Identical rows as one node: the distinct rows, each row's node, each node's count, each
    node's first row (whose article dates the node).

    Articles with the same words are one story whatever else holds; one node for them keeps a pile
    of copies from costing (copies)² similarities.
    """
    import scipy.sparse as sp

    node_of: list[int] = []
    first_row: dict[bytes | int, int] = {}
    keep: list[int] = []
    sizes: list[int] = []
    for r in range(matrix.shape[0]):
        start, end = matrix.indptr[r], matrix.indptr[r + 1]
        # An article without words is evidence of nothing: never one node with another.
        key = matrix.indices[start:end].tobytes() + b"|" + matrix.data[start:end].tobytes() if end > start else r
        node = first_row.setdefault(key, len(keep))
        if node == len(keep):
            keep.append(r)
            sizes.append(0)
        sizes[node] += 1
        node_of.append(node)
    return sp.csr_matrix(matrix[keep]), node_of, sizes, keep


def _centrality(features: Features, labels: list[int]) -> np.ndarray:
    """Each article's similarity to the rest of its group (its vector · the others' sum)."""
    import numpy as np
    import scipy.sparse as sp

    n = features.matrix.shape[0]
    names, index = np.unique(np.asarray(labels), return_inverse=True)
    membership = sp.csr_matrix((np.ones(n), (index, np.arange(n))), shape=(len(names), n))
    sums = sp.csr_matrix(membership @ features.matrix)
    own = np.asarray(features.matrix.multiply(features.matrix).sum(axis=1)).ravel()
    return np.asarray(features.matrix.multiply(sums[index]).sum(axis=1)).ravel() - own


def _group(
    rows: list[int],
    articles: Sequence[Article],
    sentences: Mapping[int, Sequence[Sentence]],
    features: Features,
    centrality: np.ndarray,
) -> Group:
    """A group from its rows (canonical order): the central article, its title, what is shared."""
    # Most central: the most similar to the rest of the group; rows are in canonical order, so
    # ties go the same way whatever the input order.
    ranked = sorted(rows, key=lambda r: (-round(float(centrality[r]), 9), r))
    central = articles[features.order[ranked[0]]]
    ids = tuple(sorted(articles[features.order[r]].id for r in rows))
    texts = [articles[features.order[r]].text[:PHRASE_CHARS] for r in ranked[:PHRASE_ARTICLES]]
    shared = _shared(rows, features, texts)
    # The most central article whose headline names what the story shares titles it (story_title.py).
    titles = [_title(articles[features.order[r]], sentences) for r in ranked]
    headed = [bool(articles[features.order[r]].title.strip()) for r in ranked]
    return Group(ids, central.id, titles[naming_title(titles, shared, headed)], shared)


def _title(article: Article, sentences: Mapping[int, Sequence[Sentence]]) -> str:
    """The article's headline; else its first sentence (extractive either way)."""
    title = " ".join(article.title.split())
    if title:
        return title
    first = sentences.get(article.id, ())
    if first:
        return " ".join(first[0].text.split())
    return " ".join(article.text.split()[:12])


def _shared(rows: list[int], features: Features, texts: Sequence[str] = ()) -> tuple[str, ...]:
    """The terms most of the group's articles carry, by weight (an article alone: its own heaviest),
    with the words of one name joined as ``texts`` write it ("Hun Sen", not "Hun" and "Sen")."""
    import numpy as np

    matrix = features.matrix
    spans = [(matrix.indptr[r], matrix.indptr[r + 1]) for r in rows]
    if len(rows) == 1:
        # An article alone (most of a pile's stories): its terms by weight, ties by column, in plain Python,
        # the same order and scores as the arrays below give (a tenth of the CPU of numpy's calls on 100 terms).
        a, b = spans[0]
        candidates = sorted(zip((-matrix.data[a:b]).tolist(), matrix.indices[a:b].tolist()))
    else:
        columns = np.concatenate([matrix.indices[a:b] for a, b in spans])
        if not len(columns):
            return ()
        weights = np.concatenate([matrix.data[a:b] for a, b in spans])
        terms, where = np.unique(columns, return_inverse=True)
        carried = np.bincount(where, minlength=len(terms))
        weight = np.bincount(where, weights=weights, minlength=len(terms))
        needed = max(2, (len(rows) + 1) // 2)
        score = np.where(carried >= needed, weight * carried / len(rows), 0.0)
        order = np.lexsort((terms, -score))
        candidates = list(zip((-score[order]).tolist(), terms[order].tolist()))
    ranked: list[str] = []
    seen: set[str] = set()
    # Twice as many candidates as are shown: joining a name's words frees places.
    for negative, column in candidates:
        if negative >= 0 or len(ranked) >= 2 * SHARED_TERMS:
            break
        term = features.terms[column]
        if term.casefold() not in seen:
            seen.add(term.casefold())
            ranked.append(term)
    return tuple(_join_names(ranked, texts)[:SHARED_TERMS])


def _join_names(terms: list[str], texts: Sequence[str]) -> list[str]:
    """``terms`` with the capitalised ones written side by side in ``texts`` (see NAME_TOGETHER)
    joined into one name, at the place of its best-ranked word, in the order the texts write it."""
    capitalised = [t for t in terms if t[:1].isupper()]
    if len(capitalised) < 2 or not texts:
        return terms
    candidates = set(capitalised)
    written: Counter[str] = Counter()
    together: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for term in capitalised:
            at = text.find(term)
            while at >= 0:
                end = at + len(term)
                if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
                    written[term] += 1
                    after = _NEXT_WORD.match(text, end)  # the next word, after spaces only
                    if after and after.group(1) in candidates:
                        together[(term, after.group(1))] += 1
                at = text.find(term, end)
    following: dict[str, str] = {}
    for (first, second), count in sorted(together.items(), key=lambda item: (-item[1], item[0])):
        if first == second or first in following or second in following.values():
            continue
        if count >= NAME_TOGETHER * written[first]:
            following[first] = second
    if not following:
        return terms
    names: dict[str, str] = {}
    for start in following:
        if start in following.values():
            continue  # inside a longer name
        words = [start]
        while words[-1] in following and following[words[-1]] not in words:
            words.append(following[words[-1]])
        titles = 0
        while titles < len(words) - 1 and words[titles].casefold() in PERSON_TITLES:
            titles += 1
        for word in words:  # a title stands for the name it opens, and is not shown
            names[word] = " ".join(words[titles:])
    out: list[str] = []
    for term in terms:
        name = names.get(term, term)
        if name not in out:
            out.append(name)
    return out


_NEXT_WORD = re.compile(r"\s+([^\W_]+(?:[-&][^\W_]+|['’](?![sS](?![^\W_]))[^\W_]+)*)")
"""The word after a name's word, separated by white space only (not ", ", not "'s "): a regex
matched at one place, so a story's names cost a few string searches, not a regex over its text."""


def _order_key(group: Group, by_id: Mapping[int, Article]) -> tuple[object, ...]:
    """Reader's order: more articles, then more distinct sources, then the most recent (undated
    last), then by title and content (deterministic ties). One-article stories come after the rest.

    A story whose articles name no source still has one (unnamed): counting it as none put a
    saved page without a site name after every older one-article story.
    """
    from brief.stories.features import canonical_key

    members = [by_id[i] for i in group.articles]
    sources = {a.source.strip().casefold() for a in members if a.source.strip()} or {""}
    dates = [d for d in (sortable_date(a.date) for a in members) if d is not None]
    recency = (0, datetime.max - max(dates)) if dates else (1, timedelta(0))
    return (-len(members), -len(sources), recency, group.title.casefold(), canonical_key(by_id[group.central]))
