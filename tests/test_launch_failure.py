"""Who is who in a report of a failed launch (session 35): a body described by a "which" clause before it speaks,
countries and territories whose names hold "and", "the islands' government" and a company named by a common word and
a body's ending at a sentence's opening; on articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of

_LAUNCH = (
    "Test rocket breaks up over the Caribbean\n\n"
    "A test rocket broke up over the Caribbean on Thursday, minutes after lifting off from Florida. "
    "The Federal Aviation Administration halted flights at two airports because of falling debris, the agency said. "
    "Residents of the Turks and Caicos Islands posted videos of debris streaking across the sky. "
    "The islands' government urged people not to touch any fragments. "
    "Officials in Antigua and Barbuda said no debris had been found there. "
    "ESRA, which is paying the launch firm nearly $2 billion, said it remained confident in the rocket. "
    "The rocket was the third of its kind to fail this year. "
    "Rocket Lab said it would not change its own launch plans."
)


def _actors() -> dict[str, object]:
    return {a.name: a for a in actors_of(report_of(_LAUNCH))}


def test_countries_and_territories_named_with_and_are_one_place() -> None:
    actors = _actors()
    assert "Turks and Caicos Islands" in actors and "Antigua and Barbuda" in actors
    assert not {"Barbuda", "Caicos Islands", "Turkey"} & set(actors)


def test_the_islands_government_speaks_for_the_islands_not_the_last_agency() -> None:
    assert holders(report_of(_LAUNCH), "not to touch any fragments") == ["Turks and Caicos Islands"]


def test_a_name_described_by_a_which_clause_and_speaking_is_a_body() -> None:
    actors = _actors()
    assert actors["ESRA"].kind == "organization"
    assert actors["ESRA"].aliases == ()  # not "the launch firm nearly", the clause's own words


def test_a_company_named_by_a_common_word_and_a_body_ending_keeps_its_first_word() -> None:
    actors = _actors()
    assert actors["Rocket Lab"].kind == "organization"
    assert "Lab" not in actors

