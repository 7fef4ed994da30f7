"""A person's name that only describes the people a source names ("Marten advisers", "the Marten
supporters") is not who speaks: those people are (brief.actors.people_modifiers); the person's own
voices ("a Marten spokesman") and a body's people ("Kestrel Motors officials") still speak for the
name. On articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_advisers_a_person_describes_are_not_the_person() -> None:
    report = report_of(
        "Governor Ivo Marten said on Monday that he would cut the state's payroll by a tenth.\n\n"
        "Marten advisers have urged him to fire state workers faster, two people familiar with the talks said."
    )
    assert "Ivo Marten" not in holders(report, "fire state workers faster")


def test_supporters_a_person_describes_are_not_the_person() -> None:
    report = report_of(
        "Governor Ivo Marten said on Monday that he would cut the state's payroll by a tenth.\n\n"
        "Marten supporters say the cuts are long overdue and will save the state millions."
    )
    assert "Ivo Marten" not in holders(report, "long overdue")


def test_a_person_s_spokesman_still_speaks_for_the_person() -> None:
    report = report_of(
        "Governor Ivo Marten said on Monday that he would cut the state's payroll by a tenth.\n\n"
        "A Marten spokesman said the cuts would spare teachers and nurses."
    )
    assert holders(report, "spare teachers and nurses") == ["Ivo Marten"]


def test_a_person_named_before_a_word_of_time_still_speaks() -> None:
    report = report_of(
        "Transport minister Ivo Marten spoke at the airline conference in Varna on Tuesday.\n\n"
        "Mr Marten earlier used his speech to warn against closing borders, adding that the airlines "
        "needed help."
    )
    assert "Ivo Marten" in holders(report, "the airlines needed help")


def test_a_company_s_officials_still_speak_for_the_company() -> None:
    report = report_of(
        "Kestrel Motors recalled 40,000 cars on Tuesday over a fault in their brakes.\n\n"
        "Kestrel Motors officials said the fault had been fixed in every new car."
    )
    assert holders(report, "fixed in every new car") == ["Kestrel Motors"]
