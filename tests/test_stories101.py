"""The grouping's faster steps give exactly what the sparse-matrix steps they replace gave (issue 12's speed).

The lead check reads each node's lead names from dicts instead of slicing the sparse matrix per check, average
link builds its link totals from the sorted edges a node at a time, and a one-article story ranks its terms in
plain Python: each must be the same floats and the same order, or the stories would change. Lead names invented
(an invented ferry strike, a harbour, its owners)."""

from __future__ import annotations

import itertools

import numpy as np
import scipy.sparse as sp

from brief.stories.cluster import Graph, _link_totals
from brief.stories.features import Features
from brief.stories.grouping import _shared
from brief.stories.lead_names import CORE_LEADS, CORE_STORY_MAX, FLOOR, UNCHECKED_STORY, LeadCheck, lead_matrix

LEADS = [
    frozenset({"marlow", "ferries", "quayside"}),
    frozenset({"marlow", "ferries", "union", "odgen"}),
    frozenset({"odgen", "harbour", "board"}),
    frozenset(),
    frozenset({"quayside", "council"}),
    frozenset({"tressel", "harbour"}),
    frozenset({"marlow"}),
    frozenset({"ferries", "union", "tressel", "board", "council"}),
]


def _old_allows(leads: sp.csr_matrix, size: list[int], members: list[list[int]], a: int, b: int) -> bool:
    """The check as it was written on the sparse matrix (session 62), the reference."""
    first, second = leads[members[a]], leads[members[b]]
    if not first.nnz or not second.nnz:
        return True
    if min(size[a], size[b]) == 1 and max(size[a], size[b]) >= UNCHECKED_STORY:
        single, story = (first, second) if size[a] == 1 else (second, first)
        if story.shape[0] > CORE_STORY_MAX:
            return True
        written = np.asarray((story > 0).sum(axis=0)).ravel()
        core = np.flatnonzero(written >= CORE_LEADS)
        return not core.size or bool(np.intersect1d(core, single.indices).size)
    cross = first @ second.T
    return bool(cross.nnz) and float(cross.max()) >= FLOOR


def test_the_lead_check_answers_as_the_sparse_product_did_for_every_pair_and_merge() -> None:
    leads = lead_matrix(LEADS)
    size = [1] * len(LEADS)
    members = [[i] for i in range(len(LEADS))]
    check = LeadCheck(leads, size)
    answers = []
    # Merge step by step (a story of three, then of four), asking every pair of live groups at each step.
    for step, (keep, gone) in enumerate([(0, 0), (0, 1), (0, 6), (2, 5), (0, 4)]):
        if step:
            check.merged(keep, gone)
            size[keep] += size[gone]
            members[keep] = members[keep] + members[gone]
            members[gone] = []
        live = [g for g in range(len(LEADS)) if members[g]]
        for a, b in itertools.combinations(live, 2):
            answers.append(check.allows(a, b))
            assert check.allows(a, b) == _old_allows(leads, size, members, a, b), (keep, gone, a, b)
    assert True in answers and False in answers  # both outcomes are exercised


def test_link_totals_are_the_edge_by_edge_products() -> None:
    graph = Graph(5, np.array([0, 0, 1, 2], dtype=np.int64), np.array([1, 3, 4, 3], dtype=np.int64),
                  np.array([0.31, 0.7, 0.1 / 3, 0.45]))
    size = [1, 3, 2, 7, 1]
    expected: list[dict[int, float]] = [{} for _ in range(5)]
    for a, b, s in zip(graph.rows.tolist(), graph.cols.tolist(), graph.sims.tolist()):
        expected[a][b] = expected[b][a] = s * size[a] * size[b]
    assert _link_totals(graph, size) == expected
    assert _link_totals(Graph(2, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)), [1, 1]) == [{}, {}]


def test_a_one_article_story_ranks_its_terms_as_a_group_does() -> None:
    # Ties in weight go by column; a one-article story's shared terms are its heaviest.
    terms = ("alpha", "Bexley", "ferry", "harbour", "Marlow", "strike", "union", "wharf")
    matrix = sp.csr_matrix(np.array([[0.2, 0.5, 0.2, 0.0, 0.6, 0.1, 0.5, 0.2], [0.3, 0.0, 0.4, 0.1, 0.0, 0.5, 0.0, 0.2]]))
    features = Features(matrix, (0, 1), terms)
    assert _shared([0], features) == ("Marlow", "Bexley", "union", "alpha", "ferry", "wharf")
    assert _shared([1], features) == ("strike", "ferry", "alpha", "wharf", "harbour")
    assert _shared([0, 1], features) == ("ferry", "strike", "alpha", "wharf")  # as session 62 ranked them
