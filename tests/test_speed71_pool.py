"""A pool's workers start ready to read (issue 14): forked from a fork server that loaded the reading once,
they read an article exactly as this process does, and as strictly as this process asks."""

from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor

import pytest

from brief import parallel
from brief.ingest.text import article_from_text

_TEXTS = (
    "Oren Halvik, the harbour master of Tessport, said on Tuesday that the ferry pier would close for "
    "repairs. \"The pilings are older than any of us,\" he told the town council. The council's finance "
    "chair, Lina Dovrak, rejected the plan and said the town could not pay for a new pier this year.",
    "The Glenmoor Rowing Club wants a second boathouse on the river. Its captain, Pia Strand, said the "
    "club had outgrown the old one. \"We turn away juniors every spring,\" she said. Residents along the "
    "towpath have asked the county to refuse the permit.",
)


def _loaded() -> tuple[bool, bool]:
    """In a worker: whether the reading's modules and the stories' solver were there before any task."""
    return "brief.actors.extract" in sys.modules, "scipy.optimize" in sys.modules


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(), reason="no fork server here")
def test_a_worker_starts_with_the_reading_loaded() -> None:
    """Each worker is a fork of a server that imported the reading: it imports and loads nothing itself."""
    with ProcessPoolExecutor(2, mp_context=parallel.pool_context()) as pool:
        assert pool.submit(_loaded).result() == (True, True)


def test_a_pool_reads_each_article_as_this_process_does() -> None:
    """Summaries, names and positions from two workers equal those read here, in article order."""
    articles = [article_from_text(text, i, f"story{i}.txt") for i, text in enumerate(_TEXTS * 3)]
    here = list(parallel.read_articles(articles, "position", 2, True, workers=1))
    pooled = list(parallel.read_articles(articles, "position", 2, True, workers=2))
    assert [r.found for r in pooled] == [r.found for r in here]
    assert [r.summary for r in pooled] == [r.summary for r in here]
    assert any(r.found and r.found.positions for r in here)


def test_a_worker_is_as_strict_as_the_process_that_started_the_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """A forked worker has the server's environment, which may be older: the pool hands it the strictness."""
    monkeypatch.setenv(parallel.STRICT_ENV, "1")
    monkeypatch.setenv("BRIEF_DEBUG", "1")
    parallel._warm(False, {})
    assert not parallel.strict()
    parallel._warm(False, {parallel.STRICT_ENV: "1"})
    assert parallel.strict() and os.environ[parallel.STRICT_ENV] == "1"
