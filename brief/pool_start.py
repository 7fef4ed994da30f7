"""The pool's fork server started as a report's building begins, when its articles will need a pool.

Why: the fork server imports the reading's modules and loads its weights once (``brief.pool_preload``,
~1.7 CPU-s) before it can fork the first worker, and it used to be started only when the pool was,
after the sentences were split and the pile grouped into stories: those seconds were waited for.
Started first, its loading runs on another core while this process splits and groups. It is
started only when the articles the cache lacks are enough for a pool (``parallel.worker_count``):
a warm run, or one with a few new articles, starts no process at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief import parallel
from brief.cache import ArticleCache
from brief.model import Article


def uncached(articles: Sequence[Article], cache: ArticleCache | None) -> list[Article]:
    """The articles whose reading the cache does not hold (all of them without a cache)."""
    if cache is None:
        return list(articles)
    return [a for a in articles if not cache.holds(a)]


def start_early(articles: Sequence[Article], requested: int | None, cache: ArticleCache | None) -> bool:
    """Start the fork server now if the articles the cache lacks will be read in a pool; whether it was."""
    fresh = uncached(articles, cache)
    if not fresh or parallel.worker_count(fresh, requested) <= 1:
        return False
    context = parallel.pool_context()
    if context.get_start_method() != "forkserver":
        return False  # "spawn": each worker loads itself when the pool starts
    from multiprocessing import forkserver

    parallel.start_resource_tracker()  # with a real stderr (issue 13); the server then reuses it
    forkserver.ensure_running()  # returns once the server is launched; its loading goes on beside this process
    return True
