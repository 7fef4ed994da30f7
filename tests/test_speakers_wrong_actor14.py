"""Statements under the body the text means and one body under one name (session 31, speakers14), on
articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of

from brief.actors.bracketed_initials import initials_fit


def test_initials_in_brackets_after_a_body_are_that_body() -> None:
    # the initials leave out "NHS Trust": spelled from the name they would be "NWRHNT" and match nothing
    report = report_of(
        "Long waits at Wrexford hospital\n\n"
        "Patients at Wrexford General faced waits of 14 hours in A&E last week, figures show.\n\n"
        "North Wrexford Royal Hospitals NHS Trust (NWRH) said demand had been at record levels. An NWRH "
        "spokesperson said: \"We are sorry to every patient who waited too long.\"\n\n"
        "NWRH chief executive Maria Olsen said extra beds had been opened."
    )
    bodies = [a.name for a in actors_of(report) if a.kind == "organization"]
    assert "NWRH" not in bodies
    assert holders(report, "record levels") == ["North Wrexford Royal Hospitals NHS Trust"]


def test_initials_fit_only_the_first_letters_in_order() -> None:
    assert initials_fit("EHWR", "East Hartley and Wrexford Royal NHS Trust")
    assert initials_fit("FAA", "Federal Aviation Administration")
    assert not initials_fit("R", "Jane Smith")  # a party after a name
    assert not initials_fit("HE", "East Hartley")  # out of order


def test_the_company_is_not_the_event_it_holds() -> None:
    # "the company's annual Forge conference": Forge is the event, never what "the company" said
    report = report_of(
        "Kestrel Systems shows new robots\n\n"
        "Kestrel Systems on Tuesday showed its latest warehouse robots at the company's annual Forge conference "
        "in Austin, Texas.\n\n"
        "The company said the robots would ship to customers in the spring. Chief executive Dana Pruitt told "
        "developers the machines were twice as fast as the last ones."
    )
    assert "Forge" not in holders(report, "ship to customers")


def test_a_club_named_in_full_and_by_its_last_word_is_the_club_the_story_follows() -> None:
    # "Harbury United ... United are 12th ... The club said": one club named two ways, not two rival clubs
    report = report_of(
        "Harbury United sack manager\n\n"
        "Harbury United have sacked manager Pavel Novak after a poor start to the season.\n\n"
        "United are 12th in the table after ten games. The club said coach Liam Doherty would take charge "
        "for the next match.\n\n"
        "\"We thank Pavel for his hard work,\" a club statement said."
    )
    assert holders(report, "would take charge") == ["Harbury United"]
    assert holders(report, "hard work") == ["Harbury United"]
