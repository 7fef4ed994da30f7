"""Saved web pages parsed in a process pool before the inputs are read, so a folder of pages loads
on every core.

Reading a page is trafilatura's work, 0.2-0.9 CPU-s a page (three extractions), and the loader reads
its inputs one after another: the 42 dev pages took ~20 s before the reader showed anything, one core
busy and the others idle. Here the pages the article cache does not hold yet are parsed by a pool,
each worker storing its article in the cache exactly as the loader would (``ArticleCache.parsed``);
the loader then reads every page from the cache, in order, as on a warm run. So the report is the one
a single process makes, and nothing is done here without the cache (``--no-cache``) or a pool.
Text files join the pool by the hundreds: a first read of 1,000 of them spent ~7 CPU-s of the loader's
one core cleaning, splitting and storing them before any other work could start.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from brief.cache import ArticleCache, open_cache
from brief.ingest.files import STDIN, NotText, expand_inputs, parse_article, read_input
from brief.ingest.local import is_feed_file, kind_by_name
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
"""Tasks (a page, or a run of text files) handed to each worker at a time (the next goes as one is done, milliseconds apart): quitting the reader
mid-load waits for the task each is on, not for every page queued (the pool finishes what it was given)."""
SNIFF_BYTES = 4096
"""How much of a file tells HTML from text (as ``looks_like_html`` looks)."""
TEXTS_PER_PAGE = 50
"""A text file costs a worker about a fiftieth of what a page does (~6 ms to clean, split, count and store
against ~0.3 CPU-s): new text files count as pages by this many, and go to a worker in runs of this many,
so that 1,000 of them start a pool (20 pages' worth) and the hundred new ones of a day do not."""


def to_parse(inputs: Iterable[str], max_bytes: int, cache: ArticleCache) -> list[tuple[str, bool]]:
    """The local files among ``inputs`` not yet in the cache, in input order, each with whether it is
    an HTML page (else a text file; feeds are left to the loader, which reads their entries)."""
    names, _ = expand_inputs(inputs)  # the loader reports bad inputs; here they are only left out
    found = []
    for name in names:
        if name == STDIN or is_url(name) or kind_by_name(name):
            continue
        try:
            data = read_input(name, max_bytes)
        except NotText:
            continue
        page = looks_like_html(data[:SNIFF_BYTES].decode("utf-8", "replace"))
        if (page or not is_feed_file(data)) and not cache.holds_parsed(data, name):
            found.append((name, page))
    return found


def batches(files: Sequence[tuple[str, bool]]) -> list[list[str]]:
    """The pool's tasks: each page alone, consecutive text files in runs of up to ``TEXTS_PER_PAGE``."""
    out: list[list[str]] = []
    run: list[str] = []
    for name, page in files:
        if page:
            out.append([name])
            continue
        run.append(name)
        if len(run) == TEXTS_PER_PAGE:
            out.append(run)
            run = []
    return out + [run] if run else out


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


def _parse_into_cache(names: Sequence[str], max_bytes: int, cache_dir: str | None) -> dict[str, str]:
    """In a worker: parse each file and store it in the article cache; why those that are no article
    are not, by name (the cache keeps no refusals: the loader is told, and does not parse them again)."""
    cache = _worker_cache(cache_dir)
    refused: dict[str, str] = {}
    if cache is None:
        return refused
    for name in names:
        try:
            cache.parsed(read_input(name, max_bytes), 1, name, parse_article)
        except NotText as reason:
            refused[name] = str(reason)
    return refused


def prefetch_pages(
    inputs: Sequence[str],
    max_bytes: int,
    cache_dir: str | None,
    workers: int | None,
    progress: Callable[[int, int], None] | None = None,
) -> Prefetched:
    """Parse the inputs' new HTML pages (and text files, when they are many) in a pool, into the article cache."""
    cache = open_cache(True, cache_dir)
    if cache is None:
        return Prefetched(0, {})
    files = to_parse(inputs, max_bytes, cache)
    pages = sum(page for _, page in files)
    if len(files) - pages < TEXTS_PER_PAGE:  # not one run of them: parsed by the loader in no time
        files = [(name, page) for name, page in files if page]
    size = pool_size(pages + (len(files) - pages) // TEXTS_PER_PAGE, workers)
    if not size:
        return Prefetched(0, {})
    if progress:
        progress(0, len(files))  # the pool's start takes a second or two: say what is coming
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    from brief.parallel import start_resource_tracker

    start_resource_tracker()
    context = multiprocessing.get_context("spawn")
    refused: dict[str, str] = {}
    waiting = iter(batches(files))
    with ProcessPoolExecutor(size, mp_context=context) as pool:
        running: dict[Future[dict[str, str]], list[str]] = {}
        done = 0
        while True:
            for names in waiting:  # a few tasks per worker at a time: quitting waits for those only
                running[pool.submit(_parse_into_cache, names, max_bytes, cache_dir)] = names
                if len(running) >= size * IN_FLIGHT_PER_WORKER:
                    break
            if not running:
                break
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                done += len(running.pop(future))
                refused.update(future.result())
                if progress:
                    progress(done, len(files))
    return Prefetched(len(files), refused)


@dataclass(frozen=True)
class Prefetched:
    """How many files (pages and texts) the pool parsed, and why those that are no article were refused, by name."""

    parsed: int
    refused: Mapping[str, str]

    def parse(self, parse: Parse) -> Parse:
        """``parse``, but raising at once for a page the pool found is no article."""

        def parse_or_refuse(data: bytes, id: int, name: str) -> tuple[Article, list[str]]:
            if name in self.refused:
                raise NotText(self.refused[name])
            return parse(data, id, name)

        return parse_or_refuse
