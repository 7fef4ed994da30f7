"""Titles written clipped before a name are the person's role: a US city's "Ald. Maria Ortiz (25th Ward)", the
alderman; British police's "Det Con Sarah Whyte", written with no full stops (session 43, leads48). On articles
written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_COUNCIL = (
    "Council delays vote on rezoning plan\n\n"
    "The City Council on Wednesday postponed a vote on a contested rezoning plan after residents packed the "
    "chamber to object.\n\n"
    "Ald. Maria Ortiz (25th Ward) said the plan would push out long-time renters. Ald. Brendan Kessler (11th) "
    "said he supported the delay.\n\n"
    "\"We cannot approve this without hearing from the people who live here,\" Ortiz said.\n"
)

_ATTACK = (
    "Man charged after attack in Dundee\n\n"
    "A man has been charged after a woman was seriously injured in an attack in Dundee on Saturday night.\n\n"
    "Det Con Sarah Whyte said officers were keen to hear from anyone who was in the area at the time. Det Sgt "
    "Callum Reid said the woman was in a stable condition.\n\n"
    "\"A report will be sent to the procurator fiscal,\" said Det Con Ewan Tait.\n"
)


def test_an_aldermans_abbreviated_title_is_the_role() -> None:
    actors = {a.name: a for a in actors_of(report_of(_COUNCIL))}
    assert actors["Maria Ortiz"].role == "Ald."
    assert actors["Brendan Kessler"].role == "Ald."


def test_a_clipped_police_rank_is_the_role() -> None:
    actors = {a.name: a for a in actors_of(report_of(_ATTACK))}
    assert actors["Sarah Whyte"].role == "Det Con"
    assert actors["Callum Reid"].role == "Det Sgt"
    assert actors["Ewan Tait"].role == "Det Con"
