"""The shipped model: two averaged perceptrons and the cue vocabulary gate, saved as plain .npz arrays."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

from brief.actors.attribution.hashing import KeyTable, string_keys
from brief.actors.model_files import require

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "attribution-model.npz"


_ZEROS = repeat(0.0)


class Weights(dict):
    """Feature weights looked up in the model's sorted names on first use, and stored.

    Why: building the full 580,000-entry dict takes ~0.2 s, more than a handful of articles takes
    to tag (they ask for a few thousand features). A binary search over the names costs a few
    microseconds, so after a number of distinct misses (a large input) everything is loaded at
    once: ``FULL_AFTER``, or one per ``NAMES_PER_SEARCH`` names when that is fewer. Either way a
    feature gets the same float, so scores are identical.
    """

    FULL_AFTER = 20_000
    NAMES_PER_SEARCH = 17
    """One binary search (~7.5 us) costs what loading ~17 names into the dict does (0.25 s for the
    578,000 names of both parts): switching after len(names)/17 misses never pays more than twice
    the cheaper choice. The cue part (461,000 names) switched at 20,000 misses; the source part
    (118,000) paid 20,000 searches for a table that loads in 0.05 s."""

    def __init__(self, names: bytes = b"", values: np.ndarray | None = None, full: dict[str, float] | None = None) -> None:
        super().__init__(full or {})
        self._names = names
        self._values = values
        self._ends: memoryview | None = None
        self._misses = 0
        self._count = names.count(b"\n") + 1 if names else 0
        self.complete = full is not None or not names

    def __missing__(self, key: str) -> float:
        if self.complete:
            return 0.0
        self._misses += 1
        if self._misses > min(self.FULL_AFTER, self._count // self.NAMES_PER_SEARCH):
            self.load_all()
            return self.get(key, 0.0)
        value = self._search(key.encode("utf-8"))
        self[key] = value
        return value

    def _search(self, name: bytes) -> float:
        """Binary search of the newline-separated, sorted names (UTF-8 bytes sort as str does)."""
        if self._ends is None:
            import numpy as np

            blob = np.frombuffer(self._names, dtype=np.uint8)
            self._ends = np.append(np.flatnonzero(blob == 10), len(blob)).astype(np.int64).data
        ends, names = self._ends, self._names
        lo, hi = 0, len(ends)
        while lo < hi:
            mid = (lo + hi) // 2
            start = ends[mid - 1] + 1 if mid else 0
            if names[start : ends[mid]] < name:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(ends) and names[(ends[lo - 1] + 1 if lo else 0) : ends[lo]] == name:
            assert self._values is not None  # names come with their values
            return float(self._values[lo])
        return 0.0

    def load_all(self) -> None:
        """Every weight at once (what a large input needs)."""
        if not self.complete:
            assert self._values is not None
            self.update(zip(self._names.decode("utf-8").split("\n"), self._values.tolist()))
            self.complete = True


class Perceptron:
    """Binary averaged perceptron over string features (weights already averaged at runtime)."""

    def __init__(self, weights: Weights | None = None) -> None:
        self.w: Weights = weights if weights is not None else Weights()

    def score(self, feats: list[str]) -> float:
        """Sum of feature weights; > 0 means the positive label."""
        # map() runs the lookups in C: the same sum, in the same order, at about half the cost of a
        # generator expression. Until every weight is loaded, unknown features go through __missing__.
        if self.w.complete:
            return sum(map(self.w.get, feats, _ZEROS))
        return sum(map(self.w.__getitem__, feats))


@dataclass
class Model:
    """The shipped model: cue vocabulary gate plus two perceptrons."""

    cue_vocab: frozenset[str]
    cue: KeyTable
    """The cue perceptron's weights under their strings' keys (``hashing``; the tagger scores in numpy)."""
    source: Perceptron


def save_model(path: Path, cue_vocab: Iterable[str], cue: dict[str, float], source: dict[str, float],
               fingerprint: str) -> None:
    """Write the weights as an .npz of plain arrays: the cue part as its features' keys (sorted,
    ``hashing.string_key``: the conversion happens here, never at load), the source part as names
    (newline-joined UTF-8); weights float64; and ``probe.feature_fingerprint`` of the features they were
    learned on (ASCII), which a test compares with today's code.

    Why not JSON: parsing 400,000 weights from JSON took half a second at every start. The names
    are stored uncompressed so that loading them is a read (``Weights`` searches them in place);
    the float64 values are the trained ones bit for bit, and fixed zip timestamps keep the file
    reproducible.
    """
    import numpy as np

    def joined(names: Iterable[str]) -> np.ndarray:
        names = list(names)
        assert not any("\n" in n for n in names), "feature names must not contain newlines"
        return np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8)

    arrays = {"cue_vocab": joined(sorted(cue_vocab))}
    keys = string_keys(cue)
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    assert not (keys[1:] == keys[:-1]).any(), "two cue features share a key: change hashing.BASE"
    arrays["cue_keys"] = keys
    arrays["cue_weights"] = np.array(list(cue.values()), dtype=np.float64)[order]
    names = sorted(source)
    arrays["source_names"] = joined(names)
    arrays["source_weights"] = np.array([source[n] for n in names], dtype=np.float64)
    arrays[FINGERPRINT] = np.frombuffer(fingerprint.encode("ascii"), dtype=np.uint8)
    write_arrays(path, arrays)


def write_arrays(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """The model's arrays as an .npz with fixed zip timestamps (the same arrays give the same bytes); names
    and keys stored uncompressed, to be searched in place."""
    import zipfile

    import numpy as np

    with zipfile.ZipFile(path, "w") as archive:
        for name, array in arrays.items():
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name.endswith(("_names", "_keys")) else zipfile.ZIP_DEFLATED
            with archive.open(info, "w", force_zip64=True) as fh:
                np.lib.format.write_array(fh, array, allow_pickle=False)


FINGERPRINT = "features_sha256"
"""The array holding the fingerprint of the features the weights were learned on (``probe``)."""


def stored_fingerprint() -> str:
    """The shipped weights' feature fingerprint ("" for a file written before it was stored)."""
    import numpy as np

    with np.load(require(MODEL_PATH), allow_pickle=False) as z:
        return bytes(z[FINGERPRINT]).decode("ascii") if FINGERPRINT in z.files else ""


@lru_cache(maxsize=1)
def load_model() -> Model:
    """Load the shipped weights once; a missing file raises ``ModelMissing``, as NER's does."""
    import numpy as np

    with np.load(require(MODEL_PATH), allow_pickle=False) as z:
        vocab = frozenset(bytes(z["cue_vocab"]).decode("utf-8").split("\n"))
        cue = KeyTable(z["cue_keys"], z["cue_weights"])
        source = Weights(bytes(z["source_names"]), z["source_weights"])
    return Model(vocab, cue, Perceptron(source))
