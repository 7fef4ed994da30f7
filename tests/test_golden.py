"""The printed briefing of the seeds, compared with a stored copy, so that a change in output is
seen in review. After an intended change: `python -m brief --print seeds/ > tests/golden/seeds.txt`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_seeds_briefing_is_as_stored() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "brief", "--print", "seeds/"], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    expected = (ROOT / "tests" / "golden" / "seeds.txt").read_text(encoding="utf-8")
    assert result.stdout == expected, "output changed: if intended, regenerate tests/golden/seeds.txt (see docstring)"
