"""The per-story and per-file caches (issue 14): a warm run briefs no story, parses no file, splits and
groups no article again, and an entry that does not fit what it stands for is not trusted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cache_runs import cached_report as _report
from cache_runs import rewrite_entry as _rewrite
from cache_runs import story_entries as _stories

from brief import cache as article_cache
from brief import pipeline
from brief.actors import assemble
from brief.cache import ArticleCache
from brief.model import Article
from brief.render.json import render_json
from brief.summarize import briefing as briefing_module
from brief.text.sentences import split_article

STORIES = Path(__file__).resolve().parent / "data_stories"
DATA = Path(__file__).resolve().parent / "data"


def _count_story_work(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Briefings built and actor lists assembled, as they happen."""
    calls: list[str] = []
    real_briefing, real_actors = briefing_module.build_briefing, assemble.assemble_actors

    def briefing(*args: object, **kwargs: object) -> object:
        calls.append("briefing")
        return real_briefing(*args, **kwargs)  # type: ignore[arg-type]

    def actors(*args: object, **kwargs: object) -> object:
        calls.append("actors")
        return real_actors(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(briefing_module, "build_briefing", briefing)
    monkeypatch.setattr(assemble, "assemble_actors", actors)
    return calls


def test_a_second_run_briefs_no_story_and_assembles_no_actors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(STORIES.glob("*.txt"))
    without = _report(paths, tmp_path, cache=False)
    cold = _report(paths, tmp_path)
    stories = len(json.loads(cold)["stories"])
    assert stories > 2 and len(_stories(tmp_path)) == stories
    work = _count_story_work(monkeypatch)
    opened = _count_opened_articles(monkeypatch)
    assert _report(paths, tmp_path) == cold == without
    assert work == [] and opened == []  # nor any article's entry opened: the stories kept actors and summaries
    # Other options: the briefings are built (and kept beside the first ones), the actors are kept.
    dated = _report(paths, tmp_path, order="date", sentences=2)
    assert work == ["briefing"] * stories
    assert _report(paths, tmp_path, order="date", sentences=2) == dated and _report(paths, tmp_path) == cold
    assert work == ["briefing"] * stories
    assert dated == _report(paths, tmp_path / "none", cache=False, order="date", sentences=2)


def _count_opened_articles(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    decoded: list[int] = []
    real = ArticleCache.get

    def get(self: ArticleCache, article: Article, reading: bool = True) -> object:
        decoded.append(article.id)
        return real(self, article, reading)

    monkeypatch.setattr(ArticleCache, "get", get)
    return decoded


def test_a_story_seen_among_other_articles_keeps_its_briefing_and_actors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(STORIES.glob("*.txt"))
    stories = len(json.loads(_report(paths, tmp_path))["stories"])
    work = _count_story_work(monkeypatch)
    # The same articles after others (other ids, the same order): their stories are the same.
    mixed = sorted(DATA.glob("harbour-strike*.txt")) + paths
    warm = _report(mixed, tmp_path)
    new = len(json.loads(warm)["stories"]) - stories
    assert new >= 1 and work == ["briefing"] * new + ["actors"] * new
    assert warm == _report(mixed, tmp_path / "none", cache=False)


def test_a_kept_briefing_that_does_not_quote_the_article_is_rebuilt(tmp_path: Path) -> None:
    paths = sorted(DATA.glob("harbour-strike*.txt"))
    clean = _report(paths, tmp_path)
    for entry in _stories(tmp_path):
        def tamper(data: dict) -> None:
            for items in data["briefings"].values():
                items["t"][0]["v"][0] = "Something the article never said."

        _rewrite(entry, tamper)
    assert _report(paths, tmp_path) == clean
    assert "never said" not in "".join(p.read_text() for p in _stories(tmp_path))  # and rewritten


def test_the_readers_actor_pass_takes_kept_actors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(STORIES.glob("*.txt"))
    loaded = pipeline.load([str(p) for p in paths])
    options = pipeline.Options(cache_dir=str(tmp_path), workers=1)
    whole = pipeline.build_report(loaded, options)
    work = _count_story_work(monkeypatch)
    first = pipeline.build_report(loaded, pipeline.Options(cache_dir=str(tmp_path), workers=1, actors=False))
    later = pipeline.add_actors(first, options)
    assert work == []
    assert render_json(later) == render_json(whole)


def test_a_second_run_parses_no_file_and_a_corrupt_parse_is_redone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from brief.ingest import files

    paths = sorted(STORIES.glob("*.txt"))
    calls: list[str] = []
    real = files.parse_article

    def counting(data: bytes, id: int, name: str) -> tuple[Article, list[str]]:
        calls.append(name)
        return real(data, id, name)

    monkeypatch.setattr(files, "parse_article", counting)
    options = pipeline.Options(cache_dir=str(tmp_path), workers=1)
    cold = pipeline.load([str(p) for p in paths], options)
    assert len(calls) == len(paths)
    calls.clear()
    warm = pipeline.load([str(p) for p in reversed(paths)], options)  # other ids: each file's own
    assert calls == []
    import dataclasses

    by_path = {a.path: a for a in cold.articles}
    assert [dataclasses.replace(a, id=by_path[a.path].id) for a in warm.articles] == list(reversed(cold.articles))
    assert [a.id for a in warm.articles] == list(range(1, len(paths) + 1))
    parsed = sorted((tmp_path / "articles").glob("*" + article_cache.PARSED_SUFFIX))
    assert len(parsed) == len(paths)
    parsed[0].write_bytes(b"{not json")
    again = pipeline.load([str(p) for p in paths], options)
    assert len(calls) == 1 and again == cold
    assert pipeline.load([str(p) for p in paths], pipeline.Options(cache=False)) == cold


def test_a_warm_run_splits_no_article_and_bad_spans_are_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each parsed copy keeps its article's sentence spans: a warm load hands them to split_all (the
    same sentences, no split); spans that do not fit the text are a miss, and the file is parsed again."""
    paths = sorted(STORIES.glob("*.txt"))[:4]
    options = pipeline.Options(cache_dir=str(tmp_path), workers=1)
    cold = pipeline.load([str(p) for p in paths], options)
    expected = {a.id: split_article(a) for a in cold.articles}
    splits: list[int] = []
    real = pipeline.split_article

    def counting(article: Article) -> object:
        splits.append(article.id)
        return real(article)

    monkeypatch.setattr(pipeline, "split_article", counting)
    warm = pipeline.load([str(p) for p in paths], options)
    assert pipeline.split_all(warm.articles) == expected and splits == []
    for entry in (tmp_path / "articles").glob("*" + article_cache.PARSED_SUFFIX):
        stored = json.loads(entry.read_text())
        stored["spans"] = [[0, 10**9]]  # past the end of the text
        entry.write_text(json.dumps(stored))
    again = pipeline.load([str(p) for p in paths], options)
    assert again == cold and pipeline.split_all(again.articles) == expected and splits == []  # split at parsing
    for entry in (tmp_path / "articles").glob("*" + article_cache.PARSED_SUFFIX):
        assert json.loads(entry.read_text())["spans"][0] != [0, 10**9]  # rewritten


def test_a_warm_run_groups_no_article_and_a_bad_grouping_entry_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from brief.stories import grouping

    paths = sorted(STORIES.glob("*.txt")) + sorted(DATA.glob("harbour-strike*.txt"))
    without = _report(paths, tmp_path, cache=False)
    reversed_without = _report(list(reversed(paths)), tmp_path, cache=False)
    calls: list[int] = []
    real = grouping.group_articles

    def counting(articles: object, sentences: object) -> object:
        calls.append(1)
        return real(articles, sentences)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "group_articles", counting)
    assert _report(paths, tmp_path) == without and len(calls) == 1
    assert _report(paths, tmp_path) == without and len(calls) == 1  # warm: the stories are kept
    assert _report(list(reversed(paths)), tmp_path) == reversed_without
    assert len(calls) == 2  # another order is another pile (other ids)
    articles = pipeline.load([str(p) for p in paths]).articles
    entry = tmp_path / "articles" / (ArticleCache(tmp_path / "articles").groups_key(articles) + article_cache.GROUPS_SUFFIX)
    data = json.loads(entry.read_text())
    for bad in ([[[0], 0, "t", []]],  # not every article
                [g if n else [g[0] + g[0], *g[1:]] for n, g in enumerate(data["groups"])],  # an article twice
                [[g[0], 99, *g[2:]] for g in data["groups"]],  # a central article outside the story
                "no list"):
        entry.write_text(json.dumps({**data, "groups": bad}))
        assert _report(paths, tmp_path) == without
    assert len(calls) == 6


def test_a_piles_grouping_key_is_made_once_a_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pile whose stories are not kept looks them up and stores them under one key, made once
    (its 1,000 articles' keys joined and hashed)."""
    paths = sorted(STORIES.glob("*.txt"))
    real = ArticleCache.groups_key
    made: list[int] = []

    def counting(self: ArticleCache, articles: list[Article]) -> str:
        made.append(1)
        return real(self, articles)

    monkeypatch.setattr(ArticleCache, "groups_key", counting)
    cold = _report(paths, tmp_path)
    assert len(made) == 1
    assert _report(paths, tmp_path) == cold and len(made) == 2  # warm: found under the same key
