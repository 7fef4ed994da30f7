"""The one entry point both faces use: inputs and options in, a Report out.

Knows nothing of terminals or argument parsing; the printer and the reader call the same functions,
and the reader re-runs only the stages a changed option touches.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from brief import __version__, parallel
from brief.cache import ArticleCache, StoryEntry, briefing_name, forget_splits, open_cache, split_of, summary_name
from brief.ingest import dates, web
from brief.ingest.files import DEFAULT_MAX_BYTES, Loaded, load_articles
from brief.model import Actor, Article, BriefingItem, Meta, Report, Sentence, Story, Summary
from brief.pool_start import start_early
from brief.stories import Group, group_articles
from brief.story_cast import CastAsRead
from brief.summarize import registry
from brief.summarize.relative_time import without_relative_time
from brief.text.sentences import split_article

if TYPE_CHECKING:
    from concurrent.futures import Future  # ~5 ms to import: only the pool needs it

    from brief.actors.extract import ArticleActors

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Options:
    """What the user chose; every field has the default a new user gets."""

    method: str = registry.DEFAULT_METHOD
    article_sentences: int = registry.DEFAULT_ARTICLE_SENTENCES
    sentences: int = registry.DEFAULT_BRIEFING_SENTENCES
    words: int | None = None
    actors: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    # Web inputs and ordering (issue 7): URLs, saved pages and feeds.
    order: str = "relevance"  # "relevance" (the briefing's own order) or "date" (oldest first)
    timeout: float = web.DEFAULT_TIMEOUT
    max_entries: int = web.DEFAULT_MAX_ENTRIES
    cache: bool = True  # --no-cache: neither read nor write the web cache nor the article cache
    refresh: bool = False  # --refresh: fetch again, ignoring cached copies
    cache_dir: str | None = None  # None: $BRIEF_CACHE_DIR or the user cache directory
    # Processes for the per-article work: None picks by input size and cores ($BRIEF_WORKERS
    # overrides); 1 keeps everything in this process. The report is the same either way.
    workers: int | None = None
    one_story: bool = False  # --one-story: every article in one story, as before stories (issue 12)


GC_YOUNG_THRESHOLD = 50_000
"""New containers between two of the cyclic collector's young passes (CPython's default is 700).
A run keeps what it loads (articles, sentences, kept readings and stories) alive until the report
is shown, so those passes, and the older ones they trigger, walk live objects and free next to
nothing: a warm run of 1,000 articles spent 0.17 of its ~1.3 CPU-s in them, 0.05 at this threshold
(0.04 at 100,000: no better). Cycles are still collected, just in larger batches."""


def collect_less() -> None:
    """Raise the collector's young threshold to ``GC_YOUNG_THRESHOLD`` (never lower it)."""
    young, *older = gc.get_threshold()
    if young < GC_YOUNG_THRESHOLD:
        gc.set_threshold(GC_YOUNG_THRESHOLD, *older)


class NothingToRead(Exception):
    """No input was usable; carries the one-line problems to show."""

    def __init__(self, errors: Sequence[str]) -> None:
        super().__init__("no usable input")
        self.errors = tuple(errors)


def load(
    inputs: Iterable[str],
    options: Options = Options(),
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
) -> Loaded:
    """Read the inputs; raise NothingToRead when not one article is usable."""
    collect_less()
    step = (lambda done, total: progress("Reading", done, total)) if progress else None
    fetching = web.WebOptions(
        timeout=options.timeout,
        max_bytes=options.max_bytes,
        max_entries=options.max_entries,
        cache=options.cache,
        refresh=options.refresh,
        cache_dir=options.cache_dir,
    )
    cache = open_cache(options.cache, options.cache_dir)  # trouble is told by build_report's
    inputs = list(inputs)
    parsed = None
    if cache is not None:  # saved pages parsed on every core, into the cache the loader reads (brief.prefetch)
        from brief.prefetch import prefetch_pages

        pages = (lambda done, total: progress("Parsing pages", done, total)) if progress else None
        done = prefetch_pages(inputs, options.max_bytes, options.cache_dir, options.workers, pages)
        parsed = cache.parsed if not done.refused else lambda data, id, name, parse: cache.parsed(
            data, id, name, done.parse(parse))
    forget_splits()  # only this load's articles' sentences are kept in memory (split_all)
    loaded = load_articles(inputs, max_bytes=options.max_bytes, stdin=stdin, progress=step, web=fetching,
                           parsed=parsed)
    if not loaded.articles:
        raise NothingToRead(loaded.errors or ("no input given",))
    return loaded


def summarize_articles(
    sentences: Mapping[int, Sequence[Sentence]], method: str, count: int,
    caps: list[registry.Capped] | None = None,
) -> dict[int, Summary]:
    """Each article's summary by the chosen method (``caps`` collects where a slow method was capped)."""
    return {
        article: registry.summarize_article(article, sents, count, method, caps) for article, sents in sentences.items()
    }


def build_report(
    loaded: Loaded,
    options: Options = Options(),
    *,
    progress: Progress | None = None,
) -> Report:
    """Split, group into stories, summarise, brief and find actors: everything the faces show.

    The per-article work (summaries, mentions, positions) runs in a process pool on large inputs
    (brief.parallel), while this process builds each story's briefing; the report is the same
    either way. Each story's briefing and actors come from its own articles only. Unless
    ``--no-cache``, what was computed before (an article's reading and summary, a story's briefing
    and actors) comes from the article cache, and what is new is kept there.
    ``progress(stage, done, total)`` is called as each long stage advances.
    """
    articles = loaded.articles
    # Inputs skipped while others were read are warnings too: stderr and meta.warnings say the same.
    warnings = [f"{error}; skipped" for error in loaded.errors] + list(loaded.warnings)
    warnings.extend(f"{dup}: same story as {orig}; summarized once" for dup, orig in loaded.duplicates)
    cache = open_cache(options.cache, options.cache_dir, warnings)
    if options.actors or options.article_sentences:  # else no article is read (read_articles)
        start_early(articles, options.workers, cache)  # the pool's loading beside the splitting and grouping
    sentences = split_all(articles, progress)
    groups = sort_into_stories(articles, sentences, options, progress, cache)
    by_id = {a.id: a for a in articles}
    kept = kept_stories(groups, by_id, sentences, cache)
    name = _briefing_name(options)
    briefings: list[tuple[BriefingItem, ...] | None] = [k.briefings.get(name) if k else None for k in kept]
    known_briefings = [b is not None for b in briefings]
    briefing_caps: list[registry.Capped] = []

    start = start_briefings(groups, by_id, sentences, options, briefing_caps, progress, known=briefings)

    def brief_all(submit: parallel.Submit | None) -> Callable[[], None]:
        finish = start(submit)

        def collect() -> None:
            briefings[:] = finish()

        return collect

    stage = "Summarizing and finding actors" if options.actors else "Summarizing"
    step = (lambda done, all_: progress(stage, done, all_)) if progress else None
    # A story whose actors are kept needs no reading of its articles (a warm run decodes none), nor
    # its articles' entries when it kept their summaries too.
    unread = [n for n, k in enumerate(kept) if k is None or k.actors is None]  # stories whose actors the cache lacks
    readings = {i for n in unread for i in groups[n].articles}
    summary = summary_name(options.method, options.article_sentences)
    known = kept_summaries(groups, kept, summary, options.article_sentences, sentences)
    cast = CastAsRead(groups, unread if options.actors else (), by_id)
    summaries, caps, found = read_all(
        articles, options, options.article_sentences, options.actors, sentences, step, warnings, meanwhile=brief_all,
        cache=cache, readings=readings, known=known, arrived=cast.arrived,
    )
    warnings.extend(registry.describe_caps(caps))
    warnings.extend(registry.describe_caps(briefing_caps, pooled=True))
    actors = [
        (k.actors if k is not None and k.actors is not None else cast.actors(n, found)) if options.actors else None
        for n, k in enumerate(kept)
    ]
    if cache is not None:
        fresh_briefings = [not was and not briefing_caps for was in known_briefings]  # a capped one is not kept
        picks = {i: s.indexes for i, s in summaries.items()} if not caps and options.article_sentences else {}
        keep_stories(cache, groups, by_id, kept, name, briefings, fresh_briefings, actors, (summary, picks))
        warnings.extend(w for w in cache.warnings if w not in warnings)
    stories = tuple(
        Story(n, group.title, group.articles, story_dates(by_id[i] for i in group.articles), briefing or (),
              story_actors_or_none or (), group.shared)
        for n, (group, briefing, story_actors_or_none) in enumerate(zip(groups, briefings, actors), 1)
    )
    meta = Meta(__version__, options.method, registry.BRIEFING_METHOD, tuple(dict.fromkeys(warnings)))
    return Report(articles, sentences, summaries, stories, meta)


def _briefing_name(options: Options) -> str:
    """What a story's briefing is kept under: everything in the options it depends on."""
    return briefing_name(registry.BRIEFING_METHOD, None if options.words else options.sentences, options.words,
                         options.order)


def kept_stories(
    groups: Sequence[Group], by_id: Mapping[int, Article], sentences: Mapping[int, Sequence[Sentence]],
    cache: ArticleCache | None,
) -> list[StoryEntry | None]:
    """Each story's kept briefings and actors (None when there is none, or no cache). A kept briefing
    that does not quote this run's sentences exactly is dropped (an entry is never trusted)."""
    if cache is None:
        return [None] * len(groups)
    out: list[StoryEntry | None] = []
    for group in groups:
        entry = cache.get_story([by_id[i] for i in group.articles])
        if entry is not None:
            valid = {name: items for name, items in entry.briefings.items() if _quotes(items, sentences)}
            entry = StoryEntry(valid, entry.actors, entry.summaries)
        out.append(entry)
    return out


def kept_summaries(
    groups: Sequence[Group], kept: Sequence[StoryEntry | None], name: str, count: int,
    sentences: Mapping[int, Sequence[Sentence]],
) -> dict[int, tuple[int, ...]]:
    """Articles' summaries (picks) kept in their stories' entries under ``name``, where they fit the article."""
    known: dict[int, tuple[int, ...]] = {}
    for group, entry in zip(groups, kept):
        for i, picks in zip(group.articles, entry.summaries.get(name, ()) if entry is not None else ()):
            own = sentences[i]
            if len(picks) == min(count, len(own)) and all(0 <= p < len(own) for p in picks):
                known[i] = picks
    return known


def _quotes(items: Sequence[BriefingItem], sentences: Mapping[int, Sequence[Sentence]]) -> bool:
    """Whether every item's text is its first source's sentence as the briefing shows it (without
    relative time, brief.summarize.relative_time) and every source is a sentence."""
    for item in items:
        for ref in item.sources:
            own = sentences.get(ref.article, ())
            if not 0 <= ref.index < len(own):
                return False
        if not item.sources or without_relative_time(sentences[item.sources[0].article][item.sources[0].index].text) != item.text:
            return False
    return True


def keep_stories(
    cache: ArticleCache, groups: Sequence[Group], by_id: Mapping[int, Article], kept: Sequence[StoryEntry | None],
    name: str, briefings: Sequence[tuple[BriefingItem, ...] | None], fresh: Sequence[bool],
    actors: Sequence[tuple[Actor, ...] | None], summaries: tuple[str, Mapping[int, tuple[int, ...]]] = ("", {}),
) -> None:
    """Store what was computed for each story (its briefing, its actors, its articles' summaries
    under ``summaries[0]``) beside what was kept for it."""
    summary, picks = summaries
    for group, entry, briefing, new_briefing, cast in zip(groups, kept, briefings, fresh, actors):
        old_cast = entry.actors if entry is not None else None
        new_cast = cast is not None and old_cast is None
        kept_picks = dict(entry.summaries) if entry is not None else {}
        new_picks = summary not in kept_picks and all(i in picks for i in group.articles)
        if not (new_briefing or new_cast or new_picks):
            continue
        stored = dict(entry.briefings) if entry is not None else {}
        if new_briefing and briefing is not None:
            stored[name] = briefing
        if new_picks:
            kept_picks[summary] = tuple(picks[i] for i in group.articles)
        cache.put_story([by_id[i] for i in group.articles],
                        StoryEntry(stored, cast if new_cast else old_cast, kept_picks))
    if cache.stored:
        cache.evict()


def split_all(articles: Sequence[Article], progress: Progress | None = None) -> dict[int, tuple[Sentence, ...]]:
    """Every article's sentences, by article id (from the spans its parsed copy kept, when it has some)."""
    sentences: dict[int, tuple[Sentence, ...]] = {}
    total = len(articles)
    for done, article in enumerate(articles, 1):
        spans = split_of(article)
        sentences[article.id] = split_article(article) if spans is None else tuple(
            Sentence(article.id, k, start, end, article.text[start:end]) for k, (start, end) in enumerate(spans))
        if progress and (done % 50 == 0 or done == total):
            progress("Splitting sentences", done, total)
    return sentences


def sort_into_stories(
    articles: Sequence[Article], sentences: Mapping[int, Sequence[Sentence]], options: Options,
    progress: Progress | None = None, cache: ArticleCache | None = None,
) -> tuple[Group, ...]:
    """The stories of the pile (brief.stories), or one of everything with ``--one-story``; those
    found before in the same pile when the cache kept them (a warm run's largest step after loading)."""
    if options.one_story:
        return one_story(articles)
    if progress:
        progress("Sorting into stories", 0, len(articles))
    key = cache.groups_key(articles) if cache is not None else None  # once: a miss stores under it
    groups = cache.get_groups(articles, key) if cache is not None else None
    if groups is None:
        groups = group_articles(articles, sentences)
        if cache is not None:
            cache.put_groups(articles, groups, key)
    if progress:
        progress("Sorting into stories", len(articles), len(articles))
    return groups


def one_story(articles: Sequence[Article]) -> tuple[Group, ...]:
    """``--one-story``: every article in one story, titled by the first (the behaviour before stories)."""
    if not articles:
        return ()
    return (Group(tuple(a.id for a in articles), articles[0].id, articles[0].title),)


def brief_stories(
    groups: Sequence[Group], by_id: Mapping[int, Article], sentences: Mapping[int, Sequence[Sentence]],
    options: Options, caps: list[registry.Capped], progress: Progress | None = None,
    known: Sequence[tuple[BriefingItem, ...] | None] | None = None,
) -> list[tuple[BriefingItem, ...]]:
    """Each story's briefing from its own articles (``-n``/``-w`` per story), in ``options.order``;
    a briefing given in ``known`` (kept from an earlier run) is taken as it is."""
    return start_briefings(groups, by_id, sentences, options, caps, progress, known)(None)()


def start_briefings(
    groups: Sequence[Group], by_id: Mapping[int, Article], sentences: Mapping[int, Sequence[Sentence]],
    options: Options, caps: list[registry.Capped], progress: Progress | None = None,
    known: Sequence[tuple[BriefingItem, ...] | None] | None = None,
) -> Callable[[parallel.Submit | None], Callable[[], list[tuple[BriefingItem, ...]]]]:
    """``brief_stories`` in two steps, to run beside the per-article work (``parallel.Beside``):
    given a pool's ``submit``, the stories told by several articles are handed to it, largest
    first; what it returns briefs the others here, then collects them, in story order (the same
    briefings and caps as in one process: ``parallel.brief_story`` makes each)."""
    budget = None if options.words else options.sentences
    todo = [n for n in range(len(groups)) if known is None or known[n] is None]

    def submitted(submit: parallel.Submit | None) -> Callable[[], list[tuple[BriefingItem, ...]]]:
        futures: dict[int, Future[parallel.StoryBrief]] = {}
        if submit is not None:
            shared = [n for n in todo if len(groups[n].articles) > 1]
            for n in sorted(shared, key=lambda n: -sum(len(sentences[i]) for i in groups[n].articles)):
                members = [by_id[i] for i in groups[n].articles]
                futures[n] = submit(parallel.brief_story, members, None, budget, options.words, options.order)

        def finish() -> list[tuple[BriefingItem, ...]]:
            pooled = sum(len(s) for s in sentences.values())
            done = 0
            if progress:
                progress("Briefing", 0, pooled)
            made: dict[int, parallel.StoryBrief] = {}
            for n in [n for n in todo if n not in futures] + list(futures):  # this process's share first
                members = [by_id[i] for i in groups[n].articles]
                made[n] = futures[n].result() if n in futures else parallel.brief_story(
                    members, sentences, budget, options.words, options.order)
                done += sum(len(sentences[i]) for i in groups[n].articles)
                if progress:
                    progress("Briefing", done, pooled)
            if progress:
                progress("Briefing", pooled, pooled)
            out: list[tuple[BriefingItem, ...]] = []
            for n in range(len(groups)):
                given = known[n] if known is not None else None
                out.append(given if given is not None else made[n].items)
                if n in made:
                    caps.extend(made[n].caps)  # in story order, as in one process
            return out

        return finish

    return submitted


def story_actors(ids: Sequence[int], by_id: Mapping[int, Article], found: Mapping[int, ArticleActors]) -> tuple[Actor, ...]:
    """The actors of one story, from its articles' mentions and positions only."""
    from brief.actors.assemble import assemble_actors  # the tagger's modules: only when asked

    return assemble_actors([by_id[i] for i in ids], {i: found[i] for i in ids})


def story_dates(articles: Iterable[Article]) -> tuple[str, str] | None:
    """(first, last) ISO dates of the articles whose date can be read, or None when none can.

    Dates come from pages, feeds and front matter in assorted formats: they are parsed
    (dates.sortable_date, the same reading ``--order date`` uses), never compared as strings.
    """
    moments = [m for m in (dates.sortable_date(a.date) for a in articles) if m is not None]
    if not moments:
        return None
    return min(moments).date().isoformat(), max(moments).date().isoformat()


def add_actors(report: Report, options: Options = Options(), *, progress: Progress | None = None) -> Report:
    """The same report with each story's actors found: the reader shows the briefing first, actors after.

    Runs the per-article reading (mentions, positions) as build_report does, so the actors are
    the same as a one-step build's; no summary is recomputed (a count of 0 asks for none). A story
    whose actors the cache kept needs none of its articles read.
    """
    step = (lambda done, all_: progress("Finding actors", done, all_)) if progress else None
    options = dataclasses.replace(options, method=report.meta.method)
    notes: list[str] = []
    cache = open_cache(options.cache, options.cache_dir, notes)
    by_id = {a.id: a for a in report.articles}
    groups = [Group(story.articles, story.articles[0], story.title) for story in report.stories]
    kept = kept_stories(groups, by_id, report.sentences, cache)
    readings = {i for g, k in zip(groups, kept) if k is None or k.actors is None for i in g.articles}
    _, _, found = read_all(report.articles, options, 0, True, report.sentences, step, notes, cache=cache,
                           readings=readings)
    actors = [k.actors if k is not None and k.actors is not None else story_actors(g.articles, by_id, found)
              for g, k in zip(groups, kept)]
    if cache is not None:
        keep_stories(cache, groups, by_id, kept, "", [None] * len(groups), [False] * len(groups), actors)
        notes.extend(w for w in cache.warnings if w not in notes)
    stories = tuple(dataclasses.replace(story, actors=cast) for story, cast in zip(report.stories, actors))
    fresh = tuple(note for note in notes if note not in report.meta.warnings)
    return dataclasses.replace(report, stories=stories, meta=dataclasses.replace(
        report.meta, warnings=report.meta.warnings + fresh))


def read_all(
    articles: Sequence[Article], options: Options, count: int, actors: bool,
    sentences: dict[int, tuple[Sentence, ...]], progress: Callable[[int, int], None] | None,
    warnings: list[str], meanwhile: parallel.Beside | None = None,
    cache: ArticleCache | None = None, readings: set[int] | None = None,
    known: Mapping[int, tuple[int, ...]] | None = None, arrived: Callable[[int, Mapping[int, ArticleActors]], None] | None = None,
) -> tuple[dict[int, Summary], list[registry.Capped], dict[int, ArticleActors]]:
    """Every article's summary (``count`` sentences by ``options.method``; ``known`` ones as given),
    caps and reading (of the articles in ``readings`` when given): in a pool on large inputs, from
    ``cache`` when given (brief.parallel). The cache's trouble, if any, is added to ``warnings``.
    ``arrived(article, readings so far)`` is called as each reading comes (``story_cast.CastAsRead``)."""
    summaries: dict[int, Summary] = {}
    caps: list[registry.Capped] = []
    found: dict[int, ArticleActors] = {}
    for result in parallel.read_articles(
        articles, options.method, count, actors, workers=parallel.worker_count(articles, options.workers),
        sentences=sentences, progress=progress, meanwhile=meanwhile, cache=cache, readings=readings, known=known,
    ):
        summaries[result.article] = result.summary
        caps.extend(result.caps)
        if result.found is not None:
            found[result.article] = result.found
            if arrived is not None:
                arrived(result.article, found)
        warnings.extend(result.warnings)
    if cache is not None:
        warnings.extend(w for w in cache.warnings if w not in warnings)
    return summaries, caps, found


def resummarize(report: Report, method: str, count: int) -> Report:
    """The same report with per-article summaries recomputed (the reader's +, - and m keys)."""
    caps: list[registry.Capped] = []
    summaries = summarize_articles(report.sentences, method, count, caps)
    notes = [line for line in registry.describe_caps(caps) if line not in report.meta.warnings]
    meta = dataclasses.replace(report.meta, method=method, warnings=report.meta.warnings + tuple(notes))
    return dataclasses.replace(report, summaries=summaries, meta=meta)
