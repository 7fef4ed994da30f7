"""Saved web pages parsed in a process pool before the inputs are read, so a folder of pages loads
on every core.

Reading a page is trafilatura's work, 0.2-0.9 CPU-s a page (three extractions), and the loader reads
its inputs one after another: the 42 dev pages took ~20 s before the reader showed anything, one core
busy and the others idle. Here the pages the article cache does not hold yet are parsed by a pool,
each worker storing its article in the cache exactly as the loader would (``ArticleCache.parsed``);
the loader then reads every page from the cache, in order, as on a warm run. So the report is the one
a single process makes, and nothing is done here without the cache (``--no-cache``) or a pool.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from brief.cache import ArticleCache, open_cache
from brief.ingest.files import STDIN, NotText, expand_inputs, parse_article, read_input
from brief.ingest.sniff import looks_like_html
from brief.ingest.web import is_url
from brief.model import Article

Parse = Callable[[bytes, int, str], tuple[Article, list[str]]]

MIN_PAGES = 8
"""Fewer new pages than this are parsed in this process: a pool's start (each worker imports
trafilatura and lxml, ~1 CPU-s) costs about as much as parsing a few pages."""
PAGES_PER_WORKER = 4
"""A worker is worth starting for this many pages: fewer, and it spends most of its life starting."""
IN_FLIGHT_PER_WORKER = 1
"""Pages handed to each worker at a time (the next goes as one is done, milliseconds apart): quitting the reader
mid-load waits for the page each is on, not for every page queued (the pool finishes what it was given)."""
SNIFF_BYTES = 4096
"""How much of a file tells HTML from text (as ``looks_like_html`` looks)."""


def pages_to_parse(inputs: Iterable[str], max_bytes: int, cache: ArticleCache) -> list[str]:
    """The local files among ``inputs`` that are HTML and not yet in the cache, in input order."""
    names, _ = expand_inputs(inputs)  # the loader reports bad inputs; here they are only left out
    pages = []
    for name in names:
        if name == STDIN or is_url(name):
            continue
        try:
            data = read_input(name, max_bytes)
        except NotText:
            continue
        if not looks_like_html(data[:SNIFF_BYTES].decode("utf-8", "replace")):
            continue  # text files parse in milliseconds
        if not cache.holds_parsed(data, name):
            pages.append(name)
    return pages


def pool_size(pages: int, requested: int | None) -> int:
    """Workers for ``pages`` new pages: none under MIN_PAGES or when one process is asked for."""
    if requested == 1 or pages < MIN_PAGES:
        return 0
    if requested is None:
        env = os.environ.get("BRIEF_WORKERS", "").strip()
        requested = int(env) if env.isdigit() else None
    if requested == 1:
        return 0
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    workers = requested or min(cores, 8)
    return min(workers, pages // PAGES_PER_WORKER) if workers > 1 else 0


@lru_cache(maxsize=1)
def _worker_cache(cache_dir: str | None) -> ArticleCache | None:
    return open_cache(True, cache_dir)


def _parse_into_cache(name: str, max_bytes: int, cache_dir: str | None) -> str | None:
    """In a worker: parse one page and store it in the article cache; why it is not an article, if
    it is not (the cache keeps no refusals: the loader is told, and does not parse it again)."""
    cache = _worker_cache(cache_dir)
    if cache is None:
        return None
    try:
        cache.parsed(read_input(name, max_bytes), 1, name, parse_article)
    except NotText as refused:
        return str(refused)
    return None


def prefetch_pages(
    inputs: Sequence[str],
    max_bytes: int,
    cache_dir: str | None,
    workers: int | None,
    progress: Callable[[int, int], None] | None = None,
) -> Prefetched:
    """Parse the inputs' new HTML pages in a pool, into the article cache."""
    cache = open_cache(True, cache_dir)
    if cache is None:
        return Prefetched(0, {})
    pages = pages_to_parse(inputs, max_bytes, cache)
    size = pool_size(len(pages), workers)
    if not size:
        return Prefetched(0, {})
    if progress:
        progress(0, len(pages))  # the pool's start takes a second or two: say what is coming
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    from brief.parallel import start_resource_tracker

    start_resource_tracker()
    context = multiprocessing.get_context("spawn")
    refused: dict[str, str] = {}
    waiting = iter(pages)
    with ProcessPoolExecutor(size, mp_context=context) as pool:
        running: dict[Future[str | None], str] = {}
        done = 0
        while True:
            for name in waiting:  # a few pages per worker at a time: quitting waits for those only
                running[pool.submit(_parse_into_cache, name, max_bytes, cache_dir)] = name
                if len(running) >= size * IN_FLIGHT_PER_WORKER:
                    break
            if not running:
                break
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                name = running.pop(future)
                reason = future.result()
                if reason is not None:
                    refused[name] = reason
                done += 1
                if progress:
                    progress(done, len(pages))
    return Prefetched(len(pages), refused)


@dataclass(frozen=True)
class Prefetched:
    """How many pages the pool parsed, and why those that are no article were refused, by name."""

    parsed: int
    refused: Mapping[str, str]

    def parse(self, parse: Parse) -> Parse:
        """``parse``, but raising at once for a page the pool found is no article."""

        def parse_or_refuse(data: bytes, id: int, name: str) -> tuple[Article, list[str]]:
            if name in self.refused:
                raise NotText(self.refused[name])
            return parse(data, id, name)

        return parse_or_refuse
