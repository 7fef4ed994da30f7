"""A body named for a remit that joins two fields with "and", and "the institute" that refers back to it
(session 36), on articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_body_named_for_two_fields_is_named_whole_and_the_institute_is_it() -> None:
    text = (
        "Fungus found to break down tyres\n\n"
        "LAGOS, May 2 - Researchers at the Institute of Soil Biology and Ecology have found a fungus "
        "that breaks down rubber, the institute said on Friday. "
        "Farmers said they hoped the discovery would clear dumps."
    )
    assert holders(report_of(text), "breaks down rubber") == ["Institute of Soil Biology and Ecology"]


def test_two_bodies_joined_by_and_stay_two() -> None:
    text = (
        "Banks agree card deal\n\n"
        "The Bank of Ruritania and Kestrel Savings said they would share cash machines from June. "
        "Customers said the change was overdue."
    )
    names = holders(report_of(text), "share cash machines")
    assert "Bank of Ruritania and Kestrel Savings" not in names
