"""Whom a pronoun or a description refers back to, and the title before a name (session 35), on articles written
for these tests: a firm's staff after "employs" are the "they" that complain, a people's plural name ("The Rebels")
is no "the army", and "select committee chair" is one title."""

from __future__ import annotations

from written import actor_named, holders, report_of


def test_they_after_the_staff_a_firm_employs_are_the_staff_not_a_place_or_the_firm() -> None:
    report = report_of("Warehouse staff protest\n\n"
                       "Brackwell Logistics is one of the largest employers in the county. "
                       "Brackwell Logistics employs 3,000 workers at its Coventry depot. "
                       "They complain that breaks are too short and targets too high. "
                       "The GMB union said it would ballot members.\n")
    assert holders(report, "breaks are too short") == []
    assert holders(report, "ballot members") == ["GMB"]


def test_the_army_is_not_the_rebels_it_fights() -> None:
    report = report_of("Rebel advance\n\n"
                       "Fighting spread across the north on Tuesday. "
                       "The Rebels, led by Joao Mbeki, say they will take the capital within a month. "
                       "The army said it had repelled the attack.\n")
    assert "Rebels" not in holders(report, "repelled the attack")
    assert holders(report, "take the capital") == ["Rebels"]


def test_a_plural_name_is_still_the_group() -> None:
    report = report_of("Ships targeted\n\n"
                       "The Houthis fired two missiles at ships in the Red Sea on Monday. "
                       "The group said it would keep up the attacks.\n")
    assert holders(report, "keep up the attacks") == ["Houthis"]


def test_a_select_committee_chairs_title_is_read_whole() -> None:
    report = report_of("Bank warned over fees\n\n"
                       "Treasury select committee chair Harriett Baldwin called the fees unfair on Tuesday. "
                       "Baldwin said she would call the bank's chief executive to give evidence.\n")
    assert actor_named(report, "Harriett Baldwin").role == "Treasury select committee chair"


def test_a_trade_noun_in_a_clause_after_the_main_subject_is_the_firm_whose_staff_struck() -> None:
    report = report_of("Cabin crew strike\n\n"
                       "Staff at Skyward Airlines walked out on Friday. "
                       "The strike began after the airline cut pay but insisted that flights would run as normal. "
                       "Union official Mara Jensen said members were angry.\n")
    assert holders(report, "flights would run as normal") == ["Skyward Airlines"]
    assert holders(report, "members were angry") == ["Mara Jensen"]
