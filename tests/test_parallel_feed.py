"""The actors pool hands each worker one chunk at a time: quitting the reader mid-run waits for the
chunks the workers hold, not for every chunk queued (a pool finishes all it was given)."""

from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Generator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, cast

import pytest

from brief import parallel
from brief.ingest.text import article_from_text
from brief.model import Article

WAIT = 30.0
"""A bound on every wait, so a broken run fails instead of hanging (states are waited for, not slept)."""

ARTICLES = [
    article_from_text(f"The port of town {n} reopened on Monday after a strike of {n + 2} days. "
                      f"Dockers said the night-shift bonus was restored. Ships queued at anchor.", n, f"{n}.txt")
    for n in range(1, 25)
]
WORKERS = 2


class Pool(ThreadPoolExecutor):
    """The process pool's stand-in (threads see the test's gates), counting what it is given."""

    given: list[concurrent.futures.Future[Any]] = []
    closing = threading.Event()

    def __init__(self, workers: int, mp_context: object = None, **kwargs: Any) -> None:
        super().__init__(workers, **kwargs)

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> concurrent.futures.Future[Any]:
        future = super().submit(fn, *args, **kwargs)
        with CHANGED:
            Pool.given.append(future)
            CHANGED.notify_all()
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        Pool.closing.set()
        super().shutdown(wait, cancel_futures=cancel_futures)


CHANGED = threading.Condition()


def until(test: Any) -> None:
    with CHANGED:
        assert CHANGED.wait_for(test, WAIT), "the state never came"


@pytest.fixture
def gated(monkeypatch: pytest.MonkeyPatch) -> list[threading.Event]:
    """Chunks that finish only when the test opens their gate (chunk n: the one holding article ``n``'s run)."""
    Pool.given, Pool.closing = [], threading.Event()
    gates = [threading.Event() for _ in ARTICLES]
    read = parallel._read_chunk

    def held(articles: list[Article], *args: Any) -> list[parallel.ArticleResult]:
        assert gates[articles[0].id - 1].wait(WAIT)
        return read(articles, *args)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)
    monkeypatch.setattr(parallel, "_read_chunk", held)
    monkeypatch.setattr(parallel, "start_resource_tracker", lambda: None)
    return gates


def test_the_pool_holds_one_chunk_per_worker_and_a_quit_waits_for_those_only(gated: list[threading.Event]) -> None:
    chunks = parallel._chunks(ARTICLES, WORKERS * parallel.CHUNKS_PER_WORKER)
    assert len(chunks) > 2 * WORKERS
    gated[chunks[0][0].id - 1].set()
    run = cast(Generator[parallel.ArticleResult, None, None],
               parallel.read_articles(ARTICLES, "position", 1, False, workers=WORKERS))
    first = next(run)
    assert first.article == 1
    until(lambda: len(Pool.given) == WORKERS + 1)  # the first chunk done, the next handed out
    held = list(Pool.given)
    quitting = threading.Thread(target=run.close)  # the reader quits mid-run
    quitting.start()
    assert Pool.closing.wait(WAIT)
    for chunk in chunks[1 : WORKERS + 1]:  # the workers finish what they hold
        gated[chunk[0].id - 1].set()
    quitting.join(WAIT)
    assert not quitting.is_alive() and Pool.given == held, "the quit waited for chunks never handed out"


def test_fed_one_at_a_time_the_results_are_those_of_one_process(gated: list[threading.Event]) -> None:
    for gate in gated:
        gate.set()
    pooled = list(parallel.read_articles(ARTICLES, "position", 2, False, workers=WORKERS))
    alone = list(parallel.read_articles(ARTICLES, "position", 2, False, workers=1))
    assert pooled == alone and [r.article for r in pooled] == [a.id for a in ARTICLES]
