"""Where story grouping loses B-cubed F1: an error budget by kind, and who carries each error.

Kinds: a multi-article story split (recall), two multi-article stories merged, a one-article story
pulled into a multi-article one, one-article stories merged with each other (the last three cost
precision). B-cubed precision lost by an article is the share of its predicted group from other
gold stories; each such pair of articles is counted under the kind its two gold stories make.
Recall lost is a split's, whatever the kinds. A kind's cost is the F1 gained if its loss alone
were taken away (costs need not add up to 1 − F1, F1 being no sum, but come close). ``error_costs``
prices each error alone (a pair of stories sharing a group, a story split); ``crossing_rows`` finds
the articles whose nearest articles are mostly another story's (what a merge of two related stories
hinges on: bench/stories.py --errors).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

import numpy as np
import scipy.sparse as sp

KINDS = ("split", "merged", "single into story", "singles merged")


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _groups(labels: Sequence[object], gold: Sequence[str]) -> tuple[dict[object, list[int]], dict[str, list[int]]]:
    """The articles (their indices) of each predicted group and of each gold story."""
    members: dict[object, list[int]] = defaultdict(list)
    stories: dict[str, list[int]] = defaultdict(list)
    for i, (label, story) in enumerate(zip(labels, gold)):
        members[label].append(i)
        stories[story].append(i)
    return members, stories


def error_budget(
    labels: Sequence[object], gold: Sequence[str], is_single: Callable[[str], bool]
) -> tuple[tuple[float, float, float], dict[str, float]]:
    """B-cubed (precision, recall, F1) and each kind's cost in F1 (``is_single``: a one-article gold
    story's label)."""
    n = len(gold)
    members, stories = _groups(labels, gold)
    lost: Counter[str] = Counter()
    for i in range(n):
        group = members[labels[i]]
        for j in group:
            if gold[j] != gold[i]:
                single_i, single_j = is_single(gold[i]), is_single(gold[j])
                kind = "singles merged" if single_i and single_j else "merged" if not (single_i or single_j) else (
                    "single into story")
                lost[kind] += 1 / len(group) / n
        own = stories[gold[i]]
        lost["split"] += sum(1 for j in own if labels[j] != labels[i]) / len(own) / n
    precision = 1 - sum(lost[k] for k in KINDS if k != "split")
    recall = 1 - lost["split"]
    score = f1(precision, recall)
    costs = {k: (f1(precision, recall + lost[k]) if k == "split" else f1(precision + lost[k], recall)) - score
             for k in KINDS}
    return (precision, recall, score), costs


def linking_terms(matrix: sp.csr_matrix, terms: Sequence[str], a: Sequence[int], b: Sequence[int],
                  top: int = 6) -> tuple[float, list[tuple[str, float]]]:
    """The mean cosine between rows ``a`` and rows ``b`` of unit-length ``matrix``, and the terms that
    carry most of it (each term's share of that mean)."""
    left = np.asarray(matrix[list(a)].sum(axis=0)).ravel()
    right = np.asarray(matrix[list(b)].sum(axis=0)).ravel()
    product = left * right / (len(a) * len(b))
    order = np.lexsort((np.arange(len(product)), -product))[:top]
    return float(product.sum()), [(terms[t], float(product[t])) for t in order.tolist() if product[t] > 0]


def error_cases(
    labels: Sequence[object], gold: Sequence[str], is_single: Callable[[str], bool]
) -> tuple[list[tuple[str, list[int], list[int]]], list[tuple[str, list[int], list[int]]]]:
    """Merges and splits, each as (gold story, its articles in the error, the articles they were held
    against): for a group holding several gold stories, each story but its biggest against that one;
    for a multi-article gold story split, each piece but its biggest against that one."""
    members, stories = _groups(labels, gold)
    merges = []
    for rows in members.values():
        parts = Counter(gold[i] for i in rows).most_common()
        main = [i for i in rows if gold[i] == parts[0][0]]
        merges.extend((story, [i for i in rows if gold[i] == story], main) for story, _ in parts[1:])
    splits = []
    for story, rows in stories.items():
        pieces = Counter(labels[i] for i in rows).most_common()
        if is_single(story) or len(pieces) < 2:
            continue
        main = [i for i in rows if labels[i] == pieces[0][0]]
        splits.extend((story, [i for i in rows if labels[i] == label], main) for label, _ in pieces[1:])
    return merges, splits


def error_costs(
    labels: Sequence[object], gold: Sequence[str]
) -> tuple[list[tuple[tuple[str, str], float]], list[tuple[str, list[int], float]]]:
    """Each error's own cost in F1, largest first: every pair of gold stories sharing a group (the
    F1 gained if their articles' cross pairs alone were right), every gold story split (its
    pieces' sizes, the F1 gained if it alone were whole)."""
    n = len(gold)
    members, stories = _groups(labels, gold)
    mixed: Counter[tuple[str, str]] = Counter()
    split: Counter[str] = Counter()
    for i in range(n):
        group = members[labels[i]]
        for j in group:
            if gold[j] != gold[i]:
                low, high = sorted((gold[i], gold[j]))
                mixed[(low, high)] += 1 / len(group) / n
        own = stories[gold[i]]
        split[gold[i]] += sum(1 for j in own if labels[j] != labels[i]) / len(own) / n
    precision, recall = 1 - sum(mixed.values()), 1 - sum(split.values())
    score = f1(precision, recall)
    merges = [(pair, f1(precision + lost, recall) - score) for pair, lost in mixed.most_common()]
    splits = [(story, [k for _, k in Counter(labels[i] for i in stories[story]).most_common()], f1(precision, recall + lost) - score)
              for story, lost in split.most_common() if lost > 0]
    return merges, splits


def crossing_rows(matrix: sp.csr_matrix, gold: Sequence[str], near: int = 10) -> list[tuple[int, int, str, int]]:
    """Articles that read as another gold story's: more of their ``near`` nearest articles (cosine of
    the unit-length rows of ``matrix``, in gold order) are of one other story than of their own. Each as
    (row, own among the nearest, that other story, its count among the nearest)."""
    product = (matrix @ matrix.T).toarray()
    np.fill_diagonal(product, -1.0)
    found = []
    for row in range(len(gold)):
        nearest = np.lexsort((np.arange(len(gold)), -product[row]))[:near]
        own = sum(gold[j] == gold[row] for j in nearest.tolist())
        others = Counter(gold[j] for j in nearest.tolist() if gold[j] != gold[row]).most_common(1)
        if others and others[0][1] > own:
            found.append((row, own, others[0][0], others[0][1]))
    return found
