"""Match reports of one team's different matches are different stories (brief/stories/scorelines.py).

A day's sports feed holds recaps of one club's games a few days apart: they share the club, its
players and its ground as much as two reports of one game do; the score each leads with tells them
apart. Articles written for these tests (invented clubs and players)."""

from __future__ import annotations

from brief.stories import group_articles
from brief.stories.scorelines import different_matches, scorelines
from tests.test_grouping import PILE, as_text_sets, build

FIRST_GAME = (
    "Harrowgate, ON (Puck Wire) - Emil Vasko scored twice and added an assist as the Harrowgate Lynx beat the "
    "Dunmore Otters, 5-2, at Brennick Arena. Pavel Strand made 31 saves for the Lynx, who have won three straight. "
    "Vasko opened the scoring on a power play, and Jori Tammet added a goal and two assists for Harrowgate. "
    "Lynx coach Ansel Brode said his top line had carried the team through the holiday stretch."
)
SECOND_GAME = (
    "Harrowgate, ON (Puck Wire) - Jori Tammet registered a hat trick as the Harrowgate Lynx doubled up the "
    "Carrick Falcons, 6-3, at Brennick Arena. Emil Vasko collected two assists and Pavel Strand stopped 27 shots "
    "for the Lynx. Tammet scored twice on the power play in the second period for Harrowgate. "
    "Lynx coach Ansel Brode praised his top line after the team's fourth straight home win."
)
FIRST_GAME_AGAIN = (
    "The Harrowgate Lynx extended their winning streak to three games with a 5-2 victory over the Dunmore Otters "
    "at Brennick Arena. Emil Vasko netted two goals for the Lynx, one on a power play, and Jori Tammet had a goal "
    "and two assists. Pavel Strand turned aside 31 shots. Coach Ansel Brode credited the Lynx top line for "
    "the holiday run."
)


def test_the_score_a_report_leads_with_is_read_either_way_round_and_not_a_date_or_a_chance() -> None:
    articles, sentences = build([FIRST_GAME, "Otters fall 2-5 in Harrowgate. A 50-50 chance for the 2007-08 playoffs."])
    assert scorelines(articles[0], sentences[1]) == {(2, 5)}
    assert scorelines(articles[1], sentences[2]) == {(2, 5)}
    assert different_matches(frozenset({(2, 5)}), frozenset({(3, 6)}))
    assert not different_matches(frozenset({(2, 5), (1, 0)}), frozenset({(2, 5)}))
    assert not different_matches(frozenset(), frozenset({(3, 6)}))


def test_recaps_of_two_games_of_one_club_are_two_stories_and_two_reports_of_one_game_one() -> None:
    articles, sentences = build(PILE + [FIRST_GAME, SECOND_GAME])
    found = as_text_sets(group_articles(articles, sentences), articles)
    assert frozenset([FIRST_GAME]) in found and frozenset([SECOND_GAME]) in found
    articles, sentences = build(PILE + [FIRST_GAME, FIRST_GAME_AGAIN])
    assert frozenset([FIRST_GAME, FIRST_GAME_AGAIN]) in as_text_sets(group_articles(articles, sentences), articles)
