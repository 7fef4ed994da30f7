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


ABRIDGED = "[…]"


def _shown_lines(readme: str) -> list[str]:
    """The README's seeds output without its abridgment: a line holding ``[…]`` and the lines that
    continue it (indented deeper) stand for lines left out."""
    block = readme.split("<!-- seeds-output -->\n```\n", 1)[1].split("\n```", 1)[0].splitlines()
    shown: list[str] = []
    cut_indent: int | None = None
    for line in block:
        indent = len(line) - len(line.lstrip())
        if ABRIDGED in line:
            cut_indent = indent
            continue
        if cut_indent is not None and line.strip() and indent > cut_indent:
            continue
        cut_indent = None
        shown.append(line)
    return shown


def test_readme_shows_the_seeds_output_as_stored() -> None:
    """The README promises real output, abridged only where marked: every line it shows is the stored
    output's, in the same order (it once kept a briefing two sessions old)."""
    golden = (ROOT / "tests" / "golden" / "seeds.txt").read_text(encoding="utf-8").splitlines()
    shown = _shown_lines((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(shown) > 40
    remaining = iter(golden)
    missing = [line for line in shown if not any(line == g for g in remaining)]
    assert not missing, f"README's seeds output is not the stored output; first line not found in order: {missing[0]!r}"
