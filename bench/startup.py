"""How long ``brief seeds/`` takes from launch until the briefing is on screen.

Each run is a fresh process (so imports count, as they do for a user): the parent starts the clock,
the child imports what the CLI imports, runs the reader headless through ``run_test`` and reports
when each stage is reached; the parent notes when the child says the briefing is populated.

    python bench/startup.py [--runs N] [PATHS...]

Prints a table of the stages (median over the runs) and ends with ``startup to briefing: 0.NN s``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import asyncio, json, sys, time
start = float(sys.argv[1]); paths = json.loads(sys.argv[2])
def now() -> float:
    return time.time() - start
marks = {"interpreter started": now()}
from brief import pipeline
marks["core imported (as the CLI does)"] = now()
from brief.tui.app import make_app
from brief.tui.briefing import BriefingList
marks["reader imported (textual)"] = now()

async def main() -> None:
    app = make_app(paths, pipeline.Options())
    async with app.run_test(size=(100, 30)) as pilot:
        marks["window shown (loading panel)"] = now()
        briefing = app.query_one(BriefingList)
        while briefing.option_count == 0:
            if not app.is_running:
                raise SystemExit("the reader closed before showing a briefing")
            await asyncio.sleep(0.005)
        await pilot.pause()
        marks["briefing on screen"] = now()
        print("READY " + json.dumps(marks), flush=True)
        await pilot.press("q")

asyncio.run(main())
"""


def one_run(paths: list[str]) -> tuple[dict[str, float], float]:
    """Child-reported stage times, and the parent's clock when the briefing was reported."""
    start = time.time()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, repr(start), json.dumps(paths)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    marks: dict[str, float] | None = None
    seen = 0.0
    for line in child.stdout:
        if line.startswith("READY "):
            seen = time.time() - start
            marks = json.loads(line[6:])
            break
    _, err = child.communicate(timeout=60)
    if marks is None:
        raise SystemExit(f"startup run failed:\n{err}")
    return marks, seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh processes to time (default: 5)")
    parser.add_argument("paths", nargs="*", default=["seeds"], help="what to open (default: seeds)")
    args = parser.parse_args()

    one_run(args.paths)  # warm the file cache and byte-code so runs compare like for like
    runs = [one_run(args.paths) for _ in range(args.runs)]
    stages = list(runs[0][0])
    print(f"startup of the reader on {' '.join(args.paths)} — median of {args.runs} fresh processes")
    print(f"{'stage':<36} {'at (s)':>8} {'min':>7} {'max':>7}")
    for stage in stages:
        values = [marks[stage] for marks, _ in runs]
        print(f"{stage:<36} {statistics.median(values):>8.3f} {min(values):>7.3f} {max(values):>7.3f}")
    totals = [seen for _, seen in runs]
    print(f"{'parent saw the briefing':<36} {statistics.median(totals):>8.3f} {min(totals):>7.3f} {max(totals):>7.3f}")
    print(f"startup to briefing: {statistics.median(totals):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
