"""A participle of inference after a clause of doing or being is the writer's reading of a fact, not the subject's
statement; after a clause of saying it stays the speaker's (session 39, from fresh43's not-cue shape), on an
article written for this test."""

from __future__ import annotations

from written import said_by

_TURNOUT = (
    "Turnout surge\n\n"
    "Voters turned out in record numbers on Tuesday, suggesting that the new mail ballots had worked. "
    "Some wells have unusual mineral crusts around them, potentially indicating that brine rose from below. "
    "Senator Ray Dunne said the vote was fair, suggesting that critics should accept it. "
    "Mayor Tom Reyes tweeted a photo of the flooded bridge, suggesting the city needed federal help."
)


def test_an_inference_after_a_clause_of_doing_is_no_statement() -> None:
    positions = [t for ts in said_by(_TURNOUT).values() for t in ts]
    assert not any("mail ballots had worked" in t for t in positions)
    assert not any("brine rose from below" in t for t in positions)


def test_an_inference_after_a_clause_of_saying_stays_the_speakers() -> None:
    said = said_by(_TURNOUT)
    assert "that critics should accept it" in said["Ray Dunne"]
    assert any("federal help" in t for t in said["Tom Reyes"])
