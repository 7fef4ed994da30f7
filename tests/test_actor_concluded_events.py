"""Concluding a hearing or a meeting finishes it, a deed; concluding that something is so stays a finding (session
39, from the read pages' unjudged positions), on an article written for this test."""

from __future__ import annotations

from written import said_by

_HEARINGS = (
    "Panel wraps up\n\n"
    "The Senate Finance Committee concluded its second public budget hearings on Thursday, with testimony from "
    "four economists. The Senate Finance Committee concluded that the forecast was too optimistic. "
    "The Senate Finance Committee also concluded the review was flawed."
)


def test_concluding_hearings_is_no_statement() -> None:
    said = said_by(_HEARINGS)["Senate Finance Committee"]
    assert not any("budget hearings" in t for t in said)


def test_concluding_a_finding_still_is() -> None:
    said = said_by(_HEARINGS)["Senate Finance Committee"]
    assert "that the forecast was too optimistic" in said
    assert "the review was flawed" in said
