"""A phrase of where something was said, set before its speaker, is no content (brief.actors.fronted_settings):
on articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_what_follows_the_cue_is_said_not_the_setting_before_the_speaker() -> None:
    report = report_of(
        "Harbour fees rise\n\n"
        "The harbour board raised mooring fees by a third on Monday.\n\n"
        "In an interview with the Dunmere Gazette, ferry captain Ivo Marten said the fees would drive "
        "small boats away.\n\n"
        "At a rally on the quay, union organiser Maria Lopez said the workers would strike in May.\n"
    )
    assert holders(report, "drive small boats away") == ["Ivo Marten"]
    assert holders(report, "workers would strike in May") == ["Maria Lopez"]
    assert holders(report, "interview with the Dunmere Gazette") == []
