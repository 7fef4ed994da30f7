"""A title after "including" is the named person's whole role: "Some senators, including Senator Rhea Cole of
Idaho," gives "Senator", not "including Senator" (session 38, cues39). On an article written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_BUDGET = (
    "Senate budget talks stall\n\n"
    "Some senators, including Senator Rhea Cole of Idaho, have pushed for deeper cuts to farm subsidies. The "
    "chief operating officer of the Grain Council, Paul Dunn, said the cuts would hurt small farms.\n\n"
    "Cole said the bill was too costly. \"We cannot keep borrowing,\" she said.\n"
)


def test_including_is_no_part_of_the_title() -> None:
    actors = {a.name: a for a in actors_of(report_of(_BUDGET))}
    assert actors["Rhea Cole"].role == "Senator"
