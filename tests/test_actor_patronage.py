"""Support paid or given to funded things (exhibitions, projects, opportunities) is a patron's deed, not a stance;
support of a side or a plan stays a position (session 39, from fresh43's and the gold's deed shapes), on an
article written for this test."""

from __future__ import annotations

from written import said_by

_FOUNDATION = (
    "Arts funding\n\n"
    "The Halvorsen Foundation has supported more than 40 regional art exhibitions in Norway and abroad since 2015. "
    "Under its new director, the Halvorsen Foundation also supports music education opportunities for rural "
    "children across the country. "
    "The Halvorsen Foundation supports the proposed tax credit for donors, its director said on Tuesday. "
    "The Halvorsen Foundation said the grants would double next year."
)


def test_supporting_exhibitions_and_opportunities_is_no_statement() -> None:
    said = said_by(_FOUNDATION)["Halvorsen Foundation"]
    assert not any("exhibitions" in t for t in said)
    assert not any("education opportunities" in t for t in said)


def test_supporting_a_plan_and_saying_still_are() -> None:
    said = said_by(_FOUNDATION)["Halvorsen Foundation"]
    assert any(t.endswith("the proposed tax credit for donors") for t in said)  # "supports" it, or "its director said" so
    assert "the grants would double next year" in said

