"""bench/malformed_positions.py reads the eval layout and ends with its summary line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "malformed_positions.py"

ARTICLE = (
    "Harbour Minister Anna Kowalski said on Monday that the new ferry terminal would open in the spring. "
    "The port authority has not yet released the cost of the terminal, which was built in two years. "
    "Kowalski had to explain the delay to the council, and she told reporters that the budget was balanced. "
    "Critics of the plan were not fond of the new timetable, which cuts the night crossings."
)


def test_reads_the_eval_layout_and_prints_its_line(tmp_path: Path) -> None:
    text = tmp_path / "polnear" / "dev" / "text"
    text.mkdir(parents=True)
    (text / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    done = subprocess.run([sys.executable, str(BENCH), str(tmp_path)], capture_output=True, text=True, check=True)
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("malformed-positions: 0/") and last.endswith(" positions in 1 articles"), done.stdout
    assert int(last.split("/")[1].split()[0]) >= 2  # Kowalski's two statements at least


def test_no_articles_is_a_one_line_error(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(BENCH), str(tmp_path)], capture_output=True, text=True)
    assert done.returncode != 0 and "no articles" in done.stderr and "Traceback" not in done.stderr
