"""The code-health tools, run as the README's test command runs them (and so as CI does).

Each check runs its tool on the whole repository in a subprocess with the settings in pyproject.toml,
and fails with the tool's own report, so the failure lists every finding (file:line and rule) to fix.
A tool that is not installed skips its check with the reason; the ``test`` extra installs all three.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
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


def _report(done: subprocess.CompletedProcess[str]) -> str:
    return f"exit {done.returncode}\n{done.stdout}{done.stderr}"


def test_ruff_finds_nothing() -> None:
    done = _run("ruff", ["-m", "ruff", "check", "--no-fix", "--output-format", "concise", "."])
    assert done.returncode == 0, "ruff (settings in pyproject.toml):\n" + _report(done)


def test_mypy_finds_nothing() -> None:
    done = _run("mypy", ["-m", "mypy"])  # the files and options are [tool.mypy]'s
    assert done.returncode == 0, "mypy (settings in pyproject.toml):\n" + _report(done)


def test_the_import_contracts_hold() -> None:
    # --no-cache: nothing written into the checkout; the graph takes a second or two to build.
    done = _run("importlinter", ["-c", "from importlinter.cli import lint_imports_command as c; c()", "--no-cache"])
    assert done.returncode == 0, "lint-imports:\n" + _report(done)
    assert "0 broken" in done.stdout, _report(done)
