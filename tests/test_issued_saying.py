"""A thing issued that says something speaks for its issuer (brief.actors.issued_saying): on
articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_video_posted_saying_something_is_the_poster_s_statement() -> None:
    report = report_of(
        "Row over fees\n\n"
        "The harbour board raised mooring fees on Monday.\n\n"
        "Councillor Maria Lopez later posted a video saying she had “never seen the town so angry” about "
        "anything.\n"
    )
    assert holders(report, "never seen the town so angry") == ["Maria Lopez"]
