"""The pool's fork server starts as a report's building begins, only when the articles the cache lacks
need a pool, and the report is the one a single process makes (issue 14, session 56)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief import pipeline, pool_start
from brief.cache import open_cache

_STORIES = (
    "Tamsin Vell, the ferry operator's chief, said on Friday that the night crossing to Orrin Isle "
    "would stop in March. \"We carry eleven people a night,\" she told the island council. The "
    "council's transport lead, Ivo Brandt, rejected the cut and said islanders would lose their jobs.",
    "The Kestrel Valley Water Board wants to raise its charges by a fifth. Its director, Olek Marsh, "
    "said the old mains leaked a third of what they carried. \"We cannot patch pipes forever,\" he "
    "said. Farmers along the valley asked the regional minister to block the rise.",
    "Hospital staff in Carrow walked out for a day on Thursday. Their union's secretary, Nadia Fenn, "
    "said nurses had not had a raise in four years. The hospital's board said it would meet the union "
    "next week and urged staff to return.",
)


def _pile(folder: Path, copies: int) -> list[str]:
    """Invented articles, each story told again with its own numbering so none is a copy of another."""
    folder.mkdir()
    for i in range(copies):
        for k, text in enumerate(_STORIES):
            (folder / f"{i:02d}-{k}.txt").write_text(f"{text} The report was number {i * 10 + k}.\n")
    return [str(folder)]


def test_a_pile_read_with_an_early_pool_is_the_one_process_report(tmp_path: Path) -> None:
    """Forced into a pool (whose server starts first), the stories, summaries and actors are those of one process."""
    inputs = _pile(tmp_path / "pile", 2)
    loaded = pipeline.load(inputs, pipeline.Options(cache=False))
    assert pool_start.start_early(loaded.articles, 2, None) in (True, False)  # False where there is no fork server
    pooled = pipeline.build_report(loaded, pipeline.Options(cache=False, workers=2))
    alone = pipeline.build_report(loaded, pipeline.Options(cache=False, workers=1))
    assert pooled == alone
    assert any(story.actors for story in alone.stories)


def test_only_the_articles_the_cache_lacks_count(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before a first run every article is new; after it none is, and a second run starts no pool early."""
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(tmp_path / "cache"))
    inputs = _pile(tmp_path / "pile", 1)
    options = pipeline.Options(workers=1)
    loaded = pipeline.load(inputs, options)
    cache = open_cache(True)
    assert cache is not None
    assert len(pool_start.uncached(loaded.articles, cache)) == len(loaded.articles)
    assert len(pool_start.uncached(loaded.articles, None)) == len(loaded.articles)
    first = pipeline.build_report(loaded, options)
    again = pipeline.load(inputs, options)
    assert pool_start.uncached(again.articles, cache) == []
    assert not pool_start.start_early(again.articles, 2, cache)  # even with a pool asked for: nothing to read
    assert pipeline.build_report(again, options) == first


def test_a_small_pile_starts_nothing(tmp_path: Path) -> None:
    """Under the pool's threshold (and no pool asked for) no process is started."""
    loaded = pipeline.load(_pile(tmp_path / "pile", 1), pipeline.Options(cache=False))
    assert not pool_start.start_early(loaded.articles, None, None)
    assert not pool_start.start_early(loaded.articles, 1, None)


def test_each_story_is_cast_as_its_readings_arrive(tmp_path: Path) -> None:
    """A story's actors are assembled once its last article is read, and are those assembled at the end."""
    from brief.story_cast import CastAsRead

    loaded = pipeline.load(_pile(tmp_path / "pile", 2), pipeline.Options(cache=False))
    report = pipeline.build_report(loaded, pipeline.Options(cache=False, workers=1))
    by_id = {a.id: a for a in loaded.articles}
    groups = [pipeline.Group(story.articles, story.articles[0], story.title) for story in report.stories]
    _, _, found = pipeline.read_all(loaded.articles, pipeline.Options(cache=False), 0, True, report.sentences,
                                    None, [])
    cast = CastAsRead(groups, range(len(groups)), by_id)
    seen: dict[int, object] = {}
    last = {n: max(loaded.articles.index(by_id[i]) for i in g.articles) for n, g in enumerate(groups)}
    for position, article in enumerate(loaded.articles):
        seen[article.id] = found[article.id]
        cast.arrived(article.id, {i: found[i] for i in seen})
        for n, at in last.items():
            if at == position:  # complete now: assembled from what has arrived, before the rest is read
                assert cast.actors(n, {}) == report.stories[n].actors
    assert any(story.actors for story in report.stories)


def test_a_story_not_wanted_is_never_cast(tmp_path: Path) -> None:
    """Stories whose actors were kept are not assembled: only the wanted ones are."""
    from brief.story_cast import CastAsRead

    loaded = pipeline.load(_pile(tmp_path / "pile", 1), pipeline.Options(cache=False))
    report = pipeline.build_report(loaded, pipeline.Options(cache=False, workers=1))
    by_id = {a.id: a for a in loaded.articles}
    groups = [pipeline.Group(story.articles, story.articles[0], story.title) for story in report.stories]
    cast = CastAsRead(groups, (), by_id)
    for article in loaded.articles:
        cast.arrived(article.id, {})  # nothing wanted: no reading is looked at
    _, _, found = pipeline.read_all(loaded.articles, pipeline.Options(cache=False), 0, True, report.sentences,
                                    None, [])
    assert cast.actors(0, found) == report.stories[0].actors  # assembled when asked, from every reading
