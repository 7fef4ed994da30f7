"""Stories end to end (issue 12): a mixed pile sorted into stories, each briefed and cast on its own.

The articles in tests/data_stories/ were written for these tests: three stories told by two or
three articles each (a volcano, a central bank, a space probe) and two unrelated one-article ones.
The grouping's own unit tests are in test_grouping.py; these check what is built around it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import jsonschema
import pytest

from brief import __version__, pipeline
from brief.ingest.files import Loaded
from brief.ingest.text import article_from_text
from brief.model import Article, Report
from brief.render.json import render_json
from brief.render.markdown import render_markdown
from brief.render.text import render_text

ROOT = Path(__file__).resolve().parents[1]
PILE = ROOT / "tests" / "data_stories"
SCHEMA = json.loads((ROOT / "brief" / "render" / "schema.json").read_text())
STORIES = {
    "volcano": {"volcano-1.txt", "volcano-2.txt", "volcano-3.txt"},
    "bank": {"bank-1.txt", "bank-2.txt", "bank-3.txt"},
    "probe": {"probe-1.txt", "probe-2.txt"},
    "bakery": {"bakery.txt"},
    "museum": {"museum.txt"},
}


@lru_cache(maxsize=4)
def pile(files: tuple[str, ...] = (), **options: object) -> Report:
    """The report of the pile, its ``files`` given in that order (default: the directory)."""
    opts = pipeline.Options(workers=1, **options)  # type: ignore[arg-type]
    inputs = [str(PILE / name) for name in files] or [str(PILE)]
    return pipeline.build_report(pipeline.load(inputs, opts), opts)


def names(report: Report, ids: tuple[int, ...]) -> set[str]:
    by_id = {a.id: a for a in report.articles}
    return {Path(by_id[i].path).name for i in ids}


def story_files(report: Report) -> list[set[str]]:
    return [names(report, story.articles) for story in report.stories]


def brief(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "brief", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300, check=False)


# -- the stories ------------------------------------------------------------------------------


def test_the_pile_is_sorted_into_its_stories() -> None:
    report = pile()
    assert sorted(map(sorted, story_files(report))) == sorted(map(sorted, STORIES.values()))
    # Biggest first, one-article stories last; ids number them in that order.
    assert [len(s.articles) for s in report.stories] == sorted((len(s.articles) for s in report.stories), reverse=True)
    assert [s.id for s in report.stories] == list(range(1, len(report.stories) + 1))


def test_every_article_is_in_exactly_one_story() -> None:
    report = pile()
    ids = [i for story in report.stories for i in story.articles]
    assert sorted(ids) == [a.id for a in report.articles]
    for article in report.articles:
        assert report.story_of(article.id) is not None and article.id in report.story_of(article.id).articles


def test_same_stories_whatever_the_input_order() -> None:
    files = sorted(p.name for p in PILE.iterdir())
    forward = pile(tuple(files))
    backward = pile(tuple(reversed(files)))
    assert story_files(forward) == story_files(backward)  # same stories, in the same order
    assert [s.title for s in forward.stories] == [s.title for s in backward.stories]


def test_a_story_title_is_the_headline_of_one_of_its_articles() -> None:
    report = pile()
    for story in report.stories:
        assert story.title in {a.title for a in report.articles if a.id in story.articles}


def test_no_briefing_cites_another_storys_article_and_actors_are_the_storys_own() -> None:
    report = pile()
    for story in report.stories:
        own = set(story.articles)
        assert story.briefing, f"story {story.id} has a briefing"
        assert {ref.article for item in story.briefing for ref in item.sources} <= own
        for actor in story.actors:
            assert set(actor.articles) <= own, (story.title, actor.name)
            assert {p.article for p in actor.positions} | {a for p in actor.positions for a in p.also} <= own


def test_each_story_has_its_own_cast() -> None:
    report = pile()
    cast = {}
    for story in report.stories:
        key = next(k for k, files in STORIES.items() if names(report, story.articles) == files)
        cast[key] = {a.name for a in story.actors}
    assert {"Lucia Ferrante", "Anton Reyes"} <= cast["volcano"]
    assert {"Helga Marstrand", "Oskar Vell"} <= cast["bank"]
    assert "Ingrid Solberg" in cast["probe"]
    assert not cast["bank"] & {"Lucia Ferrante", "Anton Reyes", "Ingrid Solberg"}


def test_story_dates_span_the_articles_dates() -> None:
    report = pile()
    volcano = next(s for s in report.stories if "Volcano" in s.title or "Caldor" in s.title)
    assert volcano.dates == ("2026-02-10", "2026-02-13")


def _article(n: int, date: str) -> Article:
    return Article(n, f"Title {n}", f"{n}.txt", "Text.", date=date)


def test_story_dates_are_parsed_not_compared_as_strings() -> None:
    articles = [_article(1, "5 March 2026"), _article(2, "2026-02-10T08:00:00Z"), _article(3, "Tue, 17 Mar 2026 10:00:00 GMT"),
                _article(4, ""), _article(5, "sometime last spring")]
    # As strings "5 March 2026" would sort first and "Tue, ..." last.
    assert pipeline.story_dates(articles) == ("2026-02-10", "2026-03-17")
    assert pipeline.story_dates([_article(1, ""), _article(2, "no date here")]) is None
    assert pipeline.story_dates([_article(1, "March 8, 2024")]) == ("2024-03-08", "2024-03-08")


def test_budget_and_date_order_apply_per_story() -> None:
    report = pile(sentences=2)
    assert all(1 <= len(s.briefing) <= 2 for s in report.stories)
    dated = pile((), sentences=4, order="date")
    by_id = {a.id: a for a in dated.articles}
    for story in dated.stories:
        days = [by_id[item.sources[0].article].date for item in story.briefing]
        assert days == sorted(days), story.title


def test_one_story_puts_everything_together() -> None:
    report = pile(one_story=True)
    assert len(report.stories) == 1
    assert report.stories[0].articles == tuple(a.id for a in report.articles)
    assert render_text(report).startswith("BRIEFING  (10 articles, 7 sentences)")


def test_seeds_stay_one_story(seeds: Path) -> None:
    report = pipeline.build_report(pipeline.load([str(seeds)]))
    assert len(report.stories) == 1 and len(report.stories[0].articles) == 2


def test_two_unrelated_articles_are_two_stories() -> None:
    report = pile(("bakery.txt", "museum.txt"))
    assert story_files(report) in ([{"bakery.txt"}, {"museum.txt"}], [{"museum.txt"}, {"bakery.txt"}])
    text = render_text(report)
    assert text.startswith("STORIES  (2)") and "ONE-ARTICLE STORIES  (2)" in text


def test_actors_added_later_are_the_same_and_nothing_is_summarized_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from brief.summarize import registry

    first, whole = pile(actors=False), pile()
    assert not any(s.actors for s in first.stories)

    def no_summaries(*args: object, **kwargs: object) -> object:
        raise AssertionError("add_actors summarized an article again")

    monkeypatch.setattr(registry, "get", no_summaries)
    later = pipeline.add_actors(first, pipeline.Options(workers=1))
    assert [s.actors for s in later.stories] == [s.actors for s in whole.stories]
    assert later.summaries == first.summaries


# -- outputs ----------------------------------------------------------------------------------


def test_text_has_the_index_each_story_and_one_legend_that_resolves_every_citation() -> None:
    report = pile()
    text = render_text(report, width=100)
    assert text.startswith(f"STORIES  ({len(report.stories)})\n")
    told = [s for s in report.stories if len(s.articles) > 1]
    starts = [text.index(f"\nSTORY {s.id}: ") for s in told]
    assert starts == sorted(starts) and text.index("\nSOURCES\n") > starts[-1]
    summaries = text.index("\nARTICLE SUMMARIES")
    assert text.index("\nONE-ARTICLE STORIES  (2)") > summaries
    legend = text[text.index("\nSOURCES\n") : summaries]
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", text[: text.index("\nSOURCES\n")])}
    assert cited and all(f"  [{n}] " in legend for n in cited)
    for story in report.stories:  # the index line: title, counts, dates
        if len(story.articles) > 1:
            assert re.search(rf"^\s+{story.id}\. .*{len(story.articles)} articles, ", text, re.M)


def test_the_index_counts_the_one_article_stories_once() -> None:
    # 39 one-article stories each said "1 article, 1 source, <date>": the group now says it once.
    report = pile()
    index = render_text(report, width=100).split("\n\n")[1]
    lone = [s for s in report.stories if len(s.articles) == 1]
    assert len(lone) == 2 and "1 article" not in index and "1 source" not in index
    assert index.count("One-article stories  (2):") == 1
    for story in lone:
        assert story.dates
        assert re.search(rf"^\s+{story.id}\. {re.escape(story.title)} — {story.dates[0]}$", index, re.M)
    lines = index.splitlines()
    assert lines.index("  One-article stories  (2):") == len(lines) - 3  # after every longer story


def test_markdown_has_the_same_parts() -> None:
    report = pile()
    md = render_markdown(report)
    assert md.startswith(f"# Stories ({len(report.stories)})\n")
    assert "## Sources" in md and "### One-article stories (2)" in md
    for story in report.stories:
        if len(story.articles) > 1:
            assert f"\n## {story.id}. " in md and f"### Story {story.id}: " in md


def test_json_has_stories_and_validates() -> None:
    report = pile()
    data = json.loads(render_json(report))
    jsonschema.validate(data, SCHEMA)
    assert "briefing" not in data and "actors" not in data
    assert data["meta"]["version"] == __version__ == "0.2.0"
    assert sorted(i for s in data["stories"] for i in s["articles"]) == [a["id"] for a in data["articles"]]
    volcano = next(s for s in data["stories"] if len(s["articles"]) == 3 and s["dates"]["first"] == "2026-02-10")
    assert volcano["dates"] == {"first": "2026-02-10", "last": "2026-02-13"}
    assert {"text", "sources"} == set(volcano["briefing"][0]) and volcano["actors"][0]["salience"] == 1


def test_json_dates_are_null_when_no_date_is_known() -> None:
    text = "The festival opened on Friday. Thousands came. The mayor said it was the best year yet."
    report = pipeline.build_report(Loaded((article_from_text(text, 1, "f.txt"),)), pipeline.Options(workers=1))
    data = json.loads(render_json(report))
    jsonschema.validate(data, SCHEMA)
    assert data["stories"][0]["dates"] is None


def test_cli_sorts_into_stories_and_one_story_restores_one_briefing() -> None:
    several = brief("--print", str(PILE))
    assert several.returncode == 0, several.stderr
    assert several.stdout.startswith("STORIES  (5)")
    one = brief("--print", "--one-story", str(PILE))
    assert one.returncode == 0, one.stderr
    assert one.stdout.startswith("BRIEFING  (10 articles")


# -- bad input --------------------------------------------------------------------------------


def test_one_article_alone_is_one_story() -> None:
    report = pile(("museum.txt",))
    assert len(report.stories) == 1 and report.stories[0].briefing
    assert render_text(report).startswith("BRIEFING  (1 article, ")


def test_a_thousand_one_sentence_articles() -> None:
    topics = ["harbour", "bridge", "festival", "election", "museum", "storm", "train", "school"]
    texts = [f"The {topics[i % 8]} in Valmora district {i} was in the news on day {i % 28 + 1}." for i in range(1000)]
    articles = tuple(article_from_text(t, i, f"{i}.txt") for i, t in enumerate(texts, 1))
    report = pipeline.build_report(Loaded(articles), pipeline.Options(workers=1, actors=False))
    assert sorted(i for s in report.stories for i in s.articles) == list(range(1, 1001))
    for story in report.stories:
        assert story.briefing and {r.article for item in story.briefing for r in item.sources} <= set(story.articles)
    jsonschema.validate(json.loads(render_json(report)), SCHEMA)


def test_a_thousand_identical_articles(tmp_path: Path) -> None:
    body = (PILE / "museum.txt").read_text()
    for i in range(1000):
        (tmp_path / f"{i:04d}.txt").write_text(body)
    result = brief("-f", "json", "-q", str(tmp_path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["articles"]) == 1 and len(data["stories"]) == 1
