"""The grouping's word counts kept with each parsed file (brief/stories/words.py): a pile with a few
new articles counts only their words, and the stories are those found without the cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief import cache as article_cache
from brief import pipeline
from brief.ingest.text import article_from_text
from brief.render.json import render_json
from brief.stories import words
from brief.text.sentences import split_article

STORIES = Path(__file__).resolve().parent / "data_stories"


def _report(paths: list[Path], cache_dir: Path, *, cache: bool = True) -> str:
    options = pipeline.Options(cache=cache, cache_dir=str(cache_dir), workers=1)
    loaded = pipeline.load([str(p) for p in paths], options)
    return render_json(pipeline.build_report(loaded, options))


def _count_counts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The titles of the articles whose words are counted from here on."""
    calls: list[str] = []
    real = words.count

    def counting(title: str, texts: list[str]) -> words.Counted:
        calls.append(title)
        return real(title, texts)

    monkeypatch.setattr(words, "count", counting)
    return calls


def test_a_pile_with_a_new_article_counts_only_its_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(STORIES.glob("*.txt"))
    without = _report(paths, tmp_path / "none", cache=False)
    _report(paths[:-1], tmp_path)  # yesterday's pile: every file parsed and its words counted
    calls = _count_counts(monkeypatch)
    assert _report(paths, tmp_path) == without  # a new pile: grouped again, the same stories
    assert len(calls) == 1  # the new file's, as it is parsed; none while grouping


@pytest.mark.parametrize("bad", ["{not json", json.dumps([["port"], [0], []]), json.dumps([["port", "port"], [1, 1], []]),
                                 json.dumps([["port"], [1, 2], []]), json.dumps({"port": 1}), "[]"])
def test_a_corrupt_kept_count_is_counted_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bad: str) -> None:
    paths = sorted(STORIES.glob("*.txt"))
    without = _report(paths, tmp_path / "none", cache=False)
    _report(paths[:-1], tmp_path)
    for entry in (tmp_path / "articles").glob("*" + article_cache.PARSED_SUFFIX):
        stored = json.loads(entry.read_text())
        stored["words"] = bad
        entry.write_text(json.dumps(stored))
    calls = _count_counts(monkeypatch)
    assert _report(paths, tmp_path) == without
    assert len(calls) == len(paths)  # the new file's, and each of the others' again while grouping


def test_a_count_is_taken_only_over_the_sentences_it_was_made_from() -> None:
    article = article_from_text(
        "Dock workers at Port Vell walked out on Monday. The port authority called the strike illegal.\n\n"
        "Its chairman, Oriol Benet, warned that shipping lines could leave.", 1, "strike.txt")
    sentences = split_article(article)
    kept = words.Counted(("kept",), (1,), ())
    words.remember(article, tuple((s.start, s.end) for s in sentences), kept)
    try:
        assert words.counted(article, sentences) is kept
        fewer = sentences[:-1]
        assert words.counted(article, fewer) == words.count(article.title, [s.text for s in fewer])
        words.remember(article, tuple((s.start, s.end) for s in sentences), words.encoded(kept))
        assert words.counted(article, sentences) == kept  # as the cache stores it: a JSON string
    finally:
        words.forget()
    assert words.counted(article, sentences) == words.count(article.title, [s.text for s in sentences])
