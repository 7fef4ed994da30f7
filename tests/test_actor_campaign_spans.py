"""A campaign group whose whole name the tagger read, its verb included, as the place it campaigns for ("the
Save Moore Park group said"): the group, a body, not a place that speaks (articles written for these
tests); the province "Free State" stays a place."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.campaign_names import with_campaign_names

STADIUM = (
    "Stadium plan sparks fight over Moore Park\n\n"
    "The state government's plan to build a stadium in Moore Park has drawn fire from residents.\n\n"
    "The Save Moore Park group, led by retired architect Noel Harte, said it would take the government to court."
)


def test_the_campaign_group_is_a_body() -> None:
    kinds = {a.name: a.kind for a in actors_of(report_of(STADIUM))}
    assert kinds.get("Save Moore Park") == "organization", kinds


def test_the_free_state_stays_a_place() -> None:
    words = "He toured the Free State on Monday .".split()
    assert with_campaign_names(words, [(3, 5, "LOC")]) == [(3, 5, "LOC")]
    assert with_campaign_names("The Save Kelvin Meadows group said".split(), [(1, 4, "LOC")]) == [(1, 4, "ORG")]
