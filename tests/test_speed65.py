"""Speed rewrites of session 52 (issue 14) that must find exactly what the code they replace found."""

from __future__ import annotations

import gc

from brief import parallel
from brief.pipeline import GC_YOUNG_THRESHOLD


def test_a_worker_collects_as_rarely_as_the_main_process() -> None:
    """A pool's worker ("spawn": a fresh interpreter, CPython's young threshold of 700) raises the collector's
    threshold at its start, as ``pipeline.load`` does in the main process."""
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, *before[1:])
        parallel._warm(False)
        assert gc.get_threshold()[0] == GC_YOUNG_THRESHOLD
    finally:
        gc.set_threshold(*before)
