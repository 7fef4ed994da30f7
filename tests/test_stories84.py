"""Previews of one club's different matches are different stories (brief/stories/fixtures.py).

A sports feed holds the manager's words before each of the club's games: the league game at the weekend, the cup
tie days later. They share the club, the manager and the players as much as two previews of one game do, and state
no score yet; the opponent each opens on tells them apart. Articles written for these tests (invented clubs and
players)."""

from __future__ import annotations

from brief.stories import group_articles
from brief.stories.fixtures import different_fixtures, opening
from tests.test_grouping import PILE, as_text_sets, build

LEAGUE_GAME = (
    "Oswin Marle has confirmed that Teodor Braak will miss Fenwick Athletic's league game at home to Carrow Rovers "
    "on Saturday after the striker hurt his ankle in training. Marle said Fenwick Athletic would also be without "
    "Ilan Vesk, and that Petr Dolan would lead the line. 'Teodor is a big loss for us,' Marle told reporters at "
    "the Fenwick Athletic training ground. Fenwick Athletic sit second in the table, two points behind the leaders."
)
CUP_TIE = (
    "Oswin Marle has praised Lorcan Hale as one of the finest coaches in the country ahead of Fenwick Athletic's "
    "cup clash with Dunmore Town. Marle said Teodor Braak and Ilan Vesk were doubts, and that Petr Dolan would "
    "lead the line again. 'Lorcan has built a side that is hard to beat,' Marle told reporters at the Fenwick "
    "Athletic training ground. Fenwick Athletic reached the quarter-finals by beating two lower-league sides."
)
CUP_TIE_OTHER_SIDE = (
    "Lorcan Hale says Dunmore Town are ready for their cup clash with Fenwick Athletic, whose manager Oswin Marle "
    "has called him one of the finest coaches in the country. Hale said Teodor Braak and Ilan Vesk were doubts for "
    "Fenwick Athletic, and that Petr Dolan would lead their line. 'Oswin has been very kind,' Hale told reporters. "
    "Dunmore Town reached the quarter-finals without conceding a goal."
)


def test_a_preview_opens_on_its_opponent_and_two_previews_of_one_match_name_each_other() -> None:
    articles, sentences = build([LEAGUE_GAME, CUP_TIE, CUP_TIE_OTHER_SIDE])
    league, cup, other_side = (opening(a, sentences[a.id]) for a in articles)
    assert league.opponents == {"carrow rovers"}
    assert cup.opponents == {"dunmore town"}
    assert other_side.opponents == {"fenwick athletic"}
    assert different_fixtures(league, cup)
    assert not different_fixtures(cup, other_side)  # each opening names the other's opponent
    articles, sentences = build(["Oswin Marle spoke about the weekend. He said Braak would miss the game."])
    assert not different_fixtures(league, opening(articles[0], sentences[articles[0].id]))  # no opponent named


def test_previews_of_two_matches_of_one_club_are_two_stories_and_of_one_match_from_both_sides_one() -> None:
    articles, sentences = build(PILE + [LEAGUE_GAME, CUP_TIE])
    found = as_text_sets(group_articles(articles, sentences), articles)
    assert frozenset([LEAGUE_GAME]) in found and frozenset([CUP_TIE]) in found
    articles, sentences = build(PILE + [CUP_TIE, CUP_TIE_OTHER_SIDE])
    assert frozenset([CUP_TIE, CUP_TIE_OTHER_SIDE]) in as_text_sets(group_articles(articles, sentences), articles)
