"""A long title set off by a comma before a name ("The General Manager of the Oyo State Planning Agency, X, said")
is the person's role (brief/actors/title_links.py ``title_reach``).

Why: a title before a name was cut off at seven words, so an office with the whole body it is of gave no role, and a
given name no list holds was then read as a body's name. The comma bounds an apposed title. Articles invented for
this test.
"""

from __future__ import annotations

from written import actors_of, report_of


def test_general_manager_of_a_long_state_agency_is_the_role() -> None:
    text = ("Bridge repairs delayed\n\n"
            "Repairs to the Ogun river bridge will start in May, officials said on Tuesday.\n\n"
            "The General Manager of the Kwara State Roads Maintenance Agency, Femi Aladeloye, said the work "
            "would take six months.")
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "Femi Aladeloye" in actors, list(actors)
    person = actors["Femi Aladeloye"]
    assert person.kind == "person" and "General Manager" in person.role, (person.kind, person.role)
