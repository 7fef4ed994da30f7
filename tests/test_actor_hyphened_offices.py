"""A hyphened office and what it is of after a courtesy and a name ("Dr Lena Voss, vice-president of X,")
is the person's role, not the courtesy (brief.actors.roles), on texts written for these tests."""

from __future__ import annotations

from written import actor_named, report_of

OFFICES = (
    "Lending slows\n\n"
    "Loans to small firms fell in the spring, new figures showed on Monday.\n\n"
    "Dr Lena Voss, vice-president of Harwick Capital Partners, said demand had weakened. "
    '"Owners are waiting," she said.\n\n'
    "Prof Tomas Reyes, co-chair of the Lowland Growth Forum, said the slowdown would pass.\n"
)


def test_a_hyphened_office_of_a_body_after_a_courtesy_is_the_role() -> None:
    report = report_of(OFFICES)
    assert actor_named(report, "Lena Voss").role == "vice-president of Harwick Capital Partners"
    assert actor_named(report, "Tomas Reyes").role == "co-chair of the Lowland Growth Forum"
