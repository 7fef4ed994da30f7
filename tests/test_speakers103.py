"""Session 63 (speakers103): K3's described speakers and messages, on articles written for these tests: a
message used to say something ("The Prime Minister used her New Year message to say ...") is the user's saying,
not the possessive's before the message; a message used for a deed with the speaker's words quoted in it ("used
his own message to ... defeat Ms Vale's "clueless and weak" government") is a statement."""

from __future__ import annotations

from written import holders, report_of

_NEW_YEAR = (
    "Vale promises a year of reform\n\n"
    "Ada Vale promised \"deep and lasting reform\" from her government in 2009.\n\n"
    "The Prime Minister used her New Year message to say her top priority would be steering the country through "
    "a year of slow growth.\n\n"
    "Opposition leader Tom Brill used his own message to put his party on a war footing to defeat Ms Vale's "
    "\"clueless and weak\" government.\n"
)


def test_a_message_used_to_say_is_its_users_saying() -> None:
    assert holders(report_of(_NEW_YEAR), "her top priority would be steering") == ["Ada Vale"]


def test_words_quoted_in_a_message_used_for_a_deed_are_the_users() -> None:
    assert holders(report_of(_NEW_YEAR), "clueless and weak") == ["Tom Brill"]

