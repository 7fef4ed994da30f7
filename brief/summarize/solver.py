"""The concept-coverage integer program, as HiGHS solves it fastest (scipy.optimize.milp).

Variables: ``x`` (sentence chosen), ``z`` (it is the one sentence that crosses the word budget),
``y`` (concept covered). All chosen sentences fit in ``word_cap`` words; with ``cross_at`` the
sentences other than the crossing one must also fit in ``cross_at - 1`` words, which is what
"add sentences until N words are reached, the last one may cross N" means. Without ``cross_at``
the program has no ``z`` at all (they were columns held at 0: the same answers, python bench/solver.py
--check on its 199 solves, and ~9% less of HiGHS's time on the 150-article pile).

The model is reduced before HiGHS sees it, each step exact (the same optimum, the same worth):
a concept only one candidate covers is worth its weight exactly when that sentence is chosen, so
its weight moves onto the sentence's ``x`` and its ``y`` goes; concepts covered by exactly the
same candidates are covered together, so they become one ``y`` worth their sum. HiGHS's presolve
is off: on these small models it costs more than it saves (``PRESOLVE``).
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import scipy.sparse as sp

NODE_LIMIT = 10_000
"""Branch-and-bound nodes HiGHS may visit per selection before it returns its best answer so far.
A count, not a clock, so the briefing never depends on how busy the machine is: the 124 solves of
the DUC 2004 dev clusters and the 1,000-article pile (python bench/solver.py) needed at most 37; proving
each optimum (``OPTIMALITY_GAP``) without strong branching (``RELIABLE_AFTER``), the 199 solves of that
bench and the 113 of its 400- and 700-article piles need at most 315."""

SOLVER_SECONDS = 120.0
"""A last guard for an input no real pile has produced: the slowest real solve takes ~1 s, so this
clock is never what stops the search (``NODE_LIMIT`` is)."""

PRESOLVE = False
"""HiGHS's presolve on the reduced model. Off: on the 167 selections of the DUC 2004 dev clusters
and the 1,000-article pile (python bench/solver.py) the solves take 17.1 CPU-s with it off, 20.9
on, to the same optima."""

POOL_SOFT_LIMIT = 1
"""HiGHS's soft cap on its pool of feasible solutions (``mip_pool_soft_limit``, 10,000 by default).
Only the best one is ever read; keeping one makes the solves ~25% cheaper, every answer the same
sentences (python bench/solver.py --save F with the default, then --check F with each setting:
the 64 of the 1,000-article pile's stories 6.1-6.3 CPU-s with the default, 4.5-4.8 with 1; the 64
of the DUC 2004 dev clusters 8.45 and 6.24-6.43)."""


OPTIMALITY_GAP = 0.0
"""HiGHS's relative and absolute optimality gaps (``mip_rel_gap``, ``mip_abs_gap``; 1e-4 and 1e-6 by default).
Zero: HiGHS proves the optimum, so which heuristic found which solution first no longer decides between
choices within the default gaps (the tie-breaks between sentences are smaller than those). Every one of the
199 saved solves of python bench/solver.py (DUC 2004 dev and the 1,000-article pile) is the same as with
the defaults, in about the same time (14.6 and 14.7 CPU-s); it is what lets ``HEURISTICS_OFF`` go."""

HEURISTICS_OFF = ("mip_heuristic_run_rins", "mip_heuristic_run_rens", "mip_heuristic_run_feasibility_jump",
                  "mip_heuristic_run_root_reduced_cost")
"""HiGHS's primal heuristics not run. On these small programs they took most of the work (1,182 of the
1,788 LP iterations of the slowest saved solve), and branching proves the optimum in a few nodes without
them: the 199 saved solves 14.6 -> 9.8 CPU-s, every answer the same (--check). With the default gaps,
turning off the feasibility jump or the root reduced-cost heuristic changed 1 and 5 answers (each within
the gap): exact gaps (``OPTIMALITY_GAP``) make the answer the optimum whatever the search."""

RELIABLE_AFTER = 0
"""Branchings on a variable after which HiGHS trusts its pseudo-costs instead of trying the branch with strong
branching (``mip_pscost_minreliable``, 8 by default). Zero: with the heuristics off (``HEURISTICS_OFF``),
strong branching was two thirds of the LP work left (1,226 of 1,864 iterations on the slowest saved solve);
without it the search visits more nodes, each much cheaper: the 199 saved solves 9.6 -> 8.5 CPU-s, the 113
of the 400- and 700-article piles 6.1 -> 4.4, every answer the same (the optimum: exact gaps)."""

SOLUTIONS_KEPT = 16
"""Integer programs whose answers this process keeps (then forgets them all and starts again). A briefing
chosen again without a sentence that points back (``briefing.RESOLVE_ROUNDS``) mostly poses the very programs
it solved the round before: 3 of the 34 solves of a 150-article pile (bench/scale.py's first texts), ~10% of
its solving CPU; a story's rounds pose a few each, so a few dozen are plenty."""

_solved: dict[tuple[object, ...], np.ndarray | None] = {}


def _program_key(covers: sp.csr_matrix, worth: np.ndarray, tie: np.ndarray, lengths: np.ndarray,
                 clashes: np.ndarray, limits: tuple[int, int | None, int | None]) -> tuple[object, ...]:
    """Everything ``solve`` reads, as bytes (with shapes and types): equal keys, the same program."""
    arrays = (covers.indptr, covers.indices, covers.data, np.asarray(worth), np.asarray(tie), np.asarray(lengths),
              np.asarray(clashes))
    return (covers.shape, limits, *((a.dtype.str, a.shape, a.tobytes()) for a in arrays))


@contextmanager
def _stdout_to_stderr() -> Iterator[None]:
    """Send file descriptor 1 to stderr for a while.

    HiGHS (C++) occasionally prints solver notes straight to fd 1, and stdout carries only the
    briefing; Python-level redirection cannot catch a C library's writes, so we swap descriptors.
    """
    try:
        sys.stdout.flush()
        saved = os.dup(1)
    except (OSError, ValueError, AttributeError):
        yield
        return
    try:
        os.dup2(2, 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def reduce_concepts(covers: sp.csr_matrix, worth: np.ndarray, tie: np.ndarray) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray]:
    """The same objective with fewer concepts: (covers, worth) of the concepts that stay, and each
    sentence's linear worth (its tie-break plus the concepts only it covers)."""
    columns = sp.csc_matrix(covers)
    counts = np.diff(columns.indptr)
    linear = np.asarray(tie, dtype=float).copy()
    single = np.flatnonzero(counts == 1)
    np.add.at(linear, columns.indices[columns.indptr[single]], worth[single])
    groups: dict[bytes, list[int]] = {}
    for j in np.flatnonzero(counts > 1).tolist():
        groups.setdefault(columns.indices[columns.indptr[j]:columns.indptr[j + 1]].tobytes(), []).append(j)
    first = [members[0] for members in groups.values()]
    merged = np.array([float(worth[members].sum()) for members in groups.values()])
    return sp.csr_matrix(columns[:, first]), merged, linear


def solve(
    covers: sp.csr_matrix, worth: np.ndarray, tie: np.ndarray, lengths: np.ndarray, clashes: np.ndarray,
    word_cap: int, max_sentences: int | None, cross_at: int | None,
) -> np.ndarray | None:
    """Positions (ascending) of the chosen candidates; None if HiGHS fails. ``clashes``: pairs of
    candidates never both chosen. A program solved before in this process is answered from
    ``_solved`` (``SOLUTIONS_KEPT``)."""
    key = _program_key(sp.csr_matrix(covers), worth, tie, lengths, clashes, (word_cap, max_sentences, cross_at))
    if key in _solved:
        known = _solved[key]
        return None if known is None else known.copy()
    found = _solve(covers, worth, tie, lengths, clashes, word_cap, max_sentences, cross_at)
    if len(_solved) >= SOLUTIONS_KEPT:
        _solved.clear()
    _solved[key] = None if found is None else found.copy()
    return found


def _solve(
    covers: sp.csr_matrix, worth: np.ndarray, tie: np.ndarray, lengths: np.ndarray, clashes: np.ndarray,
    word_cap: int, max_sentences: int | None, cross_at: int | None,
) -> np.ndarray | None:
    """``solve``'s work: the program built, reduced and handed to HiGHS."""
    from scipy.optimize import Bounds, LinearConstraint, milp  # ~0.15 s to import: only when needed

    sub, weights, linear = reduce_concepts(covers, worth, tie)
    n, m = sub.shape
    crossing = n if cross_at is not None else 0  # the z columns: none without a crossing sentence
    words = np.asarray(lengths, dtype=float)[np.newaxis, :]
    ones = np.ones((1, n))

    def row(x: object = None, z: object = None, y: object = None, height: int = 1) -> sp.csr_matrix:
        parts = [sp.csr_matrix(p) if p is not None else sp.csr_matrix((height, w))
                 for p, w in ((x, n), (z, crossing), (y, m)) if w]
        return sp.csr_matrix(sp.hstack(parts))

    blocks = [row(x=-sub.T, y=sp.identity(m), height=m), row(x=words)]
    upper = [np.zeros(m), [word_cap]]
    if max_sentences is not None:
        blocks.append(row(x=ones))
        upper.append([max_sentences])
    if cross_at is not None:
        blocks += [row(x=words, z=-words), row(z=ones), row(x=-sp.identity(n), z=sp.identity(n), height=n)]
        upper += [[cross_at - 1], [1], np.zeros(n)]
    if len(clashes):
        k = len(clashes)
        pair_matrix = sp.csr_matrix((np.ones(2 * k), (np.repeat(np.arange(k), 2), clashes.ravel())), shape=(k, n))
        blocks.append(row(x=pair_matrix, height=k))
        upper.append(np.ones(k))
    matrix = sp.csr_matrix(sp.vstack(blocks))
    upper_bound = np.concatenate([np.asarray(u, dtype=float) for u in upper])
    with _stdout_to_stderr(), warnings.catch_warnings():
        # scipy hands options it does not list to HiGHS as they are, with a warning that says so.
        warnings.filterwarnings("ignore", message="Unrecognized options detected", category=RuntimeWarning)
        result = milp(
            -np.concatenate([linear, np.zeros(crossing), weights]),
            constraints=LinearConstraint(matrix, np.full(matrix.shape[0], -np.inf), upper_bound),
            integrality=np.concatenate([np.ones(n + crossing), np.zeros(m)]),
            bounds=Bounds(np.zeros(n + crossing + m), np.ones(n + crossing + m)),
            options={"node_limit": NODE_LIMIT, "time_limit": SOLVER_SECONDS, "disp": False, "presolve": PRESOLVE,
                     "mip_pool_soft_limit": POOL_SOFT_LIMIT, "mip_rel_gap": OPTIMALITY_GAP,
                     "mip_abs_gap": OPTIMALITY_GAP, "mip_pscost_minreliable": RELIABLE_AFTER,
                     **dict.fromkeys(HEURISTICS_OFF, False)},
        )
    if result.x is None:
        return None
    return np.flatnonzero(result.x[:n] > 0.5)
