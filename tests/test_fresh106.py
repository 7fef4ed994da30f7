"""Session 65's fresh sample of half K (bench/positions_web.py --fresh 65) judged six positions wrong; these are the
general forms of five of them, on articles written for these tests:

- a score a player "added" ("added an assist") is no statement (brief.actors.scored_objects);
- "looked" for "seemed" before a complement ("looked odds-on to convert") is no statement (other_senses);
- a want after a modal of possibility ("might look to get a goalie") is the writer's guess (cue_shapes);
- a wire's dateline closed by a horizontal bar ("PORTLAND (AP) ― ...") is a dateline, as with any other dash, and
  its wire is not the sentence's subject (brief.text.sentences);
- the words after "quoted X as saying" are X's, not the quoting subject's, where the model read "saying" as a cue
  of its own (quoted_as);
- a talk "to X about Y" names its partner and topic, nothing said (cue_shapes; a leftover of session 64's fresh
  sample, "talked to Emery about an after-practice episode");
- a debate's object is its topic, no side taken (other_senses; session 64's "critics have been debating").

Each has a twin that keeps its position.
"""

from __future__ import annotations

from written import cues_by, held_by, held_by_anyone

from brief.ingest.text import article_from_text
from brief.text.sentences import split_article

HEAD = "Harbour town weekend\n\n"


def test_an_assist_added_is_a_score() -> None:
    cues = cues_by(HEAD + "Rangers beat the Hawks 4-2 on Saturday. Tomas Brandt and Lee Okafor scored for Toronto, "
                          "which has lost five straight. Brandt added an assist and Marco Vettel allowed three goals "
                          "on 30 shots. \"We just lack the confidence,\" said Toronto coach Dale Hughes.")
    assert not held_by_anyone(cues, "an assist")
    assert held_by(cues, "Dale Hughes", "lack the confidence")


def test_a_point_added_in_words_stays() -> None:
    cues = cues_by(HEAD + "\"It is fair,\" said Finance Minister Jo Lund. Lund added that the goal was growth.")
    assert held_by(cues, "Jo Lund", "the goal was growth")


def test_looking_odds_on_is_how_a_player_seemed() -> None:
    cues = cues_by(HEAD + "Rovers pulled a goal back before the break. Pavel Marek looked odds-on to convert Ruiz's "
                          "free-kick as it travelled across keeper Sam Ode unhindered, but the ball crept inside the "
                          "far post. \"We fought,\" said manager Ian Holt.")
    assert not held_by_anyone(cues, "odds-on")


def test_looking_set_to_score_is_how_a_player_seemed() -> None:
    cues = cues_by(HEAD + "Rovers pulled a goal back. Pavel Marek looked set to score from Ruiz's cross, but the "
                          "ball went wide.")
    assert not held_by_anyone(cues, "to score from")


def test_a_guessed_want_after_might_is_the_writers() -> None:
    cues = cues_by(HEAD + "The Flyers need a goalie. One option: General Manager Dan Pyle might look to get a "
                          "goaltender when he thins out the defence after the trade freeze. \"We are fine,\" Pyle said.")
    assert not held_by_anyone(cues, "get a goaltender")
    assert held_by(cues, "Dan Pyle", "We are fine")


def test_a_guessed_want_after_may_is_the_writers() -> None:
    cues = cues_by(HEAD + "The Flyers need a goalie. General Manager Dan Pyle may look to get a goaltender after the "
                          "trade freeze.")
    assert not held_by_anyone(cues, "get a goaltender")


def test_a_horizontal_bar_closes_a_wire_dateline() -> None:
    text = ("PORTLAND (AP) ― One of the two victims of Portland Zoo bear attack was intoxicated and admitted to "
            "yelling at the animal, police said.")
    sentences = split_article(article_from_text(text, 1, "1.txt"))
    assert sentences[0].text.startswith("One of the two victims")


def test_the_wire_of_a_barred_dateline_admits_nothing() -> None:
    cues = cues_by("PORTLAND (AP) ― One of the two victims of Portland Zoo bear attack was intoxicated and admitted "
                   "to yelling and waving at the animal while standing atop the railing of the bear enclosure, police "
                   "said in court documents filed Thursday.\n\nDan Rook, 20, told the father of Ian Vale, 17, who was "
                   "killed, that the two yelled at the bear but insisted they never threw anything, according to a "
                   "search warrant affidavit obtained by the Portland Herald.")
    assert "AP" not in cues
    assert held_by(cues, "Dan Rook", "yelled at the bear")


def test_words_quoted_as_said_are_not_the_quoters() -> None:
    cues = cues_by(HEAD + "The Daily Courier quoted the striking nurses as saying: \"We have had enough of promises.\"")
    assert not held_by(cues, "Daily Courier", "enough of promises")


def test_words_quoted_as_said_go_to_the_one_quoted() -> None:
    cues = cues_by(HEAD + "Interior Minister Aziz Karimi spoke on Tuesday. State television quoted him as saying: "
                          "\"We will not bow to pressure.\"")
    assert held_by(cues, "Aziz Karimi", "not bow to pressure")


def test_a_talk_with_someone_about_a_topic_says_nothing() -> None:
    cues = cues_by(HEAD + "On Dec. 27, general manager Brian Muller talked to Emery about an after-practice episode in "
                          "which he knocked over a row of water bottles.")
    assert not held_by_anyone(cues, "after-practice episode")


def test_what_was_told_in_a_talk_stays() -> None:
    cues = cues_by(HEAD + "On Dec. 27, general manager Brian Muller told Emery that the episode was closed.")
    assert held_by(cues, "Brian Muller", "the episode was closed")


def test_a_debate_gives_its_topic_not_a_side() -> None:
    cues = cues_by(HEAD + "Ever since the novel appeared in 1969, critics have been debating not only its merits as "
                          "literature but its meaning.")
    assert not held_by_anyone(cues, "its merits")


def test_an_argument_made_stays() -> None:
    cues = cues_by(HEAD + "Ever since the novel appeared in 1969, critic Anna Rowe has argued that its meaning was lost.")
    assert held_by(cues, "Anna Rowe", "its meaning was lost")
