"""A single article joining a story of three must name one of the story's core names in its lead
(brief/stories/lead_names.py).

Three reports of one protest share their actors; an article on the same dispute that names only a
name one of them mentions in passing is another development. Articles invented for these tests (an
invented airport, its neighbours and its owner)."""

from __future__ import annotations

from brief.stories import group_articles
from brief.stories.lead_names import LeadCheck, lead_matrix, lead_names
from tests.test_grouping import PILE, as_text_sets, build
from tests.test_stories69_lead_names import BACKGROUND, PROTEST, PROTEST_AGAIN

PROTEST_THIRD = (
    "The Quieter Skies Alliance led a march of Lakehurst residents to the Town Hall on Sunday, where "
    "Odile Marsh, its chairwoman, said the noise from the jets had emptied whole streets. "
    "Mayor Tomas Brell marched too. " + BACKGROUND
)
APPEAL = (
    "Corrane Aviation has hired the barrister Felix Ambrose to argue its appeal, a spokesman said on "
    "Thursday, and the company's chief executive Bram Tollis called the hearing the scheme's last chance. "
    "Judge Wendell Pryce will sit alone. The airport wants a second runway, which residents under the "
    "flight path oppose over aircraft noise; the county council rejected the runway plan in the spring "
    "and the appeal of that planning decision will be heard next month."
)
SURVEY = (
    "A study by Professor Ingrid Saltmarsh of Fenwick University measured night flights over the "
    "village of Ashby Parva for a year and found sleep lost in four homes of five, the Ledger reported. "
    + BACKGROUND
)
APPEAL_AGAIN = (
    "The barrister Felix Ambrose will argue the appeal of Corrane Aviation, its chief executive Bram Tollis "
    "said on Thursday, calling the hearing before Judge Wendell Pryce the scheme's last chance. " + BACKGROUND
)


def test_an_article_naming_only_a_passing_name_of_a_story_may_not_join_it() -> None:
    protests = [PROTEST, PROTEST_AGAIN, PROTEST_THIRD]
    articles, sentences = build(protests + [APPEAL, APPEAL_AGAIN])
    names = [lead_names(a, sentences[a.id]) for a in articles]
    names[2] = names[2] | {"corrane"}  # the third protest report names the airport's owner in passing
    check = LeadCheck(lead_matrix(names), [3, 1, 1, 1, 1])
    check.merged(0, 1)
    check.merged(0, 2)
    assert not check.allows(0, 3)  # the appeal shares only "Corrane", one lead's passing name
    names[3] = names[3] | {"marsh"}
    check = LeadCheck(lead_matrix(names), [3, 1, 1, 1, 1])
    check.merged(0, 1)
    check.merged(0, 2)
    assert check.allows(0, 3)  # naming the protest's leader, a core name, it may


def test_an_article_naming_the_story_core_still_joins_it() -> None:
    appeals = [APPEAL, APPEAL_AGAIN]
    articles, sentences = build(PILE + appeals + [APPEAL.replace("Thursday", "Friday")])
    found = as_text_sets(group_articles(articles, sentences), articles)
    assert any(len(group) == 3 and frozenset(appeals) <= group for group in found)
