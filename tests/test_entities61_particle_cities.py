"""A city whose name holds lower-case particles ("Dar es Salaam", "Rio de Janeiro") is one place, not a place
and a body split at the particle (tools/build_world_cities.py keeps such names; brief.actors.particle_cities
joins the tagger's parts), on articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.world_cities import known_city

_MARKET = (
    "Roadside traders welcome new market stalls\n\n"
    "Traders along the Morogoro highway say a new row of covered stalls has doubled their sales this season.\n\n"
    "The main buyers of her roasted cassava are travellers coming from Dar es Salaam, Tanga and Korogwe, said "
    "Halima Juma, who has sold food at the stop for nine years.\n\n"
    '"Before the stalls we lost half our stock to the rain," she said.\n\n'
    "The district trade officer, Elias Mwakyusa, said the council would build twenty more stalls next year with "
    "money from a regional fund.\n\n"
    "Buses from Dar es Salaam now stop at the market twice a day, he added.\n"
)


def test_the_world_list_holds_cities_with_particles() -> None:
    assert known_city("Dar es Salaam") and known_city("Rio de Janeiro") and known_city("Newcastle upon Tyne")


def test_a_particled_city_split_by_the_tagger_is_one_place() -> None:
    kinds = {a.name: a.kind for a in actors_of(report_of(_MARKET))}
    assert "Salaam" not in kinds and "Dar" not in kinds
    assert kinds.get("Dar es Salaam", "place") == "place"
    assert kinds.get("Halima Juma") == "person"


def test_a_person_named_as_a_city_stays_a_person() -> None:
    text = (
        "Writer's house opens as museum\n\n"
        "The house where the writer Euclides da Cunha lived for six years opened as a museum on Saturday.\n\n"
        '"He wrote most of his great book here," said Marta Lins, the museum\'s director.\n\n'
        "Euclides da Cunha died in 1909.\n"
    )
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Euclides da Cunha", "person") == "person"
