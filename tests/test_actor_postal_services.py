"""A state's postal service, named like a paper ("Canada Post", "Royal Mail"), is an actor of the story, not a news
outlet kept apart from it; a city's paper stays an outlet (session 43, leads48). On an article written for these
tests."""

from __future__ import annotations

from written import actors_of, report_of

_STRIKE = (
    "Postal strike enters second week\n\n"
    "Australia Post said on Monday it had stopped accepting parcels for overseas delivery as the strike by "
    "sorting staff entered its second week. Royal Mail said it would not deliver letters to Australia until the "
    "dispute ended.\n\n"
    "The union's secretary, Dana Kell, said members would vote on a new offer, the Melbourne Herald reported.\n"
)


def test_a_postal_service_is_no_outlet() -> None:
    roles = {a.name: a.role for a in actors_of(report_of(_STRIKE))}
    assert roles.get("Australia Post") not in (None, "news outlet")
    assert roles.get("Royal Mail") not in (None, "news outlet")
    assert roles.get("Melbourne Herald") in (None, "news outlet")
