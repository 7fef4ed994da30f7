"""Articles on one topic whose leads name different actors are different stories (brief/stories/lead_names.py).

A long dispute fills a week's pile with articles that recall it in the same words (the runway, the
noise, the appeal) while each leads with a different development. Articles written for
these tests (an invented airport, its neighbours and its owner)."""

from __future__ import annotations

from brief.stories import group_articles
from brief.stories.lead_names import lead_matrix, lead_names
from tests.test_grouping import PILE, as_text_sets, build

BACKGROUND = (
    "The fight over a second runway at Lakehurst Airport has run for three years, with residents "
    "under the flight path opposing the expansion over aircraft noise. The county council rejected "
    "the runway plan in the spring, and the airport's appeal against that planning decision is due "
    "to be heard next month. Airlines say the expansion of the airport would add thousands of flights."
)
PROTEST = (
    "Hundreds of residents marched past Lakehurst Town Hall on Sunday behind the Quieter Skies "
    "Alliance, whose chairwoman Odile Marsh told the crowd the noise had already driven families away. "
    "Mayor Tomas Brell joined the marchers. " + BACKGROUND
)
PROTEST_AGAIN = (
    "Residents of Lakehurst marched to the Town Hall on Sunday in a protest called by the Quieter Skies "
    "Alliance, and chairwoman Odile Marsh said families were already leaving because of the noise. "
    "Mayor Tomas Brell walked with them. " + BACKGROUND
)
APPEAL = (
    "Corrane Aviation, which owns the airport, has hired the barrister Felix Ambrose to lead its case, "
    "a spokesman said on Thursday. The hearing is the last chance for the scheme, Corrane's chief "
    "executive Bram Tollis said. " + BACKGROUND
)


def test_a_lead_names_the_people_and_places_inside_its_first_sentences() -> None:
    articles, sentences = build([APPEAL, PROTEST])
    names = lead_names(articles[0], sentences[1])
    assert {"corrane", "felix", "ambrose", "bram", "tollis"} <= names
    assert "corrane's" not in names and "thursday" in names  # the day a lead names is the event's day
    assert "runway" not in names and "fight" not in names  # the third sentence is past the lead
    assert "hundreds" not in lead_names(articles[1], sentences[2])  # a sentence's first word is not a name
    rows = lead_matrix([names, frozenset({"corrane"}), frozenset()])
    assert rows.shape[0] == 3 and rows[2].nnz == 0


def test_two_developments_of_one_dispute_are_two_stories_and_two_reports_of_one_are_one() -> None:
    articles, sentences = build(PILE + [PROTEST, APPEAL])
    found = as_text_sets(group_articles(articles, sentences), articles)
    assert frozenset([PROTEST]) in found and frozenset([APPEAL]) in found
    articles, sentences = build(PILE + [PROTEST, PROTEST_AGAIN])
    assert frozenset([PROTEST, PROTEST_AGAIN]) in as_text_sets(group_articles(articles, sentences), articles)


CASE = (
    "A swallowed fish bone can hide in the lungs for months. A woman who had coughed for three months was found "
    "to have a fish bone lodged in her airway, according to a new case report. Her doctors first treated the "
    "cough as asthma, then as bronchitis, before a scan showed the bone deep in the lower airway of her right "
    "lung. The bone was removed with a bronchoscope and the cough stopped within a week, the report says."
)
CASE_AGAIN = (
    "The cough would not go away. For three months doctors treated a woman for asthma and then bronchitis, until "
    "a scan found a fish bone lodged deep in the lower airway of her right lung, a case report describes. "
    "The bone was taken out with a bronchoscope, and within a week the cough had stopped."
)


def test_two_reports_of_one_case_whose_leads_name_no_one_are_still_one_story() -> None:
    articles, sentences = build(PILE + [CASE, CASE_AGAIN])
    assert not lead_names(articles[-1], sentences[articles[-1].id])
    assert frozenset([CASE, CASE_AGAIN]) in as_text_sets(group_articles(articles, sentences), articles)
