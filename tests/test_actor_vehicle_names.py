"""A vehicle named by make and model ("a stolen Honda Civic", "a grey Ford Ranger") is no actor; the maker's own
name ("Toyota Motor") and a person named family name first ("Honda Keisuke") stay (session 43, leads48). On
articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_CHASE = (
    "Stolen car found after chase\n\n"
    "A stolen Nissan Altima was recovered on Monday after a chase through two suburbs, the Harlow County "
    "Sheriff's Office said.\n\n"
    "Deputies followed the Nissan Altima until the driver crashed into a parked Mazda Tribute. A witness said "
    "a grey Ford Ranger had to swerve out of the way, and a 2019 Toyota Corolla was damaged.\n\n"
    "Sheriff Dana Coyle said the driver was arrested. Toyota Motor said it would look into the airbag.\n"
)


def test_a_make_and_model_is_no_actor() -> None:
    names = {a.name for a in actors_of(report_of(_CHASE))}
    assert not names & {"Nissan Altima", "Mazda Tribute", "Ford Ranger", "Toyota Corolla"}
    assert "Dana Coyle" in names


def test_a_maker_and_a_family_name_first_stay() -> None:
    text = (
        "Carmaker recalls sedans\n\n"
        "Toyota Motor said on Friday it would recall 50,000 cars. The midfielder Honda Keisuke said he had "
        "bought one of them.\n"
    )
    names = {a.name for a in actors_of(report_of(text))}
    assert "Toyota Motor" in names
    assert {a.name: a.role for a in actors_of(report_of(text))}.get("Honda Keisuke") == "midfielder"
