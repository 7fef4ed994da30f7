"""Quoted words that say what a named person is or feels ("Walsh remains “confident ...”"), or that
follow a noun of their saying ("Hunt's pledge to “...”"), are that person's, with no cue
(brief.actors.subject_quotes), on articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_quoted_state_of_the_subject_is_theirs() -> None:
    report = report_of(
        "Stadium row deepens\n\n"
        "A row over the new stadium deepened this week.\n\n"
        "Councillor Dana Whitby said the vote was \"a betrayal of the whole town\".\n\n"
        "Brian Walsh remains \"confident that the deal will go through\" before the summer.\n"
    )
    assert holders(report, "confident that the deal will go through") == ["Brian Walsh"]


def test_a_pledge_quoted_after_a_possessive_is_the_possessors() -> None:
    report = report_of(
        "River clean-up begins\n\n"
        "Work began on Monday to clear the river of plastic.\n\n"
        "The work follows Gary Hunt's pledge to \"clean up the river within five years\".\n"
    )
    assert holders(report, "clean up the river within five years") == ["Gary Hunt"]


def test_a_sentence_with_a_cue_is_left_to_the_model() -> None:
    report = report_of(
        "Striker injured\n\n"
        "Coach Ellen Marsh said on Friday that Tom Reddy was \"out for at least six weeks\" with a knee injury.\n"
    )
    assert "Tom Reddy" not in holders(report, "out for at least six weeks")
