"""Shapes of a provincial security story, as papers in Manila write it (session 37, the lead's probe): a province
with a particle in its name before its governor's title is a place, and his title holds it; a rank after the office
it holds leaves the office the role; and a body that defines a news agency's initials as its own ("the Armed Forces
of the Philippines (AFP)") is that body, not an outlet. On an article written for these tests."""

from __future__ import annotations

from written import actors_of, report_of, said_by

_CALM = (
    "Governor appeals for calm after blasts\n\n"
    "MANILA — Security forces were on alert on Tuesday after two blasts in the south.\n\n"
    "In a statement, the Armed Forces of the Philippines (AFP) said it had detained four suspects. "
    "AFP spokesperson Col. Ramil Dizon said the suspects belonged to a local cell.\n\n"
    "Zamboanga del Norte Gov. Lito Tabanao said residents should report suspicious persons to the police.\n\n"
    "\"We will not let fear rule this province,\" Tabanao told reporters."
)


def test_a_province_with_a_particle_before_its_governors_title_is_a_place() -> None:
    actors = {a.name: a for a in actors_of(report_of(_CALM))}
    assert actors.get("Zamboanga del Norte") is None or actors["Zamboanga del Norte"].kind == "place"
    assert actors["Lito Tabanao"].role == "Zamboanga del Norte Gov."
    assert any("report suspicious persons" in p.text for p in actors["Lito Tabanao"].positions)


def test_a_rank_after_the_office_leaves_the_office_the_role() -> None:
    roles = {a.name: a.role for a in actors_of(report_of(_CALM))}
    assert roles["Ramil Dizon"] == "AFP spokesperson"


def test_a_body_with_a_news_agencys_initials_is_no_outlet() -> None:
    actors = {a.name: a for a in actors_of(report_of(_CALM))}
    army = actors["Armed Forces of the Philippines"]
    assert army.role != "news outlet"
    assert any("detained four suspects" in t for t in said_by(_CALM)["Armed Forces of the Philippines"])


def test_a_rank_between_the_office_and_the_name_leaves_the_office_the_role() -> None:
    text = ("Troops sent north\n\nTroops were sent north on Friday.\n\n"
            "The army's spokesman, Maj. Ike Obinna, said the troops had arrived.")
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Ike Obinna"] == "spokesman"
