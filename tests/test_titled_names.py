"""A single name after a title the tagger missed ("Lord Sugar tweeted") is a speaker's name
(brief.actors.speakers.missed_speaker), on an article written for this test."""

from __future__ import annotations

from written import holders, report_of


def test_a_single_name_after_a_title_speaks() -> None:
    report = report_of(
        "Show returns next year\n\n"
        "The business show will return next year, its makers said.\n\n"
        "Lord Sugar tweeted that the show would \"be back bigger than ever\".\n"
    )
    assert holders(report, "be back bigger than ever") == ["Sugar"]
