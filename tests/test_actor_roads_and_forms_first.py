"""Words written before a name that say what it is: a road's word in Malay, Indonesian, Spanish, Portuguese or
French ("Jalan Gatot Subroto", "Avenida Caracas") makes it a road, no actor; a company's legal form ("PT Hutama
Nusa") makes it a company, never a person (articles written for these tests)."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.body_endings import organization_ending
from brief.actors.place_context import street_kind

FLYOVER = (
    "Governor orders probe into flyover crack\n\n"
    "BANDUNG - West Java Governor Ridwan Prasetya on Monday ordered an investigation after cracks appeared on the "
    "Jalan Ir H Juanda flyover, forcing police to close two lanes during the morning rush hour.\n\n"
    "Ridwan said the contractor, PT Hutama Nusa, must explain why the cracks appeared only two years after the "
    "flyover opened. \"If there is negligence, we will take it to the police,\" he said.\n\n"
    "Hutama Nusa corporate secretary Dimas Hartono said the company had sent engineers and that the cracks were in "
    "the asphalt."
)


def test_a_road_named_word_first_is_no_actor_and_the_company_is_a_body() -> None:
    kinds = {a.name: a.kind for a in actors_of(report_of(FLYOVER))}
    assert not any(n.startswith("Jalan") for n in kinds), kinds
    assert kinds.get("PT Hutama Nusa") == "organization", kinds


def test_word_first_roads_and_forms() -> None:
    assert street_kind("Avenida Caracas".split(), []) == ""
    assert street_kind("Calle Johansson".split(), []) is None
    assert organization_ending("PT Adhi Persada")
    assert not organization_ending("CV Raman")
