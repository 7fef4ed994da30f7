""""The government said" and "a government spokesperson" speak for a body the text named that is a
government (its name says so: a ministry, a department, "Government of ..."), never for the latest body
of another sort, a research council or a chamber of parliament (brief.actors.body_reference); with no
such body named, "the government" is an unnamed body of that name (brief.actors.groups). On articles
written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_the_government_is_not_a_research_council() -> None:
    report = report_of(
        "The Varna Council of Medical Research (VCMR) said on Monday that the drug had helped patients in "
        "two trials.\n\n"
        "On Tuesday, the government said that the drug would be sent only to the worst-hit nations."
    )
    assert holders(report, "worst-hit nations") == ["Government"]  # the unnamed government, by its noun


def test_a_government_spokesperson_is_not_a_chamber_of_parliament() -> None:
    report = report_of(
        "Members of the House of Lords criticised the trade deal on Monday.\n\n"
        "A Government spokesperson said: 'We remain focused on getting trade deals that work for our farmers.'"
    )
    assert "House of Lords" not in holders(report, "focused on getting trade deals")


def test_the_government_is_still_a_ministry_named_before() -> None:
    report = report_of(
        "The Ministry of Health said on Monday that the drug had helped patients in two trials.\n\n"
        "On Tuesday, the government said that the drug would be sent only to the worst-hit nations."
    )
    assert holders(report, "worst-hit nations") == ["Ministry of Health"]
