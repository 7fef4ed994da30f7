"""Per-token values looked up in a memo, worked out once per distinct new key.

News repeats its vocabulary: a token's lemma, shape or tagger feature is usually known already, so
the lookups run as one ``map`` in C and only the keys not seen before are worked out. Shared by the
attribution model's document (lemmas, shapes) and the tagger's context pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def looked_up(memo: dict[K, V], keys: Sequence[K], make: Callable[[K], V], limit: int | None = None) -> list[V]:
    """``make`` of each key, from ``memo``, which is filled with the new ones (and emptied first once it
    holds more than ``limit``, so a long-running process does not keep a whole pile's vocabulary)."""
    out = list(map(memo.get, keys))
    if None in out:
        if limit is not None and len(memo) > limit:
            memo.clear()  # and so every key is new again (the old code kept only the missing ones: a KeyError)
            out = [None] * len(keys)
        for key in dict.fromkeys([k for k, o in zip(keys, out) if o is None]):
            memo[key] = make(key)
        out = list(map(memo.__getitem__, keys))
    return out  # type: ignore[return-value]  # no None left: every key is in the memo
