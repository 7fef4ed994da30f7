"""A place's body written in lower case speaks, not the place (brief.actors.place_bodies): "the
Dunmere health commission said", "the CEO of California's grid operator said"; on articles written for
these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of


def test_a_regions_health_commission_speaks_not_the_region() -> None:
    report = report_of(
        "A second case of plague was reported on Monday in a herder from Inner Mongolia, who was taken to a "
        "hospital in Hohhot.\n\n"
        "Officials said the two patients had not met. There is no evidence linking the two cases, the Inner "
        "Mongolia health commission said on Tuesday."
    )
    assert holders(report, "no evidence linking the two cases") == ["Inner Mongolia health commission"]
    body = next(a for a in actors_of(report) if a.name == "Inner Mongolia health commission")
    assert body.kind == "organization"


def test_a_states_operator_after_its_possessive_speaks() -> None:
    report = report_of(
        "Blackouts rolled across California on Friday as a heat wave pushed demand for power to a record.\n\n"
        "The CEO of California's grid operator said that renewables played no part in the blackouts."
    )
    assert holders(report, "renewables played no part") == ["California's grid operator"]


def test_a_company_of_a_place_and_a_place_alone_are_left_as_they_were() -> None:
    report = report_of(
        "Floods closed roads across Ohio on Monday, and schools stayed shut in three counties.\n\n"
        "The damage will run to millions of dollars, Ohio said in a statement on Tuesday."
    )
    assert holders(report, "run to millions of dollars") == ["Ohio"]
