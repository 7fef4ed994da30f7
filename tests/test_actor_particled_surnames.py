"""Surnames with lower-case particles: a given name no list holds before "van der" ("Cilliers van der Merwe")
is still one person with "Van der Merwe said" at a sentence's opening, and the Filipino "dela" keeps the
surname after it in the name ("Maria dela Cruz") (articles written for these tests)."""

from __future__ import annotations

from written import actors_of, report_of

WATER = (
    "Water cuts anger Soshanguve residents\n\n"
    "PRETORIA — Hundreds of residents marched to the municipal offices on Thursday. Tshwane mayor Gerrit van der "
    "Westhuizen received a memorandum and promised a reply within a week. Van der Westhuizen said the city owed "
    "the water board R900 million. \"We are paying it off,\" he said."
)
SENATE = (
    "Senators grill agency over flooding\n\n"
    "MANILA — Sen. Liza dela Paz-Manalo, chair of the committee on public works, said the agency had spent "
    "billions on flood control. \"Where did the money go?\" dela Paz-Manalo asked. Undersecretary Ramon Ilagan "
    "said the pumps were overwhelmed."
)


def test_van_der_at_the_opening_joins_the_full_name() -> None:
    names = {a.name for a in actors_of(report_of(WATER))}
    assert "Gerrit van der Westhuizen" in names, names
    assert "Van der Westhuizen" not in names, names


def test_dela_stays_in_the_surname() -> None:
    actors = {a.name: a for a in actors_of(report_of(SENATE))}
    assert "Liza dela Paz-Manalo" in actors, sorted(actors)
    assert actors["Liza dela Paz-Manalo"].kind == "person"
    assert not any(n.startswith("Paz") for n in actors), sorted(actors)
