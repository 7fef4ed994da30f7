"""A participle set off after a comma speaks for the subject of the clause right before it, not the
sentence's first subject (session 35), on articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_the_participle_after_a_second_clause_is_its_subjects() -> None:
    report = report_of(
        "Harbor board weighs ferry plan\n\n"
        "Engineer Oliver Brandt and board chair Martha Quinlan met every week to argue over the pier. "
        "On occasion, Brandt would grow more animated, and Quinlan would carefully shut him down, saying, "
        "\"We heard you, Oliver. Thank you.\""
    )
    assert holders(report, "We heard you") == ["Martha Quinlan"]


def test_a_participle_after_the_only_clause_stays_with_its_subject() -> None:
    report = report_of(
        "Harbor board weighs ferry plan\n\n"
        "Board chair Martha Quinlan rejected the pier design on Tuesday, saying it would not survive the winter storms."
    )
    assert holders(report, "survive the winter storms") == ["Martha Quinlan"]
