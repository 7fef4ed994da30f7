"""Check that the trainers still reproduce the shipped weights (issues 15 and 17).

Usage: ``python tools/check_trainers.py [attribution] [ner] [concepts]`` (default: all three).
Retrains into a temporary directory and compares with the shipped files: the attribution file
(``brief/actors/data``) byte for byte (its zip has fixed timestamps), the NER file array by array
(``np.savez_compressed`` stamps the time of writing), the briefing's learned concept worth
(``brief/summarize/data/concept_weights.json``, plain JSON with rounded numbers) byte for byte.
Exit 0 when all match, 1 on a difference, 77 (skipped) when ``../shared/eval`` is absent, as on CI.

Why a script and not a test: a full retrain takes minutes (attribution ~5 min, NER longer on a
loaded machine), and a subset could not be compared with the shipped file. Run it after any change
to ``cues.tagger_stem``, ``build_doc(as_trained=True)``, ``brief/text/lexicon.py``,
``brief/actors/features.py``, ``brief/actors/gazetteer.py`` or ``brief/actors/attribution/features.py``:
the shipped weights depend on their feature strings (``tests/test_attribution_probe.py`` and
``tests/test_ner_probe.py`` fail on such a change: both weights files store a fingerprint of their
features, ``brief/actors/attribution/probe.py`` and ``brief/actors/ner_probe.py``); and
the concept worth after any change to ``brief/summarize/concept_model.py``'s features, to how
``salience.features`` counts concepts, to the sentence splitter or to ``relative_time`` (seconds).
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
CONCEPTS = ROOT / "brief" / "summarize" / "data" / "concept_weights.json"
MODELS = ("attribution", "ner", "concepts")
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
    elif name == "concepts":
        out, shipped = out_dir / "concept_weights.json", CONCEPTS
        command = [str(ROOT / "tools" / "train_concept_weights.py"), str(EVAL / "duc2004" / "dev.jsonl"), "--out", str(out)]
    elif name == "ner":
        out, shipped = out_dir / "ner-v1.npz", DATA / "ner-v1.npz"
        command = [str(ROOT / "tools" / "train_ner.py"), "--out", str(out)]
    else:
        raise ValueError(f"no trainer named {name!r} (known: {', '.join(MODELS)})")
    subprocess.run([sys.executable, *command], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    same = same_arrays(out, shipped) if name == "ner" else filecmp.cmp(out, shipped, shallow=False)
    shown = shipped.relative_to(ROOT) if shipped.is_relative_to(ROOT) else shipped
    print(f"{name}: {'reproduces' if same else 'DIFFERS FROM'} {shown}")
    return same


def main(argv: list[str]) -> int:
    names = argv or list(MODELS)
    if not EVAL.is_dir():
        print(f"skipped: {EVAL} is absent (the training data is not shipped)")
        return EXIT_SKIPPED
    with tempfile.TemporaryDirectory() as tmp:
        results = [check(name, Path(tmp)) for name in names]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
