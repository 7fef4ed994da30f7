"""The code-health tools, run as the README's test command runs them (and so as CI does).

Each check runs its tool on the whole repository in a subprocess with the settings in pyproject.toml,
and fails with the tool's own report, so the failure lists every finding (file:line and rule) to fix.
A tool that is not installed skips its check with the reason; the ``test`` extra installs all three.

``PENDING`` holds the findings, as of the code-health branch, in files that other work in flight was still
changing (so they could not be fixed there without colliding); each names its fix. The checks fail on any
finding not in it, listing all; after the merges the findings move, the failure lists them, and once fixed
the list is emptied for good. An entry no longer found is a warning, not a failure: numpy's own types
differ between its releases (2.5, on Python 3.12 and later, accepts attribution.py's memoryview).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# mypy on a cold cache takes ~15 s on one loaded core; a hung tool must still end the run.
TOOL_TIMEOUT_S = 600


def _run(module: str, command: list[str]) -> subprocess.CompletedProcess[str]:
    """The tool's exit status and report, run from the repository root on this checkout's sources."""
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (pip install '.[test]' installs it)")
    # PYTHONPATH first: an installed copy of brief in site-packages must not stand in for the checkout.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.run(
        [sys.executable, *command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=TOOL_TIMEOUT_S,
    )


# tool -> (path, line, rule) -> the fix.
PENDING: dict[str, dict[tuple[str, int, str], str]] = {
    "ruff": {
        ("brief/actors/attribution.py", 32, "UP035"): "from collections.abc import Callable, Iterable (ruff check --fix)",
        ("brief/actors/ner.py", 10, "I001"): "import order (ruff check --fix)",
        ("brief/tui/articles.py", 3, "I001"): "import order (ruff check --fix)",
    },
    "mypy": {
        ("brief/actors/phrasing.py", 43, "unused-ignore"): "drop the ignore: lemminflect is in [tool.mypy] overrides",
        ("brief/actors/phrasing.py", 51, "unused-ignore"): "drop the ignore: lemminflect is in [tool.mypy] overrides",
        ("brief/actors/phrasing.py", 58, "unused-ignore"): "drop the ignore: lemminflect is in [tool.mypy] overrides",
        ("brief/actors/features.py", 214, "var-annotated"): "out: list[str] = []",
        ("brief/actors/ner.py", 366, "arg-type"): "arrays: dict[str, Any] (a ** of ndarrays could fill allow_pickle)",
        ("brief/actors/attribution.py", 468, "arg-type"): "self._ends = np.append(...).astype(np.int64).data",
        ("brief/actors/attribution.py", 1003, "index"): "start = c0 if src is None or inverted else min(c0, src[0])",
        ("brief/parallel.py", 72, "unused-ignore"): "drop the ignore: mypy checks as platform linux",
    },
}

_RUFF_LINE = re.compile(r"^(?P<path>[^:\s]+\.py):(?P<line>\d+):\d+: (?P<rule>[A-Z]+\d+)\b")
_MYPY_LINE = re.compile(r"^(?P<path>[^:\s]+\.py):(?P<line>\d+): error: .*\[(?P<rule>[a-z-]+)\]$")


def _report(done: subprocess.CompletedProcess[str]) -> str:
    return f"exit {done.returncode}\n{done.stdout}{done.stderr}"


def _findings(done: subprocess.CompletedProcess[str], pattern: re.Pattern[str]) -> set[tuple[str, int, str]]:
    found = set()
    for line in done.stdout.splitlines():
        match = pattern.match(line.strip())
        if match:
            found.add((match["path"].replace(os.sep, "/"), int(match["line"]), match["rule"]))
    return found


def _check(tool: str, done: subprocess.CompletedProcess[str], pattern: re.Pattern[str]) -> None:
    """No finding but the pending ones, and no failure we could not read; a pending one gone is a warning."""
    found = _findings(done, pattern)
    pending = PENDING[tool]
    new = sorted(found - pending.keys())
    gone = sorted(pending.keys() - found)
    stale = "".join(f"\nno longer found, remove it from PENDING: {p}:{n}: {r}" for p, n, r in gone)
    if stale:
        warnings.warn(f"{tool}:{stale}", stacklevel=2)
    lines = "".join(f"\nnew finding: {p}:{n}: {r}" for p, n, r in new)
    assert not lines, f"{tool} (settings in pyproject.toml):{lines}{stale}\n\n" + _report(done)
    assert done.returncode == 0 or found, f"{tool} failed without findings:\n" + _report(done)


def test_ruff_reports_only_the_pending_findings() -> None:
    done = _run("ruff", ["-m", "ruff", "check", "--no-fix", "--output-format", "concise", "."])
    _check("ruff", done, _RUFF_LINE)


def test_mypy_reports_only_the_pending_findings() -> None:
    done = _run("mypy", ["-m", "mypy"])  # the files and options are [tool.mypy]'s
    _check("mypy", done, _MYPY_LINE)


def test_the_import_contracts_hold() -> None:
    # --no-cache: nothing written into the checkout; the graph takes a second or two to build.
    done = _run("importlinter", ["-c", "from importlinter.cli import lint_imports_command as c; c()", "--no-cache"])
    assert done.returncode == 0, "lint-imports:\n" + _report(done)
    assert "0 broken" in done.stdout, _report(done)
