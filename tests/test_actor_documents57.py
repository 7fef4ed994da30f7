"""Documents, posts and handles that carry a quotation (session 50, helper documents57), on articles written for
these tests."""

from __future__ import annotations

from written import holders, report_of

NOTE = (
    "Warehouse robots move from pilots to full fleets\n\n"
    "Logistics companies are buying warehouse robots in far larger numbers than a year ago, according to figures "
    "from suppliers.\n\n"
    "Sales of mobile picking robots rose by a third in the first half, the trade group Materials Handling Forum "
    "said on Tuesday.\n\n"
    "“Operators should plan for fleets of hundreds of machines rather than a few dozen on trial,” analysts at "
    "Harwick Strategy Partners wrote last week in a note — citing surveys showing that most large warehouses "
    "expect to run robots around the clock by 2028.\n\n"
    "Dunmore Freight, which runs eleven depots in the north, said it had ordered 300 robots from a Danish maker."
)


def test_a_quotation_before_its_writers_and_a_frame_that_runs_on_is_theirs() -> None:
    assert holders(report_of(NOTE), "plan for fleets of hundreds") == ["Harwick Strategy Partners"]
