"""Two states or bodies that commit together ("Germany and France pledged to send aid", "Britain and Canada
vowed to back the plan") both hold the commitment: the cue tagger missed the first shape
(brief.actors.body_stances), and the source tagger keeps only the last name of the second
(brief.actors.coordinated_names). On articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_list_that_pledges_is_read_as_committing() -> None:
    report = report_of("European leaders back ceasefire plan\n\nItaly pledged to back the plan on Tuesday.\n"
                       "Germany and France pledged to send more aid to the region.")
    assert sorted(holders(report, "send more aid")) == ["France", "Germany"]


def test_both_names_of_a_list_that_vows_hold_the_vow() -> None:
    report = report_of("European leaders back ceasefire plan\n\nItaly pledged to back the plan on Tuesday.\n"
                       "Spain and Portugal vowed to keep their embassies open.")
    assert sorted(holders(report, "keep their embassies open")) == ["Portugal", "Spain"]


def test_a_pledged_sum_is_no_stance() -> None:
    report = report_of("Donors meet in Geneva\n\nItaly pledged to back the plan on Tuesday.\n"
                       "Germany and France pledged $5bn to the fund.")
    assert holders(report, "to the fund") == []
