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


def _shown_lines(readme: str, before: str) -> list[str]:
    """The README's output block right after ``before``, without its abridgment: a line holding ``[…]``
    and the lines that continue it (indented deeper) stand for lines left out."""
    block = readme.split(before, 1)[1].split("```\n", 1)[1].split("\n```", 1)[0].splitlines()
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


def _first_not_in_order(shown: list[str], output: str) -> str | None:
    remaining = iter(output.splitlines())
    return next((line for line in shown if not any(line == o for o in remaining)), None)


README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_shows_the_seeds_output_as_stored() -> None:
    """The README promises real output, abridged only where marked: every line it shows is the stored
    output's, in the same order (it once kept a briefing two sessions old)."""
    shown = _shown_lines(README, "<!-- seeds-output -->")
    assert len(shown) > 40
    golden = (ROOT / "tests" / "golden" / "seeds.txt").read_text(encoding="utf-8")
    assert _first_not_in_order(shown, golden) is None, "README's seeds output is not the stored output"


def test_readme_shows_the_stories_output_as_printed() -> None:
    """The several-stories example is ``brief --print tests/data_stories/`` as it prints today."""
    result = subprocess.run([sys.executable, "-m", "brief", "--print", "tests/data_stories/"], capture_output=True,
                            text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    shown = _shown_lines(README, "With several, `brief --print tests/data_stories/`")
    assert len(shown) > 20
    assert _first_not_in_order(shown, result.stdout) is None, "README's stories example is not today's output"
