"""The one entry point both faces use: inputs and options in, a Report out.

Knows nothing of terminals or argument parsing; the printer and the reader call the same functions,
and the reader re-runs only the stages a changed option touches.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from brief import __version__
from brief.ingest import web
from brief.ingest.files import DEFAULT_MAX_BYTES, Loaded, load_articles
from brief.model import Actor, Article, Meta, Report, Sentence, Summary
from brief.summarize import registry
from brief.summarize.briefing import build_briefing
from brief.text.sentences import split_article

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Options:
    """What the user chose; every field has the default a new user gets."""

    method: str = registry.DEFAULT_METHOD
    article_sentences: int = 3
    sentences: int = 7
    words: int | None = None
    actors: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    # Web inputs and ordering (issue 7): URLs, saved pages and feeds.
    order: str = "relevance"  # "relevance" (the briefing's own order) or "date" (oldest first)
    timeout: float = web.DEFAULT_TIMEOUT
    max_entries: int = web.DEFAULT_MAX_ENTRIES
    cache: bool = True  # --no-cache: neither read nor write the web cache
    refresh: bool = False  # --refresh: fetch again, ignoring cached copies
    cache_dir: str | None = None  # None: $BRIEF_CACHE_DIR or the user cache directory


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
    step = (lambda done, total: progress("Reading", done, total)) if progress else None
    fetching = web.WebOptions(
        timeout=options.timeout,
        max_bytes=options.max_bytes,
        max_entries=options.max_entries,
        cache=options.cache,
        refresh=options.refresh,
        cache_dir=options.cache_dir,
    )
    loaded = load_articles(inputs, max_bytes=options.max_bytes, stdin=stdin, progress=step, web=fetching)
    if not loaded.articles:
        raise NothingToRead(loaded.errors or ("no input given",))
    return loaded


def summarize_articles(
    sentences: Mapping[int, Sequence[Sentence]], method: str, count: int
) -> dict[int, Summary]:
    """Each article's summary by the chosen method."""
    return {article: registry.summarize_article(article, sents, count, method) for article, sents in sentences.items()}


def build_report(
    loaded: Loaded,
    options: Options = Options(),
    *,
    progress: Progress | None = None,
) -> Report:
    """Segment, summarise, brief and find actors: everything the faces show."""
    articles = loaded.articles
    sentences = {a.id: split_article(a) for a in articles}
    warnings = list(loaded.warnings)
    warnings.extend(f"{dup}: same story as {orig}; summarized once" for dup, orig in loaded.duplicates)
    if progress:
        progress("Summarizing", 0, len(articles))
    summaries = summarize_articles(sentences, options.method, options.article_sentences)
    briefing = build_briefing(
        articles, sentences, sentences_budget=None if options.words else options.sentences, words=options.words
    )
    if options.order == "date":
        briefing = web.order_by_date(briefing, {a.id: a.date for a in articles})
    actors: tuple[Actor, ...] = ()
    if options.actors:
        if progress:
            progress("Finding actors", 0, len(articles))
        from brief.actors.extract import find_actors  # loads the tagger's weights: only when asked

        actors = find_actors(articles, sentences)
    meta = Meta(__version__, options.method, registry.BRIEFING_METHOD, tuple(warnings))
    return Report(articles, sentences, summaries, briefing, actors, meta)


def resummarize(report: Report, method: str, count: int) -> Report:
    """The same report with per-article summaries recomputed (the reader's +, - and m keys)."""
    summaries = summarize_articles(report.sentences, method, count)
    meta = dataclasses.replace(report.meta, method=method)
    return dataclasses.replace(report, summaries=summaries, meta=meta)


def article_by_id(report: Report, article_id: int) -> Article:
    """The article with this id (ids are 1-based and contiguous)."""
    return report.articles[article_id - 1]
