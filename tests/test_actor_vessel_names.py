"""A ship named after its letters ("MV Lord of Carrick", "HMS Duncan") is a thing: the company's or the
navy's words are not the ship's (brief.actors.thing_names), on texts written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

FERRY = (
    "Island crossings cancelled\n\n"
    "Sailings to the island were cancelled on Friday after the MV Lady of Dunmore suffered an engine fault.\n\n"
    "Westway Ferries said the vessel would be out of service until next week.\n\n"
    "The MV Lady of Dunmore is one of the oldest ships in the fleet. The company said it was sorry for the delays.\n\n"
    "Islanders said the service had become unreliable.\n"
)


def test_a_ship_after_its_letters_is_no_actor_and_takes_no_bodys_words() -> None:
    report = report_of(FERRY)
    names = {a.name for a in actors_of(report)}
    assert not any("Dunmore" in n for n in names)
    assert "Westway Ferries" in names


def test_a_person_named_after_initials_that_are_no_ships_stays_an_actor() -> None:
    report = report_of("Captain retires\n\nMS Rautela, the club captain, said on Monday he would retire.\n")
    assert any("Rautela" in a.name for a in actors_of(report))  # a guard: "MS" is no ship's letters here
