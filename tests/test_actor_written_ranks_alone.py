"""A rank the tagger's gazetteer lacks, written alone before a name as Gulf and British papers write a brigadier
("Brigadier Khalid Saeed Al Hameli said"): the rank is the person's role, not the first word of their name
(articles written for these tests)."""

from __future__ import annotations

from written import actors_of, report_of

CLOSURE = (
    "Road closures planned for weekend\n\n"
    "ABU DHABI - Two lanes of the corniche road will close this weekend for repairs. "
    "Brigadier Khalid Saeed Al Hameli said patrols would be stepped up. Motorists were told to use other roads."
)


def test_a_brigadier_is_the_role_not_the_name() -> None:
    actors = {a.name: a for a in actors_of(report_of(CLOSURE))}
    assert "Khalid Saeed Al Hameli" in actors, sorted(actors)
    assert actors["Khalid Saeed Al Hameli"].kind == "person"
    assert actors["Khalid Saeed Al Hameli"].role == "Brigadier"
