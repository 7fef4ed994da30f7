"""A leader named by office is a person, not a place or the body led: "the head of state" is the leader
named before (brief.actors.positions), "the Rovers boss" the person the story was just about
(brief.actors.epithets). Articles written for these tests."""

from __future__ import annotations

from written import summaries_by


def test_the_head_of_state_is_the_president_not_a_place() -> None:
    for office in ("the head of state", "the Head of State"):
        said = summaries_by(
            "Leader defends housing levy\n\n"
            "President Amara Ndovu has defended the housing levy in a speech to traders in Port Elwyn.\n\n"
            f"Speaking in Kisumu on Sunday, {office} said critics of the programme were enemies of progress.\n")
        assert "says critics of the programme were enemies of progress" in said.get("Amara Ndovu", []), said
        assert "Head of State" not in said, said


def test_a_named_clubs_boss_is_the_person_just_named_not_the_club() -> None:
    said = summaries_by(
        "Rovers close in on midfielder\n\n"
        "Elmford Rovers are closing in on a deal for Brampton midfielder Tomas Vidal, according to reports.\n\n"
        "Ivan Petrov has made a new holding midfielder his top priority this summer.\n\n"
        "Speaking last month, the Rovers boss said: \"We need more bodies in the middle of the pitch.\"\n")
    assert any("more bodies in the middle of the pitch" in s for s in said.get("Ivan Petrov", [])), said
    assert not said.get("Elmford Rovers"), said
