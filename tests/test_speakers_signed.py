"""A quotation signed with a dash and a name is that person's (brief.actors.signed), on
articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_readers_quotations_signed_with_a_dash_are_theirs() -> None:
    report = report_of(
        "Readers Share Their Thoughts On The New Bridge\n\n"
        "We asked readers in Dunmere what they made of the plan to close the old bridge.\n\n"
        "“The new bridge is too far from the market. Everyone I know will drive an extra ten miles.” ― Ana Ortiz\n\n"
        "“I have crossed the old bridge every day for forty years and it has never failed me.”\u2015\u00a0Tomas Brandt.\n\n"
        "“Closing it will cut the east side off from the hospital for a whole winter.” — Helena K. Voss.\n\n"
        "The council will vote on the plan in March.\n"
    )
    assert holders(report, "extra ten miles") == ["Ana Ortiz"]
    assert holders(report, "never failed me") == ["Tomas Brandt"]
    assert holders(report, "off from the hospital") == ["Helena K. Voss"]


def test_a_quotation_signed_by_a_body_or_a_lone_word_is_no_person_s() -> None:
    report = report_of(
        "The Dunmere Herald printed its verdict on the bridge on Monday.\n\n"
        "“The bridge has served the town well and deserves a proper repair.” ― The Editors\n\n"
        "“Nobody asked the people who live by the river what they wanted.” ― Anonymous\n"
    )
    assert holders(report, "deserves a proper repair") == []
    assert holders(report, "people who live by the river") == []

