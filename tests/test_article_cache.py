"""The per-article cache (issue 14): the same report with and without it, whatever the disk does."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cache_runs import cached_report as _report
from cache_runs import rewrite_entry as _rewrite
from cache_runs import story_entries as _stories

from brief import cache as article_cache
from brief import pipeline
from brief.actors import extract
from brief.cache import ArticleCache, article_key
from brief.ingest.text import article_from_text
from brief.model import Article
from brief.render.json import render_json
from brief.render.text import render_text
from brief.text.sentences import split_article

ROOT = Path(__file__).resolve().parents[1]
STORIES = Path(__file__).resolve().parent / "data_stories"
DATA = Path(__file__).resolve().parent / "data"

STRIKE = """Dock workers walk out at Port Vell

Dock workers at Port Vell walked out on Monday after talks over night-shift pay collapsed,
leaving forty container ships waiting offshore. "We will not unload a single box until the
night rate is restored," said Marta Quiroga, who leads the Harbour Workers Union.

The port authority said the strike was illegal and called on the union to return to the table.
Its chairman, Oriol Benet, warned that shipping lines could move to Valencia for good.
"""




def _entries(tmp: Path) -> list[Path]:
    return sorted((tmp / "articles").glob("*" + article_cache.SUFFIX))


def _count_readings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = extract.read_article

    def counting(article: Article, sentences: object) -> extract.ArticleActors:
        calls.append(article.id)
        return real(article, sentences)  # type: ignore[arg-type]

    monkeypatch.setattr(extract, "read_article", counting)
    return calls


def test_a_second_run_reads_no_article_and_gives_the_same_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(STORIES.glob("*.txt"))
    calls = _count_readings(monkeypatch)
    without = _report(paths, tmp_path, cache=False)
    assert len(calls) == len(paths) and not (tmp_path / "articles").exists()  # --no-cache: nothing written
    calls.clear()
    cold = _report(paths, tmp_path)
    assert len(calls) == len(paths) and len(_entries(tmp_path)) == len(paths)
    calls.clear()
    summaries = _count_summaries(monkeypatch)
    warm = _report(paths, tmp_path)
    assert calls == [] and summaries == []  # the summaries for this method and count were kept too
    assert cold == warm == without
    assert json.loads(warm)["stories"][0]["actors"]  # there were actors to get wrong
    other = _report(paths, tmp_path, method="lead", article_sentences=2)  # summaries computed, then kept
    assert len(summaries) == len(paths) and calls == []
    assert other == _report(paths, tmp_path, cache=False, method="lead", article_sentences=2) != warm
    assert _report(paths, tmp_path) == warm and len(summaries) == 2 * len(paths)  # only the --no-cache run computed more: both kept


def test_a_kept_summary_that_does_not_fit_the_article_is_recomputed(tmp_path: Path) -> None:
    paths = sorted(DATA.glob("harbour-strike*.txt"))
    clean = _report(paths, tmp_path)
    for entry in _entries(tmp_path):
        _rewrite(entry, lambda data: data["summaries"].update({"position:3": [0, 1, 999]}))
    assert _report(paths, tmp_path) == clean


def _count_summaries(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    from brief.summarize import registry

    calls: list[int] = []
    real = registry.summarize_article

    def counting(article: int, *args: object, **kwargs: object) -> object:
        calls.append(article)
        return real(article, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(registry, "summarize_article", counting)
    return calls


def test_seeds_print_the_golden_output_cold_and_warm(tmp_path: Path) -> None:
    env = {**os.environ, "BRIEF_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    golden = (ROOT / "tests" / "golden" / "seeds.txt").read_text()
    written: list[list[int]] = []
    for _ in range(2):
        out = subprocess.run([sys.executable, "-m", "brief", "--print", "seeds/"], cwd=ROOT, env=env,
                             capture_output=True, text=True, check=True)
        assert out.stdout == golden
        assert out.stderr == ""
        written.append([p.stat().st_ino for p in _entries(tmp_path)])
    assert len(written[0]) == 2
    assert written[1] == written[0]  # the second run read both entries and rewrote neither


def test_only_new_articles_are_read_and_ids_follow_the_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(STORIES.glob("*.txt"))
    _report(paths[:6], tmp_path)
    calls = _count_readings(monkeypatch)
    # The same articles at other places in the input (other ids), and four never seen.
    mixed = paths[6:] + paths[:6][::-1]
    warm = _report(mixed, tmp_path)
    assert sorted(calls) == [1, 2, 3, 4]
    assert warm == _report(mixed, tmp_path, cache=False)


def test_the_reader_actor_pass_uses_the_cache_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(DATA.glob("harbour-strike*.txt"))
    loaded = pipeline.load([str(p) for p in paths])
    options = pipeline.Options(cache_dir=str(tmp_path), workers=1)
    whole = pipeline.build_report(loaded, options)
    calls = _count_readings(monkeypatch)
    first = pipeline.build_report(loaded, pipeline.Options(cache_dir=str(tmp_path), workers=1, actors=False))
    later = pipeline.add_actors(first, options)
    assert calls == []
    assert render_text(later) == render_text(whole)


def _article(text: str = STRIKE, id: int = 1, **fields: object) -> Article:
    import dataclasses

    return dataclasses.replace(article_from_text(text, id, "strike.txt"), **fields)  # type: ignore[arg-type]


def _read(article: Article) -> extract.ArticleActors:
    return extract.read_article(article, split_article(article))


def test_the_key_follows_what_the_reading_reads() -> None:
    base = _article()
    assert article_key(base) == article_key(_article(id=7, path="elsewhere.txt"))
    assert article_key(base) != article_key(_article(STRIKE.replace("Monday", "Tuesday")))
    assert article_key(base) != article_key(_article(language="de"))
    assert article_key(base) != article_key(_article(title="Another title"))


def test_an_entry_comes_back_equal_with_the_readers_ids(tmp_path: Path) -> None:
    store = ArticleCache(tmp_path)
    found = _read(_article(id=1))
    assert found.mentions and found.positions and found.descriptions is not None
    store.put(_article(id=1), found)
    entry = store.get(_article(id=5, path="copy.txt"))
    assert entry is not None and entry.summaries == {}
    again = entry.found
    assert again == _read(_article(id=5))
    assert {m.article for m in again.mentions} == {5}
    assert isinstance(again.positions[0], tuple) and isinstance(again.positions[0][1].also, tuple)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff not json",
        b'{"schema": 1, "key": "another", "value": null, "shapes": {}}',
        b"[1, 2, 3]",
    ],
    ids=["empty", "binary", "another key", "not an entry"],
)
def test_a_corrupt_or_foreign_entry_is_a_miss_and_is_rewritten(tmp_path: Path, content: bytes) -> None:
    paths = [DATA / "harbour-strike.txt", DATA / "harbour-strike-2.txt"]
    clean = _report(paths, tmp_path)
    assert _stories(tmp_path)
    for entry in _entries(tmp_path) + _stories(tmp_path):
        entry.write_bytes(content)
    assert _report(paths, tmp_path) == clean
    for entry in _entries(tmp_path) + _stories(tmp_path):
        assert json.loads(entry.read_bytes())["schema"] == article_cache.SCHEMA




def test_an_entry_naming_a_foreign_class_or_an_old_shape_builds_nothing(tmp_path: Path) -> None:
    store = ArticleCache(tmp_path)
    article = _article()
    store.put(article, _read(article))
    (entry,) = tmp_path.glob("*" + article_cache.SUFFIX)

    def foreign(data: dict) -> None:
        data["shapes"] = {"os:system": ["command"]}
        data["value"] = {"d": "os:system", "v": ["echo hacked"]}

    _rewrite(entry, foreign)
    assert store.get(article) is None

    store.put(article, _read(article))

    def old_shape(data: dict) -> None:
        name = next(n for n in data["shapes"] if n.endswith(":Mention"))
        data["shapes"][name] = data["shapes"][name][:-1]  # a Mention from before a field was added

    _rewrite(entry, old_shape)
    assert store.get(article) is None


def _without_warnings(report: str) -> tuple[dict[str, object], list[str]]:
    """The report's JSON but for its warnings, and the warnings."""
    data = json.loads(report)
    return {k: v for k, v in data.items() if k != "meta"}, data["meta"]["warnings"]


def test_an_unwritable_cache_costs_a_warning_not_the_run(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    paths = [DATA / "harbour-strike.txt"]
    without, _ = _without_warnings(_report(paths, tmp_path / "fresh", cache=False))
    report, warnings = _without_warnings(_report(paths, blocker))  # the cache directory cannot be made
    assert report == without
    assert sum("could not write the article cache" in w for w in warnings) == 1


def test_a_full_disk_costs_a_warning_not_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(DATA.glob("harbour-strike*.txt"))
    without, _ = _without_warnings(_report(paths, tmp_path, cache=False))

    def full(*args: object, **kwargs: object) -> object:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(article_cache.os, "replace", full)
    report, warnings = _without_warnings(_report(paths, tmp_path))
    assert report == without
    assert any("no space left on device" in w for w in warnings)
    assert not list((tmp_path / "articles").iterdir())  # no temporary file left behind


def test_the_cache_keeps_under_its_cap_dropping_the_least_recently_used(tmp_path: Path) -> None:
    store = ArticleCache(tmp_path)
    articles = [_article(STRIKE.replace("forty", word)) for word in ("ten", "twenty", "thirty")]
    for n, article in enumerate(articles):
        store.put(article, _read(article))
        os.utime(tmp_path / (article_key(article) + article_cache.SUFFIX), (1000 + n, 1000 + n))
    assert store.get(articles[0]) is not None  # used now: the newest
    size = max(p.stat().st_size for p in tmp_path.iterdir())
    store.max_bytes = 2 * size + 10
    assert store.evict() == 1
    assert store.get(articles[1]) is None
    assert store.get(articles[0]) is not None and store.get(articles[2]) is not None


def _write_many(directory: str, rounds: int) -> None:
    store = ArticleCache(directory)
    article = _article()
    found = _read(article)
    for _ in range(rounds):
        store.put(article, found)
        entry = store.get(article)  # a rename is atomic: never half an entry, never none
        assert entry is not None and entry.found == found


def test_two_processes_writing_one_entry_leave_one_whole_entry(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_write_many, args=(str(tmp_path), 40)) for _ in range(2)]
    for w in writers:
        w.start()
    for w in writers:
        w.join(120)
        assert w.exitcode == 0
    article = _article()
    assert [p.name for p in tmp_path.iterdir()] == [article_key(article) + article_cache.SUFFIX]
    entry = ArticleCache(tmp_path).get(article)
    assert entry is not None and entry.found == _read(article)


def test_no_cache_on_the_command_line_writes_no_entry(tmp_path: Path) -> None:
    env = {**os.environ, "BRIEF_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "brief", "--print", "--no-cache", str(DATA / "harbour-strike.txt")],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert "BRIEFING" in out.stdout
    assert not (tmp_path / "articles").exists()


def test_a_pool_with_some_articles_cached_gives_the_same_report(tmp_path: Path) -> None:
    paths = sorted(STORIES.glob("*.txt")) + sorted(DATA.glob("harbour-strike*.txt"))
    single = _report(paths, tmp_path / "unused", cache=False)
    _report(paths[1::2], tmp_path)
    assert len(_entries(tmp_path)) == len(paths[1::2])
    loaded = pipeline.load([str(p) for p in paths])
    pooled = pipeline.build_report(loaded, pipeline.Options(workers=2, cache_dir=str(tmp_path)))
    assert render_json(pooled) == single
    assert len(_entries(tmp_path)) == len(paths)


def test_a_warm_run_starts_no_pool_when_every_story_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every story kept with its actors and summaries: no entry is opened and nothing is read, so
    no pool is started (it was, with nothing to do: ~1 s of start-up on a warm run of 1,000 articles)."""
    import concurrent.futures

    paths = sorted(STORIES.glob("*.txt")) + sorted(DATA.glob("harbour-strike*.txt"))
    loaded = pipeline.load([str(p) for p in paths])
    options = pipeline.Options(workers=2, cache_dir=str(tmp_path))
    first = render_json(pipeline.build_report(loaded, options))

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started on a warm run")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    assert render_json(pipeline.build_report(pipeline.load([str(p) for p in paths]), options)) == first


def test_a_changed_summarizer_changes_every_articles_key(monkeypatch: pytest.MonkeyPatch) -> None:
    # An article's entry keeps its summaries: they must not outlive the code that picked them.
    article = article_from_text("Harbour workers walked out on Monday over night-shift pay.", 1, "a.txt")
    article_cache.code_fingerprint.cache_clear()
    before = article_cache.article_key(article)
    real = Path.read_bytes

    def edited(self: Path) -> bytes:
        data = real(self)
        return data + b"\n# edited\n" if self.name == "position.py" and self.parent.name == "summarize" else data

    monkeypatch.setattr(Path, "read_bytes", edited)
    try:
        article_cache.code_fingerprint.cache_clear()
        assert article_cache.article_key(article) != before
    finally:
        monkeypatch.undo()
        article_cache.code_fingerprint.cache_clear()
    assert article_cache.article_key(article) == before


def test_unreadable_models_turn_the_cache_off_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    article_cache.code_fingerprint.cache_clear()
    real = Path.read_bytes

    def unreadable(self: Path) -> bytes:
        if self.name == "mentions.py":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", unreadable)
    try:
        warnings: list[str] = []
        assert article_cache.open_cache(True, None, warnings) is None
        assert any("article cache is off" in w for w in warnings)
    finally:
        monkeypatch.undo()
        article_cache.code_fingerprint.cache_clear()
    assert article_cache.open_cache(True) is not None


def test_the_readers_first_pass_takes_kept_summaries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(DATA.glob("harbour-strike*.txt"))
    without = _report(paths, tmp_path / "none", cache=False, actors=False)
    assert _report(paths, tmp_path, actors=False) == without and not _entries(tmp_path)  # no reading to keep
    _report(paths, tmp_path)  # with actors: readings and summaries kept
    summaries = _count_summaries(monkeypatch)
    assert _report(paths, tmp_path, actors=False) == without
    assert summaries == []
