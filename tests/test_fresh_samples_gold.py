"""bench/positions_web.py --fresh N: each session's fresh sample of half K (or M) is in the gold, judged whole, and
scores alone (a sample is added to ``SAMPLES`` when it is drawn)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench" / "positions_web.py"
GOLD = ROOT / "bench" / "positions_web_gold.json"
WRONG_TYPES = {"deed", "speaker", "place-thing", "not-cue", "content", "furniture"}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(BENCH), *args], capture_output=True, text=True)


SAMPLES = {58: "fresh84", 59: "fresh89", 60: "fresh94", 61: "fresh97", 62: "fresh99", 63: "fresh101", 64: "fresh103",
           65: "fresh106", 66: "fresh107"}
"""Each session's fresh sample of half K or M (``--fresh N``) and the helper who judged it."""
SIZES = {65: 66, 66: 101}
"""A sample's size when it is not 120: session 65 drew all it could (78 unjudged, at most 3 a page), and so did
session 66 (120 given on half M's 51 pages with positions, at most 3 a page)."""
HALF = {66: "M"}
"""A sample's half when it is not K: session 66's is of half M, L3S-GN1's short pages."""


@pytest.mark.parametrize(("session", "judge"), SAMPLES.items())
def test_a_sessions_sample_is_judged_whole(session: int, judge: str) -> None:
    positions = json.loads(GOLD.read_text(encoding="utf-8"))["positions"]
    sample = [p for p in positions if p.get("fresh", "").startswith(f"session {session} ")]
    assert len(sample) == SIZES.get(session, 120)
    assert {p["half"] for p in sample} == {HALF.get(session, "K")}
    assert max(Counter(p["page"] for p in sample).values()) <= 3
    for p in sample:
        assert p["verdict"] in {"right", "wrong"}
        assert p["verdict"] == "right" or p["type"] in WRONG_TYPES
        assert p["added"] == f"session {session} {judge}: judged by reading the sentence"


@pytest.mark.parametrize("session", SAMPLES)
def test_a_sessions_sample_is_a_choice(session: int, tmp_path: Path) -> None:
    dump = tmp_path / "none.json"
    dump.write_text("[]", encoding="utf-8")
    done = run("--load", str(dump), "--fresh", str(session))
    assert done.returncode == 0, done.stderr
    assert "--fresh" in run("--help").stdout and f"{session}'s" in run("--help").stdout


@pytest.mark.parametrize("session", SAMPLES)
def test_a_sessions_sample_scores_its_own_judgements(session: int, tmp_path: Path) -> None:
    half = HALF.get(session, "K")
    note = f"session {session} sample of half {half} (invented for the test)"
    gold = {"about": "", "positions": [
        {"page": "library.html", "half": half, "actor": "Tomas Ferreira", "kind": "person", "cue": "said",
         "says": "the new reading room would open", "verdict": "right", "fresh": note},
        {"page": "library.html", "half": half, "actor": "library board", "kind": "organization", "cue": "released",
         "says": "the cost of the new wing", "verdict": "wrong", "type": "deed", "fresh": note},
        {"page": "library.html", "half": half, "actor": "Tomas Ferreira", "kind": "person", "cue": "told",
         "says": "the council that the loans had doubled", "verdict": "right", "fresh": f"session {session - 1} sample"},
    ]}
    given = [
        {"page": "library.html", "half": half, "actor": "Tomas Ferreira", "names": ["Tomas Ferreira", "Ferreira"],
         "kind": "person", "cue": "said", "text": "the new reading room would open before the winter",
         "sentence": "City librarian Tomas Ferreira said the new reading room would open before the winter."},
        {"page": "library.html", "half": half, "actor": "library board", "names": ["library board"],
         "kind": "organization", "cue": "released", "text": "the cost of the new wing",
         "sentence": "The library board released the cost of the new wing."},
    ]
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "given.json").write_text(json.dumps(given), encoding="utf-8")
    done = run("--gold", str(tmp_path / "gold.json"), "--load", str(tmp_path / "given.json"), "--fresh", str(session))
    assert done.returncode == 0, done.stderr
    k_line = next(line for line in done.stdout.splitlines() if line.startswith(f"{half}:"))
    assert "precision 0.500 (right 1 / judged 2)" in k_line and "deed 1" in k_line, done.stdout
