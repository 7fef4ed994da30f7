"""A place's public body written in lower case that the resolver gives to no one (session 35), on articles
written for these tests: "The Inner Mongolia health commission said" is the commission's, though the place
alone only places a body of its own remit."""

from __future__ import annotations

from written import actors_of, holders, report_of


def test_a_provinces_health_commission_in_a_short_report_speaks() -> None:
    report = report_of("Virus cases rise\n\n"
                       "The Inner Mongolia health commission said 15 new cases were found on Monday. "
                       "Schools in Hohhot were closed.\n")
    assert holders(report, "15 new cases") == ["Inner Mongolia health commission"]
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds["Inner Mongolia health commission"] == "organization"


def test_a_court_placed_by_a_state_stays_no_one() -> None:
    report = report_of("Ruling on maps\n\nA Texas court ruled on Monday that the new district maps were unlawful.\n")
    assert holders(report, "district maps were unlawful") in ([], ["Texas court"])
    assert "Texas" not in holders(report, "district maps were unlawful")
