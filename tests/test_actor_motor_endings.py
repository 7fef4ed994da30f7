"""A carmaker's name ending in "Motor" ("Sorano Motor") is a body's, and its first word alone ("Sorano") the same
body (brief/actors/body_endings.py ``ORGANIZATION_ENDINGS``).

Why: "Motors" ended a body's name but "Motor" did not, so a story writing "Sorano" first and "Sorano Motor" later
listed two actors, the longer one typed a person. Articles invented for this test.
"""

from __future__ import annotations

from written import actors_of, report_of


def test_short_form_and_motor_name_are_one_company() -> None:
    text = ("Carmaker trims output\n\n"
            "Sorano said on Tuesday it would cut production at its two plants in Ohio as new tariffs take effect.\n\n"
            "Sorano Motor has built cars in the state since 1991.\n\n"
            "Sorano Motor also warned of higher prices, the company said in a filing.")
    actors = [a for a in actors_of(report_of(text)) if "Sorano" in a.name]
    assert len(actors) == 1, [(a.name, a.kind) for a in actors]
    assert actors[0].kind == "organization", actors[0].kind
