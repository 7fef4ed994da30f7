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
