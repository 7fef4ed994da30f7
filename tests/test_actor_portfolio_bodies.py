"""A body the article names only by a common noun ("the defence ministry", "the government") is listed under
a name a reader takes for one ("Defence Ministry", "Government"), and "the government" is not the ministry
described just before it: the text speaks of two voices (brief.actors.groups, brief.actors.body_reference).
On articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_ministry_by_its_portfolio_is_named_as_one() -> None:
    report = report_of("Troops mass near border\n\nThe defence ministry said the drills would continue until "
                       "Friday. Officials gave no other details.")
    assert holders(report, "drills would continue") == ["Defence Ministry"]


def test_the_government_is_not_the_ministry_described_before() -> None:
    report = report_of("Troops mass near border\n\nThe defence ministry said the drills would continue until "
                       "Friday.\n\nThe government said it would respond to any provocation.")
    assert holders(report, "respond to any provocation") == ["Government"]


def test_a_department_described_before_is_named_as_one() -> None:
    report = report_of("Bridge closed\n\nThe transportation department closed the Ardmore bridge on Monday "
                       "after cracks were found. The department said repairs would take a month.")
    assert holders(report, "repairs would take a month") == ["Transportation Department"]
