"""Cue words in a sense that states nothing give no position (brief.actors.left_posts, shown_signs, court_senses,
handed_objects, unanswered, bodily_senses, scored_objects): a post left, signs shown, evidence admitted in court, a
thing handed over, questions ignored, a car slammed into another, a goal conceded. The same verbs with something
said keep their positions. On articles written for these tests."""

from __future__ import annotations

from written import cues_by, held_by, held_by_anyone

HEAD = "Harbour town weekend\n\n"


def test_a_post_left_says_nothing() -> None:
    cues = cues_by(HEAD + "Coach Dennis Albright stepped down Wednesday as the head coach of the Harbour Gulls.")
    assert not held_by_anyone(cues, "head coach of the Harbour Gulls")


def test_signs_shown_are_a_display() -> None:
    cues = cues_by(HEAD + "The young defender Tom Albright showed signs that he really is his father's son with a "
                          "calm display at the back.")
    assert not held_by_anyone(cues, "his father's son")


def test_evidence_admitted_in_court_is_a_ruling() -> None:
    cues = cues_by(HEAD + "Judge Mary Holt admitted evidence of the blood tests, taken without a warrant.")
    assert not held_by_anyone(cues, "blood tests")


def test_a_confession_stays() -> None:
    cues = cues_by(HEAD + "Dennis Albright admitted that he had taken the boat without asking.")
    assert held_by(cues, "Dennis Albright", "taken the boat")


def test_a_thing_handed_over_says_nothing() -> None:
    cues = cues_by(HEAD + "Governor Jane Moss has granted Police Chief Dennis Albright extended leave of absence.")
    assert not held_by_anyone(cues, "leave of absence")
    sent = cues_by(HEAD + "The Harbour Board sent Velmont Motors a letter on Monday about the pier lease.")
    assert not held_by_anyone(sent, "pier lease")


def test_a_letter_sent_saying_stays() -> None:
    cues = cues_by(HEAD + "The Harbour Board sent Velmont Motors a letter on Monday saying the lease was void.")
    assert held_by_anyone(cues, "lease was void")


def test_questions_ignored_are_silence() -> None:
    cues = cues_by(HEAD + "Mr Albright and Ms Dalgety ignored questions from reporters as they left the court.")
    assert not held_by_anyone(cues, "questions from reporters")


def test_a_car_slammed_into_another_is_a_crash() -> None:
    cues = cues_by(HEAD + "Police said Dennis Albright's truck crossed the centre line and Albright slammed head-on "
                          "into another car, driven by Mary Holt, just north of the harbour.")
    assert not any(cue == "slammed" for name in cues for cue, _ in cues[name])


def test_slammed_a_plan_stays() -> None:
    cues = cues_by(HEAD + "Mayor Dennis Albright slammed the plan to close the pier as a betrayal of the town.")
    assert held_by(cues, "Dennis Albright", "the plan to close the pier")


def test_a_goal_conceded_is_a_score() -> None:
    cues = cues_by(HEAD + "Harbour Gulls have lost four of their last five games, each time conceding a goal "
                          "between the 80th and 90th minutes.")
    assert not held_by_anyone(cues, "80th and 90th minutes")


def test_a_point_conceded_stays() -> None:
    cues = cues_by(HEAD + "Mayor Dennis Albright conceded that the pier would have to close for the winter.")
    assert held_by(cues, "Dennis Albright", "pier would have to close")
