"""The stories index says how many outlets carry a story only as far as it knows (brief/render/text.py
``story_line``): an article that names no outlet may come from any. Articles written for these tests."""

from __future__ import annotations

from brief.model import Article, Meta, Report, Story
from brief.render.text import story_line


def _report(sources: list[str]) -> tuple[Report, Story]:
    articles = tuple(Article(i, f"Pier closes {i}", f"a{i}.html", "The Kellmoor pier closed on Tuesday.", source=s)
                     for i, s in enumerate(sources, 1))
    story = Story(1, "Pier closes", tuple(a.id for a in articles), None, (), ())
    return Report(articles, {}, {}, (story,), Meta("0", "position", "position")), story


def test_a_story_of_named_and_unnamed_pages_is_not_said_to_be_one_outlets() -> None:
    assert story_line(*_report(["Kellmoor Gazette", ""])) == "2 articles"
    assert story_line(*_report(["Kellmoor Gazette", "Harbour Times", ""])) == "3 articles, at least 2 sources"


def test_a_story_whose_pages_all_name_their_outlet_says_how_many() -> None:
    assert story_line(*_report(["Kellmoor Gazette", "kellmoor gazette"])) == "2 articles, 1 source"
    assert story_line(*_report(["Kellmoor Gazette", "Harbour Times"])) == "2 articles, 2 sources"
    assert story_line(*_report(["", ""])) == "2 articles"
