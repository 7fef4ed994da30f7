"""A leader named by office, "the head of state", is the leader named before (brief.actors.positions).
Articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of


def test_the_head_of_state_is_the_president_not_a_place() -> None:
    for office in ("the head of state", "the Head of State"):
        said = {a.name: [p.summary for p in a.positions] for a in actors_of(report_of(
            "Leader defends housing levy\n\n"
            "President Amara Ndovu has defended the housing levy in a speech to traders in Port Elwyn.\n\n"
            f"Speaking in Kisumu on Sunday, {office} said critics of the programme were enemies of progress.\n"))}
        assert "says critics of the programme were enemies of progress" in said.get("Amara Ndovu", []), said
        assert "Head of State" not in said, said
