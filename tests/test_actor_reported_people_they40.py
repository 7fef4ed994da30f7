"""A "they" after people described as the subject of a reported clause ("Several surveys show that weary drivers
...") goes on with those people, not with the firm named before: brief.actors.people_they.they_are_people, on an
article written for these tests."""

from __future__ import annotations

from written import holders, report_of

_COURIERS = ("Parcel firm under fire\n\n"
             "Brightway Parcels says its new routing app saves time. The company now promises it will hire 500 more "
             "couriers by the spring.\n\n"
             "Several surveys show that weary drivers feel no better about the firm than angry customers do. They "
             "describe twelve-hour shifts and unpaid waiting time at the depots.\n")


def test_they_after_people_in_a_reported_clause_is_not_the_firm() -> None:
    assert "Brightway Parcels" not in holders(report_of(_COURIERS), "twelve-hour shifts")
