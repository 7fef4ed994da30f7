"""A quotation after a participle of saying or a dash that closes a statement's sentence is the
statement's speaker's ("welcomed the ruling, saying “...”") (brief.actors.participle_quotes), on
articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_quotation_after_saying_is_the_speakers() -> None:
    report = report_of(
        "Families welcome inquest ruling\n\n"
        "An inquest jury returned its verdict on Monday.\n\n"
        "Mark Ellison welcomed the ruling, saying \"justice has finally been done for the families\".\n"
    )
    assert holders(report, "justice has finally been done") == ["Mark Ellison"]


def test_a_quotation_after_a_dash_is_the_speakers() -> None:
    report = report_of(
        "Rovers edge derby\n\n"
        "Harlow Rovers beat Dunmere 2-1 on Saturday.\n\n"
        "Manager Peter Kaye praised the team's spirit - \"they never gave up, not for one second\".\n"
    )
    assert holders(report, "they never gave up") == ["Peter Kaye"]


def test_a_quotation_with_a_cue_of_its_own_is_left_to_it() -> None:
    report = report_of(
        "Rovers edge derby\n\n"
        "Harlow Rovers beat Dunmere 2-1 on Saturday.\n\n"
        "Manager Peter Kaye praised the team's spirit, but captain Ivo Marten said \"we were lucky today\".\n"
    )
    assert "Peter Kaye" not in holders(report, "we were lucky today")
