"""A clause a named person told someone, framed by a verb with "with"/"to" and "that" the cue model
reads no cue in ("shared with AutoWeek that ...") is that person's (brief.actors.told_that), on
articles written for these tests."""

from __future__ import annotations

from written import holders, report_of

from brief.actors.told_that import _TOLD_THAT


def test_a_clause_shared_with_an_outlet_is_the_sharers() -> None:
    report = report_of(
        "Carmaker shows convertible\n\n"
        "The new convertible was shown in Tokyo on Monday.\n\n"
        "In order to make up for the missing roof, Halden Project Manager Kenji Mori shared with Drive.com that "
        "they have stiffened the chassis with extra braces.\n"
    )
    assert holders(report, "stiffened the chassis") == ["Kenji Mori"]


def test_that_as_a_determiner_is_no_telling() -> None:
    assert _TOLD_THAT.match(" shared with fans that video of her rehearsals.") is None
    assert _TOLD_THAT.match(" shared with Drive.com that they have stiffened the chassis.") is not None
