"""Per-article and per-story work on every core: each article's summary, mentions and positions,
and each multi-article story's briefing.

Each article is read independently of the others, so on hundreds of articles the work is split
into chunks of consecutive articles and handed to a pool of processes (threads would share one
interpreter lock). A story's briefing needs only its own articles, so the stories told by several
articles (whose integer program is the costliest step of a run) go to the same pool, first and
largest first, while this process briefs the one-article stories. Workers are forked from a fork server
that loaded the reading's modules and weights once (``pool_context``; safe from the reader's threads,
as the server is a fresh process with none), or started fresh ("spawn") where there is no fork server,
and load the tagger and attribution weights once. The functions are deterministic, so
the report is identical to a single-process run; a test checks it. Small inputs stay in-process:
starting workers and loading their weights costs about a second.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from brief.cache import ArticleCache, Entry, summary_name
from brief.model import Article, BriefingItem, Sentence, Summary
from brief.summarize import registry
from brief.text.sentences import split_article

if TYPE_CHECKING:
    from concurrent.futures import Future  # ~5 ms to import: only the pool needs it
    from multiprocessing.context import BaseContext

    from brief.actors.extract import ArticleActors
    from brief.actors.title_entities import TitleReading

Submit = Callable[..., "Future[Any]"]
"""A pool's ``submit``: what a stage running beside the per-article work hands its own tasks to."""

Beside = Callable[[Submit | None], Callable[[], None]]
"""A stage that runs beside the per-article work (the stories' briefings): called with the pool's
``submit`` (None without a pool) before any article is handed out, so that its tasks go first, it
returns what this process does while the pool works (its own share, then collecting its tasks)."""

WORKERS_ENV = "BRIEF_WORKERS"
"""Environment override: 1 forces one process, N > 1 forces a pool of N (even on small inputs)."""

STRICT_ENV = "BRIEF_STRICT"
"""Environment switch (the tests set it; BRIEF_DEBUG does too): a bug met while reading an article's
actors raises instead of becoming a line in ``meta.warnings``."""

STRICT_NAMES = (STRICT_ENV, "BRIEF_DEBUG")
"""The environment a worker reads (``strict``), handed to it as the pool's process has it: a worker
forked from the fork server has the server's environment, which may be older."""


MIN_CHARACTERS = 400_000
"""Below this much text (about a hundred news articles) one process is faster than a pool."""

MAX_WORKERS = 8
CHUNKS_PER_WORKER = 6
"""Enough chunks to keep workers evenly busy; few enough that pickling stays a small cost."""
IN_FLIGHT_PER_WORKER = 1
"""Chunks handed to each worker at a time (the next goes as one is done, milliseconds apart): quitting
the reader mid-run waits for the chunk each worker is on, not for every chunk queued (a process pool
finishes whatever it was given before the interpreter may exit)."""


@dataclass(frozen=True)
class ArticleResult:
    """What reading one article yields (its sentences are not sent back: the caller has them)."""

    article: int
    summary: Summary
    caps: list[registry.Capped] = field(default_factory=list)
    found: ArticleActors | None = None
    """The article's mentions and positions, when actors were asked for."""
    warnings: list[str] = field(default_factory=list)
    """A bug met while reading it, in one line (see STRICT_ENV)."""
    title: TitleReading | None = None
    """Its headline's words and tagged names (``title_entities``), which the reading worked out: handed back
    from a worker so that the story actors do not tag every headline again in the main process."""


def read_article(
    article: Article, sentences: Sequence[Sentence] | None, method: str, count: int, actors: bool
) -> ArticleResult:
    """One article's summary and (when asked) mentions and positions.

    A worker splits the article again rather than receive its sentences: segmenting is cheaper
    than pickling them.
    """
    sents = tuple(sentences) if sentences is not None else split_article(article)
    caps: list[registry.Capped] = []
    summary = registry.summarize_article(article.id, sents, count, method, caps)
    found = None
    title = None
    warnings: list[str] = []
    if actors:
        from brief.actors.extract import ENGLISH, nothing_found
        from brief.actors.extract import read_article as read_actors
        from brief.actors.model_files import ModelMissing
        from brief.actors.title_entities import title_entities

        try:
            found = read_actors(article, sents)
            if article.language == ENGLISH:  # the headline was read with the names (none are read in others)
                title = title_entities(article.title)
        except ModelMissing:  # the install, not this article: stops the run (cli.py prints one line)
            raise
        except Exception as exc:  # a bug: raised under $BRIEF_STRICT (the tests), one warning line for users
            if strict():
                raise
            found = nothing_found()
            reason = " ".join(f"{type(exc).__name__}: {exc}".split())
            warnings.append(f"{article.path or article.title}: names and positions not read ({reason}); "
                            "this is a bug in brief, please report it")
    return ArticleResult(article.id, summary, caps, found, warnings, title)


def strict() -> bool:
    """Whether a bug in an article's reading raises ($BRIEF_STRICT or $BRIEF_DEBUG set, not "0")."""
    return any(os.environ.get(name, "") not in ("", "0") for name in STRICT_NAMES)


def worker_count(articles: Sequence[Article], requested: int | None = None) -> int:
    """How many processes to use: ``requested`` or $BRIEF_WORKERS if set, else by input size and cores."""
    if requested is None:
        env = os.environ.get(WORKERS_ENV, "").strip()
        if env.isdigit():
            requested = int(env)
    if requested is not None:
        return max(1, requested)
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    if cores < 2 or sum(len(a.text) for a in articles) < MIN_CHARACTERS:
        return 1
    return min(cores, MAX_WORKERS)


def _chunks(articles: Sequence[Article], n: int) -> list[list[Article]]:
    """About ``n`` runs of consecutive articles of similar total length."""
    total = sum(len(a.text) for a in articles) or 1
    size = total / n
    out: list[list[Article]] = [[]]
    filled = 0
    for a in articles:
        if out[-1] and filled >= size * len(out):
            out.append([])
        out[-1].append(a)
        filled += len(a.text)
    return out


_TRACKER_LOCK = threading.Lock()


def start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real standard error, once per process.

    The tracker is spawned with ``sys.stderr.fileno()`` among the descriptors it keeps. Inside the
    reader, Textual has replaced ``sys.stderr`` with a capture whose ``fileno()`` is -1, and
    spawning then fails with "bad value(s) in fds_to_keep" (issue 13). The tracker is started here,
    in the loader's thread, with the process's own stderr put back for the moment it takes; once it
    runs, the pool reuses it. (Textual writes the screen to its own handle, not to ``sys.stderr``.)
    """
    from multiprocessing import resource_tracker

    with _TRACKER_LOCK:
        try:
            usable = sys.stderr is not None and sys.stderr.fileno() >= 0
        except (AttributeError, OSError, ValueError):
            usable = True  # no fileno at all: the tracker leaves stderr out by itself
        if usable:
            resource_tracker.ensure_running()
            return
        captured = sys.stderr
        sys.stderr = sys.__stderr__
        try:
            resource_tracker.ensure_running()
        finally:
            sys.stderr = captured


POOL_PRELOAD = "brief.pool_preload"
"""The module the fork server imports before it forks the first worker (the reading, loaded once)."""


def pool_context() -> BaseContext:
    """The pool's processes: forked from a fork server that imported ``POOL_PRELOAD`` where the OS has
    one (each "spawn" worker imported and loaded everything itself, ~1 CPU-s a worker), else "spawn".

    The server is started with the first pool and serves every later one of this process (the reader's).
    """
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([POOL_PRELOAD])  # read when the server starts: a running one keeps its own
    return context


@dataclass(frozen=True)
class StoryBrief:
    """A story's briefing as ``brief_story`` makes it, with the notes of a capped method."""

    items: tuple[BriefingItem, ...]
    caps: list[registry.Capped] = field(default_factory=list)


def brief_story(
    members: Sequence[Article], sentences: Mapping[int, Sequence[Sentence]] | None,
    budget: int | None, words: int | None, order: str,
) -> StoryBrief:
    """One story's briefing from its own articles (``budget`` sentences or ``words`` words), in
    ``order`` ("date": oldest cited article first). The same function in this process and in a
    worker, which is given no ``sentences`` and splits the articles again (cheaper than pickling)."""
    from brief.ingest.dates import order_by_date
    from brief.summarize.briefing import build_briefing

    own = {a.id: tuple(sentences[a.id]) if sentences is not None else split_article(a) for a in members}
    caps: list[registry.Capped] = []
    items = build_briefing(members, own, sentences_budget=budget, words=words, caps=caps)
    if order == "date":
        items = order_by_date(items, {a.id: a.date for a in members})
    return StoryBrief(items, caps)


def _warm(actors: bool, strictness: Mapping[str, str] | None = None) -> None:
    """Worker start-up: the collector's threshold as the main process has it (a fresh "spawn" worker
    starts at CPython's 700, and its young passes cost ~2.5% of reading an article), ``strictness``
    (the pool's process's ``STRICT_NAMES`` that are set, when given), and the weights loaded once,
    before the first chunk arrives."""
    from brief.pipeline import collect_less

    collect_less()
    if strictness is not None:
        for name in STRICT_NAMES:
            if name in strictness:
                os.environ[name] = strictness[name]
            else:
                os.environ.pop(name, None)
    if actors:
        from brief.actors import attribution, ner

        ner.model()
        attribution.load_model()


def _read_chunk(articles: list[Article], method: str, count: int, actors: bool) -> list[ArticleResult]:
    return [read_article(a, None, method, count, actors) for a in articles]


def read_articles(
    articles: Sequence[Article],
    method: str,
    count: int,
    actors: bool,
    *,
    workers: int = 1,
    sentences: dict[int, tuple[Sentence, ...]] | None = None,
    progress: Callable[[int, int], None] | None = None,
    meanwhile: Beside | None = None,
    cache: ArticleCache | None = None,
    readings: set[int] | None = None,
    known: Mapping[int, tuple[int, ...]] | None = None,
) -> Iterator[ArticleResult]:
    """Every article's result, in article order; in a pool of ``workers`` processes when > 1.

    ``meanwhile`` runs beside the pool's work (the stories' briefings, which need every article's
    sentences but none of the per-article results; see ``Beside``); ``progress(done, total)`` counts articles.
    With a ``cache``, articles read before are taken from it here and only the others go to the
    pool, sized for them; their readings are stored as they come back. ``readings`` (with a cache):
    the articles whose reading is wanted (the others' stories have their actors kept), None for all;
    an article outside it that the cache holds comes with its summary only: its reading is not
    decoded; one whose summary is ``known`` (kept with its story) as well, its entry is not even opened.
    Without actors (the reader's first pass) the cache gives the summaries it holds, and nothing is stored.
    """
    if cache is None or not (actors or count):
        yield from _read_uncached(articles, method, count, actors, workers, sentences, progress, meanwhile)
        return

    def wanted(article: Article) -> bool:
        return actors and (readings is None or article.id in readings)

    given = {a.id: known[a.id] for a in articles if known and a.id in known and not wanted(a)}
    cached = {a.id: entry for a in articles
              if a.id not in given and (entry := cache.get(a, reading=wanted(a))) is not None}
    fresh = [a for a in articles if a.id not in cached and a.id not in given]
    if workers > 1 and len(fresh) < len(articles):
        # A warm run needs no pool (~1 s to start), also when every story kept its actors and its
        # summaries (then no entry is opened: ``cached`` is empty and all are ``given``).
        workers = min(workers, worker_count(fresh)) if fresh else 1
    by_id = {a.id: a for a in articles}
    total = len(articles)
    done = 0
    order = iter(articles)
    name = summary_name(method, count)

    def hits_before(article_id: int | None) -> Iterator[ArticleResult]:
        nonlocal done
        for a in order:
            if a.id == article_id:
                return
            if a.id in given:
                yield ArticleResult(a.id, Summary(a.id, method, given[a.id]))
            else:
                hit = _from_cache(a, sentences.get(a.id) if sentences else None, method, count, cached[a.id], cache)
                yield hit if wanted(a) else ArticleResult(hit.article, hit.summary, hit.caps)
            done += 1
            if progress and (done % 10 == 0 or done == total):
                progress(done, total)

    for result in _read_uncached(fresh, method, count, actors, workers, sentences, None, meanwhile):
        yield from hits_before(result.article)
        if actors and not result.warnings:  # without actors (or after a bug) there is no reading to keep
            keep = {name: result.summary.indexes} if count and not result.caps else {}
            cache.put(by_id[result.article], result.found, keep)
        yield result
        done += 1
        if progress and (done % 10 == 0 or done == total):
            progress(done, total)
    yield from hits_before(None)
    if cache.stored:
        cache.evict()


def _from_cache(
    article: Article, sentences: Sequence[Sentence] | None, method: str, count: int, entry: Entry, cache: ArticleCache
) -> ArticleResult:
    """An article read before: its reading from the cache, and its summary too when one was kept for
    this method and count (else computed, and kept; a summary that was capped is not kept)."""
    sents = tuple(sentences) if sentences is not None else split_article(article)
    name = summary_name(method, count)
    picks = entry.summaries.get(name)
    if picks is not None and len(picks) == min(count, len(sents)) and set(picks) <= {s.index for s in sents}:
        return ArticleResult(article.id, Summary(article.id, method, picks), [], entry.found)
    caps: list[registry.Capped] = []
    summary = registry.summarize_article(article.id, sents, count, method, caps)
    if count and not caps:
        cache.keep(article, entry, {**entry.summaries, name: summary.indexes})
    return ArticleResult(article.id, summary, caps, entry.found)


def _read_uncached(
    articles: Sequence[Article],
    method: str,
    count: int,
    actors: bool,
    workers: int,
    sentences: dict[int, tuple[Sentence, ...]] | None,
    progress: Callable[[int, int], None] | None,
    meanwhile: Beside | None,
) -> Iterator[ArticleResult]:
    total = len(articles)
    if workers <= 1:
        if meanwhile is not None:
            meanwhile(None)()
        for done, a in enumerate(articles, 1):
            yield read_article(a, sentences.get(a.id) if sentences else None, method, count, actors)
            if progress and (done % 10 == 0 or done == total):
                progress(done, total)
        return
    from concurrent.futures import ProcessPoolExecutor

    chunks = _chunks(articles, workers * CHUNKS_PER_WORKER)
    start_resource_tracker()
    context = pool_context()
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_warm,
                             initargs=(actors, {n: os.environ[n] for n in STRICT_NAMES if n in os.environ})) as pool:
        beside = meanwhile(pool.submit) if meanwhile is not None else None  # its tasks first: the longest
        feed = _Feed(pool.submit, [(_read_chunk, chunk, method, count, actors) for chunk in chunks],
                     workers * IN_FLIGHT_PER_WORKER)
        try:
            if beside is not None:
                beside()
            done = 0
            for future, chunk in zip(feed.futures(), chunks):
                results = future.result()
                _keep_titles(chunk, results)
                yield from results
                done += len(chunk)
                if progress:
                    progress(done, total)
        finally:
            feed.stop()  # a run given up (the reader quit): no chunk more; the pool ends those it holds


def _keep_titles(articles: Sequence[Article], results: Sequence[ArticleResult]) -> None:
    """The headlines a worker read with its articles, kept for this process's story actors."""
    if any(r.title is not None for r in results):
        from brief.actors.title_entities import keep

        for article, result in zip(articles, results):
            if result.title is not None:
                keep(article.title, result.title)


class _Feed:
    """Tasks handed to a pool ``window`` at a time, the next as one is done, from a thread of its own:
    the feeding goes on while this process briefs its share of the stories (``Beside``)."""

    def __init__(self, submit: Submit, tasks: Sequence[tuple[Any, ...]], window: int) -> None:
        import queue

        self._free = threading.Semaphore(window)
        self._stopped = threading.Event()
        self._given: queue.SimpleQueue[Future[Any] | BaseException] = queue.SimpleQueue()
        self._count = len(tasks)
        threading.Thread(target=self._run, args=(submit, tasks), name="brief-feed", daemon=True).start()

    def _run(self, submit: Submit, tasks: Sequence[tuple[Any, ...]]) -> None:
        try:
            for task in tasks:
                self._free.acquire()
                if self._stopped.is_set():
                    return
                future = submit(*task)
                future.add_done_callback(lambda _: self._free.release())
                self._given.put(future)
        except BaseException as error:  # a pool shut down or broken: raised where the results are read
            self._given.put(error)

    def futures(self) -> Iterator[Future[Any]]:
        """The tasks' futures, in task order, as they are handed out."""
        for _ in range(self._count):
            given = self._given.get()
            if isinstance(given, BaseException):
                raise given
            yield given

    def stop(self) -> None:
        """Hand out nothing more."""
        self._stopped.set()
        self._free.release()
