"""A content that is only "that sentiment" (a demonstrative and a noun of attitude standing for earlier
words) is no position; with its words after the noun it is one (session 35), on articles written for these
tests."""

from __future__ import annotations

from written import said_by


def test_sharing_that_sentiment_states_nothing() -> None:
    said = said_by(
        "Ferry cuts anger islanders\n\n"
        "Island councillor Rhoda Vance said the cuts would leave older residents stranded. "
        "Harbor resident Paul Everly shared that sentiment on Wednesday."
    )
    assert not any("sentiment" in t for texts in said.values() for t in texts)
    assert any("older residents stranded" in t for t in said["Rhoda Vance"])


def test_a_view_with_its_words_after_the_noun_is_kept() -> None:
    said = said_by(
        "Ferry cuts anger islanders\n\n"
        "Harbor resident Paul Everly repeated his view that the cuts would empty the islands."
    )
    assert any("empty the islands" in t for t in said["Paul Everly"])
