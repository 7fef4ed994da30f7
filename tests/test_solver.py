"""The briefing's exact selection: the reduced integer program keeps the optimum, copies are one."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import scipy.sparse as sp

from brief.model import Sentence
from brief.summarize import concepts, solver


def _value(covers: np.ndarray, worth: np.ndarray, tie: np.ndarray, chosen: tuple[int, ...]) -> float:
    if not chosen:
        return 0.0
    covered = covers[list(chosen)].max(axis=0) > 0
    return float(worth[covered].sum() + tie[list(chosen)].sum())


def _best_by_enumeration(
    covers: np.ndarray, worth: np.ndarray, tie: np.ndarray, lengths: np.ndarray, clashes: set[tuple[int, int]],
    word_cap: int, most: int, cross_at: int | None,
) -> float:
    best = 0.0
    for size in range(1, most + 1):
        for chosen in itertools.combinations(range(len(lengths)), size):
            words = [int(lengths[i]) for i in chosen]
            if sum(words) > word_cap or cross_at is not None and sum(words) - max(words) > cross_at - 1:
                continue
            if any((a, b) in clashes for a, b in itertools.combinations(chosen, 2)):
                continue
            best = max(best, _value(covers, worth, tie, chosen))
    return best


def test_the_reduced_model_is_worth_the_same_for_every_choice() -> None:
    """Concepts only one sentence covers move onto it; concepts with the same sentences merge."""
    rng = np.random.default_rng(3)
    covers = (rng.random((7, 12)) < 0.3).astype(float)
    covers[:, 0] = covers[:, 1] = [1, 1, 0, 0, 0, 0, 1]  # two concepts covered together
    covers[:, 2] = [0, 0, 0, 1, 0, 0, 0]  # covered by one sentence only
    covers = covers[:, covers.sum(axis=0) > 0]
    worth = rng.random(covers.shape[1]) * 5 + 0.1
    tie = rng.random(7) * 1e-3
    sub, merged, linear = solver.reduce_concepts(sp.csr_matrix(covers), worth, tie)
    assert sub.shape[1] < covers.shape[1]
    reduced = sub.toarray()
    for size in range(8):
        for chosen in itertools.combinations(range(7), size):
            covered = reduced[list(chosen)].max(axis=0) > 0 if chosen else np.zeros(len(merged), dtype=bool)
            again = float(merged[covered].sum() + linear[list(chosen)].sum())
            assert abs(again - _value(covers, worth, tie, chosen)) < 1e-9


def test_highs_on_the_reduced_model_finds_the_enumerated_optimum() -> None:
    rng = np.random.default_rng(11)
    for trial in range(12):
        n, m = 9, 20
        covers = (rng.random((n, m)) < 0.25).astype(float)
        covers = covers[:, covers.sum(axis=0) > 0]
        worth = rng.integers(1, 6, covers.shape[1]).astype(float)
        tie = 1e-3 / (1.0 + rng.integers(0, 5, n)) - (rng.random(n) < 0.2) * 2.0
        lengths = rng.integers(5, 30, n)
        clashes = np.array([[0, 1], [2, 5]])
        cross_at = 40 if trial % 2 else None
        word_cap, most = (50, None) if cross_at else (60, 3)
        found = solver.solve(sp.csr_matrix(covers), worth, tie, lengths, clashes, word_cap, most, cross_at)
        assert found is not None
        best = _best_by_enumeration(covers, worth, tie, lengths, {(0, 1), (2, 5)}, word_cap, most or n, cross_at)
        assert abs(_value(covers, worth, tie, tuple(found.tolist())) - best) <= 1e-4 * best + 1e-9


TEXT = [
    "The river flooded the old town after three days of heavy rain, officials said on Monday.",
    "Rescue teams moved hundreds of families from the old town to schools on higher ground.",
    "The mayor asked residents to boil tap water until the treatment plant reopens next week.",
]


def test_a_sentence_several_articles_carry_is_one_candidate_from_the_article_read_first() -> None:
    """The same sentence in three articles ties three ways; the copy of the article read first is chosen."""
    copy = "Officials said the river flooded the old town after three days of heavy rain."
    pooled = [Sentence(article, i, 0, len(t), t) for article in (1, 2, 3) for i, t in enumerate([copy, *TEXT])]
    f = concepts.features(pooled)
    rows = np.arange(len(pooled))
    ranks = [{1: 2, 2: 0, 3: 1}[s.article] for s in pooled]
    kept = concepts._distinct(f, rows, ranks)
    copies = [k for k in kept.tolist() if pooled[k].text == copy]
    assert len(copies) == 1 and pooled[copies[0]].article == 2 and pooled[copies[0]].index == 0
    assert len(kept) == len(TEXT) + 1  # each other sentence once too: all articles carry all four
    chosen = concepts.select(pooled, count=2, article_order={1: 2, 2: 0, 3: 1})
    assert {pooled[p].article for p in chosen} == {2}
    assert concepts.select(pooled, count=2) == concepts.select(pooled, count=2, article_order={1: 0, 2: 1, 3: 2})


def test_a_program_solved_again_is_answered_from_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same program twice (a briefing's next round poses it again): HiGHS solves it once, the answer
    is the same, and a program that differs in any input is solved anew."""
    rng = np.random.default_rng(5)
    covers = sp.csr_matrix((rng.random((8, 15)) < 0.3).astype(float))
    worth = rng.random(15) + 0.5
    tie = 1e-3 / (1.0 + np.arange(8))
    lengths = rng.integers(5, 30, 8)
    clashes = np.array([[0, 1]])
    calls = []
    real = solver._solve
    monkeypatch.setattr(solver, "_solve", lambda *args: calls.append(args) or real(*args))
    monkeypatch.setattr(solver, "_solved", {})
    first = solver.solve(covers, worth, tie, lengths, clashes, 60, 3, None)
    again = solver.solve(covers.copy(), worth.copy(), tie.copy(), lengths.copy(), clashes.copy(), 60, 3, None)
    assert first is not None and again is not None and first.tolist() == again.tolist() and len(calls) == 1
    solver.solve(covers, worth, tie, lengths, clashes, 60, 2, None)
    other = tie.copy()
    other[3] += 1e-9
    solver.solve(covers, worth, other, lengths, clashes, 60, 3, None)
    assert len(calls) == 3


def test_without_a_crossing_sentence_the_program_has_no_crossing_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only ``x`` and ``y`` reach HiGHS when no sentence may cross the budget (``z`` would all be held at 0),
    and the answer is the enumerated optimum still."""
    import scipy.optimize

    sizes = []
    real = scipy.optimize.milp
    monkeypatch.setattr(scipy.optimize, "milp", lambda c, **kw: sizes.append(len(c)) or real(c, **kw))
    monkeypatch.setattr(solver, "_solved", {})
    rng = np.random.default_rng(8)
    covers = (rng.random((9, 20)) < 0.25).astype(float)
    covers = covers[:, covers.sum(axis=0) > 0]
    worth = rng.integers(1, 6, covers.shape[1]).astype(float)
    tie = 1e-3 / (1.0 + np.arange(9))
    lengths = rng.integers(5, 30, 9)
    found = solver.solve(sp.csr_matrix(covers), worth, tie, lengths, np.zeros((0, 2), dtype=int), 60, 3, None)
    m = solver.reduce_concepts(sp.csr_matrix(covers), worth, tie)[0].shape[1]
    assert sizes == [9 + m]
    assert found is not None
    best = _best_by_enumeration(covers, worth, tie, lengths, set(), 60, 3, None)
    assert abs(_value(covers, worth, tie, tuple(found.tolist())) - best) <= 1e-4 * best + 1e-9


def test_highs_proves_the_optimum_without_its_costly_heuristics(monkeypatch: pytest.MonkeyPatch) -> None:
    """Exact gaps, so that the answer is the optimum whatever heuristics run; RINS, RENS, the feasibility jump
    and the root reduced-cost heuristic off, and no strong branching (most of the work on these small programs,
    issue 14). The enumeration test above checks the answers."""
    import scipy.optimize

    seen = []
    real = scipy.optimize.milp
    monkeypatch.setattr(scipy.optimize, "milp", lambda c, **kw: seen.append(kw["options"]) or real(c, **kw))
    monkeypatch.setattr(solver, "_solved", {})
    covers = np.array([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 1, 1]], dtype=float)
    worth = np.array([3.0, 2.0, 2.5, 0.5])
    found = solver.solve(sp.csr_matrix(covers), worth, np.zeros(4), np.array([10, 10, 10, 10]), np.array([[0, 3]]),
                         40, 2, None)
    assert found is not None and found.tolist() == [0, 2]
    assert seen and seen[0]["mip_rel_gap"] == 0.0 and seen[0]["mip_abs_gap"] == 0.0
    assert all(seen[0][name] is False for name in solver.HEURISTICS_OFF)
    assert seen[0]["mip_pscost_minreliable"] == 0
