"""Private people located at a place the tagger typed a person ("Residents at Marsiling Mall welcomed the news")
speak for themselves, not for the place: brief.actors.describing.only_locates read for a source's person-typed
names too (brief.actors.positions), on an article written for these tests."""

from __future__ import annotations

from written import holders, report_of

_VOUCHERS = ("Voucher boost welcomed\n\n"
             "The Government will raise cash vouchers for poorer households next year, the finance ministry said on "
             "Sunday.\n\n"
             "Residents at Marsiling Mall welcomed the news. One retiree said his bills had gone up by a fifth.\n")


def test_residents_at_a_place_typed_a_person_are_not_that_place() -> None:
    assert "Marsiling Mall" not in holders(report_of(_VOUCHERS), "the news")
