"""A story is titled by the most central headline that names what the story shares, not by a page's
furniture title (brief/stories/story_title.py). Articles written for these tests."""

from __future__ import annotations

import dataclasses

from brief.model import Article
from brief.stories import group_articles
from brief.stories.story_title import naming_title
from brief.text.sentences import split_article
from tests.test_grouping import ALONE, DAM, STRIKE, build

FURNITURE = "| Sat Jan 12 2008 | | Subscribe | Make a Donation |"


def test_the_first_title_carrying_a_shared_word_in_any_form_else_the_most_central() -> None:
    titles = ["| Home | Make a Donation |", "Weather desk", "Dam spillways opened as reservoir rises"]
    assert naming_title(titles, ["Valdora", "spillway", "Ines Kortaal"]) == 2
    assert naming_title(titles, ["Brenhaven"]) == 0
    assert naming_title(["Dam news"], ["Valdora"]) == 0
    # A headline that names nothing gives way to a headline, not to another page's first sentence.
    sentence = "The Valdora dam's spillways were opened on Tuesday as the reservoir rose."
    assert naming_title(["Weather desk", sentence], ["Valdora"], [True, False]) == 0
    assert naming_title(["Weather desk", sentence], ["Valdora"], [False, False]) == 1


def test_a_story_whose_central_page_has_a_furniture_title_is_titled_by_a_headline_that_names_it() -> None:
    articles, _ = build(DAM + STRIKE + ALONE)
    headlines = {1: FURNITURE, 2: FURNITURE, 3: "Remmel river crests in Brenhaven as Valdora dam holds", 4: FURNITURE}
    articles = [dataclasses.replace(a, title=headlines.get(a.id, a.title)) for a in articles]
    sentences = {a.id: split_article(a) for a in articles}
    dam = next(g for g in group_articles(articles, sentences) if 1 in g.articles)
    assert set(dam.articles) == {1, 2, 3, 4}
    assert dam.title == "Remmel river crests in Brenhaven as Valdora dam holds"


def test_a_one_article_story_keeps_its_own_title_whatever_it_is() -> None:
    article = dataclasses.replace(Article(1, FURNITURE, "a1.txt", ALONE[0]))
    [group] = group_articles([article], {1: split_article(article)})
    assert group.title == FURNITURE
