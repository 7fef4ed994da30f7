"""Two single articles on one topic whose leads share only the topic's name are two stories
(brief/stories/lead_runs.py).

Two developments of one event days apart (the zoo director's admission about a fence, a keeper's account
to the police) recall the same background in the same words and name the same zoo in their leads; two
reports of one development also name its actor. Articles written for these tests (an invented zoo, its
director and a keeper)."""

from __future__ import annotations

from brief.stories import group_articles
from brief.stories.lead_runs import lead_runs, shared_names
from tests.test_grouping import PILE, as_text_sets, build

BACKGROUND = (
    "A brown bear escaped from its enclosure at Marrowdale Zoo last month and injured two keepers before it "
    "was sedated."
)
FENCE = (
    "The director of Marrowdale Zoo, Ilse Voronen, admitted on Tuesday that the fence around the bear "
    "enclosure was well below the height that inspectors recommend for large animals. Ilse Voronen said the "
    "fence would be raised by a metre and topped with an electric wire before the bear house reopens, and that "
    "a second inspector would check every enclosure in the spring. " + BACKGROUND
)
FENCE_AGAIN = (
    "Marrowdale Zoo director Ilse Voronen conceded on Tuesday that the bear enclosure's fence was lower than "
    "the height inspectors recommend for large animals, and promised that Ilse Voronen's staff would raise "
    "it. " + BACKGROUND
)
KEEPER = (
    "One of the keepers injured in the Marrowdale Zoo bear attack, Dario Pellucci, told detectives that "
    "visitors had thrown food into the pen minutes before the escape, according to court papers filed by "
    "the police. He said the animal had been restless all morning and that a group of teenagers had shouted "
    "at it from the railing while he was cleaning the moat. " + BACKGROUND
)


def test_a_lead_names_runs_of_capitalised_words_without_its_days() -> None:
    articles, sentences = build([FENCE, KEEPER])
    fence, keeper = lead_runs(sentences[1]), lead_runs(sentences[2])
    assert frozenset({"marrowdale", "zoo"}) in fence and frozenset({"ilse", "voronen"}) in fence
    assert not any("tuesday" in run for run in fence)  # a day is the lead's "when", not a name
    assert shared_names(fence, keeper) == 1  # the zoo only


def test_two_developments_sharing_only_the_topic_name_are_two_stories() -> None:
    articles, sentences = build(PILE + [FENCE, KEEPER])
    found = as_text_sets(group_articles(articles, sentences), articles)
    assert frozenset([FENCE]) in found and frozenset([KEEPER]) in found


def test_two_reports_of_one_development_naming_its_actor_are_one_story() -> None:
    articles, sentences = build(PILE + [FENCE, FENCE_AGAIN])
    assert frozenset([FENCE, FENCE_AGAIN]) in as_text_sets(group_articles(articles, sentences), articles)
