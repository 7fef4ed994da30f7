"""Speakers put under the wrong actor, or under no one (session 30, speakers12), on articles written
for these tests: a place's dateline read as a label, a title run with a role in lower case before the
name, a live blog's time stamp, a bare description before a name, "the <club> boss"."""

from __future__ import annotations

from written import actors_of, holders, report_of


def test_a_place_and_a_colon_opening_the_lead_is_a_dateline_not_a_speaker() -> None:
    report = report_of(
        "Steel shares tumble on weak orders\n\n"
        "Chennai: Shares of Varun Steel dropped 9 per cent on Tuesday after the mill cut its forecast.\n\n"
        "The company blamed slower orders from builders."
    )
    assert holders(report, "dropped 9 per cent") == []
    assert "Chennai" not in [a.name for a in actors_of(report)]


def test_a_persons_label_keeps_its_answer() -> None:
    report = report_of(
        "Ten minutes with a baker\n\nWe met Tilda Brandt, who runs a bakery in Hove.\n\n"
        "Tilda Brandt: I bake every loaf by hand, and I always will.\n"
    )
    assert holders(report, "every loaf by hand") == ["Tilda Brandt"]


def test_a_party_and_lower_case_role_before_the_name_and_an_aside() -> None:
    report = report_of(
        "Count goes on overnight\n\nPolls closed at ten.\n\n"
        "Green Party leader Oskar Lindqvist, speaking in Malmo, said his party had never polled so well."
    )
    assert holders(report, "never polled so well") == ["Oskar Lindqvist"]


def test_a_live_blog_time_stamp_does_not_hide_the_subject() -> None:
    report = report_of(
        "Live: council count\n\nCounting began at midnight.\n\n"
        "10:42 Harbour Party leader Oskar Lindqvist, speaking in Malmo, said his party had never polled so well."
    )
    assert holders(report, "never polled so well") == ["Oskar Lindqvist"]


def test_a_bare_description_before_a_body_and_its_relative_clause() -> None:
    report = report_of(
        "Packing firm trials robot arm\n\nKestrel Automation showed its new arm on Monday.\n\n"
        "Pilot customer Moorgate Freight, which runs six depots in Kent, said the arm had halved its packing errors."
    )
    assert holders(report, "halved its packing errors") == ["Moorgate Freight"]


def test_the_club_boss_is_the_clubs_manager_named_before() -> None:
    report = report_of(
        "Late penalty sinks Rovers\n\n"
        "Harlow Rovers manager Dev Rourke was furious after his side lost 2-1 at Wexley Town on Saturday.\n\n"
        "“I have seen it ten times and it is never a penalty,” the Rovers boss said."
    )
    assert holders(report, "never a penalty") == ["Dev Rourke"]


def test_the_league_is_the_league_named_by_its_initials() -> None:
    report = report_of(
        "Star forward banned for two games\n\n"
        "Denver forward Marcus Oyelaran was suspended for two games by the NBA on Tuesday after a fight "
        "with Portland's Eli Graves.\n\n"
        "The league said Oyelaran had thrown the first punch."
    )
    assert holders(report, "thrown the first punch") == ["NBA"]


def test_a_body_whose_relative_clause_is_closed_before_said_in_a_statement() -> None:
    report = report_of(
        "Councillor charged\n\nA Riverton councillor was charged on Monday with fraud.\n\n"
        "The FBI, which led the investigation, said in a statement that agents had searched his office in May."
    )
    assert holders(report, "searched his office") == ["FBI"]
