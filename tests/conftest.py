"""Shared fixtures: paths to the seeds and small articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def data() -> Path:
    return DATA


@pytest.fixture(autouse=True, scope="session")
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> object:
    """Every test's caches in one temporary directory, never the user's: later runs of the same
    input read the article cache, so the whole suite also checks that cached readings change nothing."""
    import os

    old = os.environ.get("BRIEF_CACHE_DIR")
    os.environ["BRIEF_CACHE_DIR"] = str(tmp_path_factory.mktemp("brief-cache"))
    yield
    if old is None:
        os.environ.pop("BRIEF_CACHE_DIR", None)
    else:
        os.environ["BRIEF_CACHE_DIR"] = old


@pytest.fixture(autouse=True, scope="session")
def _strict() -> object:
    """Bugs raise in tests: without $BRIEF_STRICT the pipeline turns a failed reading into a warning."""
    import os

    old = os.environ.get("BRIEF_STRICT")
    os.environ["BRIEF_STRICT"] = "1"
    yield
    if old is None:
        os.environ.pop("BRIEF_STRICT", None)
    else:
        os.environ["BRIEF_STRICT"] = old
