"""Check that the trainers still reproduce the shipped weights (issue 15).

Usage: ``python tools/check_trainers.py [attribution] [ner]`` (default: both). Retrains into a
temporary directory and compares with ``brief/actors/data``: the attribution file byte for byte
(its zip has fixed timestamps), the NER file array by array (``np.savez_compressed`` stamps the
time of writing). Exit 0 when all match, 1 on a difference, 77 (skipped) when
``../shared/eval`` is absent, as on CI.

Why a script and not a test: a full retrain takes minutes (attribution ~5 min, NER longer on a
loaded machine), and a subset could not be compared with the shipped file. Run it after any change
to ``cues.lemma``, ``brief/text/lexicon.py``, ``brief/actors/features.py`` or
``brief/actors/attribution/features.py``: the shipped weights depend on their feature strings.
"""

from __future__ import annotations

import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
DATA = ROOT / "brief" / "actors" / "data"
EXIT_SKIPPED = 77  # the automake convention for "skipped"


def same_arrays(a: Path, b: Path) -> bool:
    """Whether two .npz files hold the same arrays (names, dtypes, values), whatever their zip stamps."""
    with np.load(a, allow_pickle=False) as x, np.load(b, allow_pickle=False) as y:
        return sorted(x.files) == sorted(y.files) and all(
            x[k].dtype == y[k].dtype and np.array_equal(x[k], y[k]) for k in x.files)


def check(name: str, out_dir: Path) -> bool:
    """Retrain one model into ``out_dir``; True when it matches the shipped file."""
    if name == "attribution":
        out, shipped = out_dir / "attribution-model.npz", DATA / "attribution-model.npz"
        command = [str(ROOT / "tools" / "train_attribution.py"), str(EVAL / "polnear" / "train"), str(out)]
    else:
        out, shipped = out_dir / "ner-v1.npz", DATA / "ner-v1.npz"
        command = [str(ROOT / "tools" / "train_ner.py"), "--out", str(out)]
    subprocess.run([sys.executable, *command], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    same = filecmp.cmp(out, shipped, shallow=False) if name == "attribution" else same_arrays(out, shipped)
    print(f"{name}: {'reproduces' if same else 'DIFFERS FROM'} {shipped.relative_to(ROOT)}")
    return same


def main(argv: list[str]) -> int:
    names = argv or ["attribution", "ner"]
    if not EVAL.is_dir():
        print(f"skipped: {EVAL} is absent (the training data is not shipped)")
        return EXIT_SKIPPED
    with tempfile.TemporaryDirectory() as tmp:
        results = [check(name, Path(tmp)) for name in names]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
