"""The cue features' strings as 64-bit keys, worked out from their parts without building the strings.

Why: building and looking up ~45 feature strings per scored token was most of the cue tagger's time.
A key is a polynomial hash of the feature string's characters (mod 2^64), and such a hash of a
concatenation follows from the hashes of its parts: ``key(a + b) = key(a) * BASE**len(b) + key(b)``.
So a template ("w-1|w|w+1=" + w-1 + "|" + w + "|" + w+1) is a few numpy operations over the
per-token hashes of its parts, for all of a document's scored tokens at once, and the key is the
hash of exactly the string the trainer saw, however the parts split it. The shipped weights are
stored under these keys (``weights.save_model``, no retraining), so every feature keeps its weight
and every score its value. Two of the 460,000 shipped strings sharing a key would be caught when
the file is written; an unseen string taking a shipped one's key has odds of about 2^-45 per
scored token.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain, repeat

import numpy as np

BASE = 0x9E3779B97F4A7C15
"""The hash's multiplier: odd (so invertible mod 2^64) and with well-spread bits (2^64 / golden ratio)."""
_MASK = (1 << 64) - 1

def string_key(text: str) -> int:
    """The key of one string: sum of its characters' code points times powers of ``BASE``, mod 2^64."""
    h = 0
    for c in text:
        h = (h * BASE + ord(c)) & _MASK
    return h


def part(text: str) -> tuple[int, int]:
    """A part's key and ``BASE`` to the power of its length (what appending it multiplies by)."""
    return string_key(text), pow(BASE, len(text), 1 << 64)


class _Parts:
    """Part strings numbered on first sight, with their keys and powers in growing numpy arrays.

    Why: a batch's parts are then one gather by number, not a conversion of Python ints.
    """

    LIMIT = 500_000
    """Parts kept (words repeat across a pile; past this the memo starts again)."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.table = np.zeros((2, 1024), dtype=np.uint64)

    def numbers(self, texts: list[str]) -> np.ndarray:
        """The number of each text, numbering the new ones."""
        index = self.index
        out = np.fromiter(map(index.get, texts, repeat(-1, len(texts))), dtype=np.intp, count=len(texts))  # in C
        if (out < 0).any():
            if len(index) + len(texts) > self.LIMIT:
                index.clear()
            new = [t for t in dict.fromkeys(texts) if t not in index]
            start = len(index)
            if start + len(new) > self.table.shape[1]:
                grown = np.zeros((2, 2 * (start + len(new))), dtype=np.uint64)
                grown[:, :start] = self.table[:, :start]
                self.table = grown
            self.table[:, start : start + len(new)] = np.array([part(t) for t in new], dtype=np.uint64).T
            index.update(zip(new, range(start, start + len(new))))
            out = np.fromiter(map(index.__getitem__, texts), dtype=np.intp, count=len(texts))
        return out


_SEEN = _Parts()


def string_keys(texts: Iterable[str]) -> np.ndarray:
    """``string_key`` of each text, as uint64 (the trainer's conversion of its feature names)."""
    return np.array([string_key(t) for t in texts], dtype=np.uint64)


Piece = str | int
"""A template piece: a constant string, or the index of a part column."""


class Templates:
    """Feature templates, each a sequence of constants and part columns, keyed for many rows at once.

    All templates are folded together, one piece position at a time: a template with fewer pieces
    starts with empty ones (key 0, power 1, which leave a key as it is), so the work is a few numpy
    operations per piece position, whatever the number of templates.
    """

    def __init__(self, specs: Sequence[tuple[Piece, ...]], width: int) -> None:
        constants: list[str] = [""]
        steps: list[list[int]] = []
        for spec in specs:
            merged: list[Piece] = []
            for piece in spec:
                if isinstance(piece, str) and merged and isinstance(merged[-1], str):
                    merged[-1] += piece
                else:
                    merged.append(piece)
            row: list[int] = []
            for p in merged:
                if isinstance(p, str):
                    if p not in constants:
                        constants.append(p)
                    row.append(width + constants.index(p))
                else:
                    assert 0 <= p < width, "a part column outside the rows"
                    row.append(p)
            steps.append(row)
        longest = max(len(r) for r in steps)
        self._steps = np.array([[width] * (longest - len(r)) + r for r in steps], dtype=np.intp).T
        fixed = [part(c) for c in constants]
        self._fixed = (np.array([[h] for h, _ in fixed], dtype=np.uint64), np.array([[p] for _, p in fixed], dtype=np.uint64))
        self.size = len(specs)

    def keys(self, hashes: np.ndarray, powers: np.ndarray, only: np.ndarray | None = None) -> np.ndarray:
        """(templates, rows) keys, from the (parts, rows) hashes and powers of each row's parts;
        ``only`` those templates (their indexes), when given."""
        m = hashes.shape[1]
        all_h = np.concatenate((hashes, np.repeat(self._fixed[0], m, axis=1)))
        all_p = np.concatenate((powers, np.repeat(self._fixed[1], m, axis=1)))
        steps = self._steps if only is None else self._steps[:, only]
        out = np.zeros((steps.shape[1], m), dtype=np.uint64)
        for at in steps:
            out *= all_p[at]
            out += all_h[at]
        return out


def part_columns(rows: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
    """(parts, rows) uint64 hashes and powers of the rows' part strings."""
    width = len(rows[0]) if rows else 0
    numbers = _SEEN.numbers(list(chain.from_iterable(rows))).reshape(len(rows), width).T
    table = _SEEN.table
    return table[0][numbers], table[1][numbers]


BUCKET_BITS = 20
"""Keys are found by their top 20 bits (a bucket: ~0.44 sorted keys each for the cue part), most at the
first key of their bucket: one gather per key, where a binary search made 19. The top bits of two
features differing only in their last characters are the same (``key(a + c) = key(a) * BASE + ord(c)``),
so a few buckets hold tens of keys ("suf=" and "p=" families); those keys are found by one binary search
(``np.searchsorted``), not by walking the bucket one key per round (up to 53 rounds of numpy calls)."""


class KeyTable:
    """Key -> weight over the sorted keys, found through their buckets (numpy, a whole batch at once)."""

    def __init__(self, keys: np.ndarray, weights: np.ndarray) -> None:
        self.keys = keys
        self.weights = weights
        counts = np.bincount((keys >> np.uint64(64 - BUCKET_BITS)).astype(np.intp), minlength=1 << BUCKET_BITS)
        self._starts = np.zeros(len(counts) + 1, dtype=np.int32)
        np.cumsum(counts, out=self._starts[1:])

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """The weight of each key (0.0 for a key the model does not have), same shape as ``keys``."""
        flat = keys.ravel()
        out = np.zeros(len(flat), dtype=np.float64)
        bucket = (flat >> np.uint64(64 - BUCKET_BITS)).astype(np.intp)
        at, stop = self._starts[bucket], self._starts[bucket + 1]
        todo = np.flatnonzero(at < stop)  # an empty bucket: a feature the model has not got
        k = at[todo]
        hit = self.keys[k] == flat[todo]
        out[todo[hit]] = self.weights[k[hit]]
        todo = todo[~hit]
        todo = todo[at[todo] + 1 < stop[todo]]  # more keys in the bucket: search for them
        if len(todo):
            want = flat[todo]
            # the keys are sorted and distinct: where each would be. Searched in ascending order, as numpy's
            # binary search starts each from the last one's place: ~2.4x faster than in the batch's order.
            order = want.argsort()
            k = np.empty_like(order)
            k[order] = self.keys.searchsorted(want[order])
            np.minimum(k, len(self.keys) - 1, out=k)
            hit = self.keys[k] == want
            out[todo[hit]] = self.weights[k[hit]]
        return out.reshape(keys.shape)


def ordered_sums(weights: np.ndarray) -> np.ndarray:
    """Per column of (features, rows) weights, their sum in feature order, one addition after
    another as Python's ``sum`` adds them (so every score is the same float as the string tagger's)."""
    return np.add.accumulate(weights, axis=0)[-1]
