"""Kinds and names decided by the text around a name, on pages written for these tests: a weather agency
described once and then named bare, a firm described as a channel's owner, the Irish police's "Detective Garda"."""

from __future__ import annotations

from written import actor_named, actors_of, kinds_of, report_of

_FLOOD = (
    "Valdoria braces for a third day of flooding\n\n"
    "Rivers in the north of Valdoria burst their banks overnight as heavy rain kept falling across the region.\n\n"
    "More than 90 millimetres of rain fell on the hill town of Saronne in twelve hours, according to national "
    "weather service Meteo Valdor.\n\n"
    "Meteo Valdor said the rain would ease on Thursday but warned that rivers would keep rising until the weekend.\n\n"
    "Rescue crews moved about 300 residents from low-lying streets, the regional council said.\n\n"
    "Meteo Valdor added that a red warning remained in force for three provinces.\n\n"
    '"We are asking people not to drive through flooded roads," said Tomas Arvell, the council\'s emergency '
    "coordinator.\n"
)


def test_a_body_described_once_stays_a_body_where_it_is_named_bare() -> None:
    kinds = kinds_of(_FLOOD)
    assert kinds.get("Meteo Valdor") == "organization"  # three bare repeats read as a person's name
    assert kinds.get("Tomas Arvell") == "person"
    text = ("Storm hits coast\n\n"
            "Gusts of 120km/h were recorded at the harbour, according to state forecaster Meteo Valdor.\n\n"
            "Lena Marsh, a fisherman, said the boats had been tied up since Monday. Lena Marsh said she had never "
            "seen waves so high.\n")
    assert kinds_of(text).get("Lena Marsh") == "person"  # the description is of another name


_SALE = (
    "Harbourline weighs sale of its regional papers\n\n"
    "Harbourline Media is exploring a sale of its six regional newspapers, according to two people familiar "
    "with the talks.\n\n"
    "The company has held early talks with several buyers, the people said, asking not to be named because the "
    "discussions are private.\n\n"
    "Quillan Wire, the owner of the Evening Lantern newspaper, has shown interest in two of the titles, one of "
    "the people said.\n\n"
    "Quillan Wire declined to comment.\n\n"
    "A spokesperson for Harbourline said the company does not comment on market rumours.\n"
)


def test_the_owner_of_a_named_paper_without_a_given_name_is_a_firm() -> None:
    assert kinds_of(_SALE).get("Quillan Wire") == "organization"
    text = ("Paper changes hands\n\n"
            "Marta Quillan, the owner of the Evening Lantern newspaper, said she would keep its editor. "
            "Quillan said the paper had a future.\n")
    assert kinds_of(text).get("Marta Quillan") == "person"  # a given name first: an owner who is a person


_COURT = (
    "Man charged after cash machine theft in Ballyfenn\n\n"
    "A man has been charged in connection with the theft of a cash machine from a shop in Ballyfenn on Tuesday "
    "night.\n\n"
    "Detective Garda Ronan Tierney told Ballyfenn District Court that the accused was arrested at a house in the "
    "town on Wednesday morning.\n\n"
    "Detective Garda Tierney said the machine was found in a field two kilometres away.\n\n"
    "Judge Aoife Carrow remanded the man in custody to appear again next week.\n"
)


def test_detective_garda_is_the_officers_rank_not_part_of_the_name() -> None:
    tierney = actor_named(report_of(_COURT), "Ronan Tierney")
    assert "Garda" in tierney.role  # "Detective Garda", the rank
    text = ("Appeal for witnesses\n\n"
            "The Garda Síochána has appealed for witnesses to a crash on the Ballyfenn road. A Garda Síochána "
            "spokesperson said the road remained closed.\n")
    assert kinds_of(text).get("Garda Síochána") == "organization"  # no given name after "Garda": the force


_FIRES = (
    "County urges drivers to avoid smoke on highway\n\n"
    "Ada Morrow / Lakeside Community Radio\n\n"
    "Crews are battling three large wildfires in the hills north of the county.\n\n"
    "Owen Pryce leads the county's emergency office. He says the Baxter Hollow and Fennick fires are the crews' main "
    "concern.\n\n"
    "He said Tuesday that drivers should avoid the valley road. He says smoke from the Baxter Hollow fire cut "
    "visibility to a few metres.\n\n"
    "Pryce says a second road was closed near the Fennick fire because of falling trees.\n"
)


def test_fires_named_for_where_they_started_are_no_actors() -> None:
    kinds = kinds_of(_FIRES)
    assert "Baxter Hollow" not in kinds
    assert "Fennick" not in kinds
    assert kinds.get("Owen Pryce") == "person"
    text = (
        "Crews gain ground on two wildfires near Harlow Valley\n\n"
        "Firefighters made progress overnight against the Tamsin Ridge and Corbel fires, which have "
        "burned more than 4,000 acres east of Harlow Valley.\n\n"
        "The Tamsin Ridge fire was 40 percent contained by Tuesday morning, the county fire "
        "department said.\n\n"
        "Ines Delacourt, a spokeswoman for the state forestry agency, said cooler weather had "
        "helped crews hold the lines of the Corbel fire.\n\n"
        '"We still have hot spots along the ridge, and the wind could pick up again on Thursday," '
        "Delacourt said.\n\n"
        "The Harlow Valley fire department asked residents to stay away from the burn area.\n")
    kinds = kinds_of(text)
    assert "Corbel" not in kinds
    assert "Tamsin Ridge" not in kinds  # "The Tamsin Ridge fire was": the article opening its sentence
    text = ("Crews return\n\n"
            "The Harlow Valley fire department said its crews were back at the station. Harlow Valley fire "
            "officials said the blaze was out.\n")
    assert any(name.startswith("Harlow Valley") for name in kinds_of(text))  # a town's fire service still speaks


def test_a_role_written_as_the_predicate_is_the_speakers_role() -> None:
    text = ("Libraries extend hours\n\n"
            "Public libraries across Wendham will stay open late.\n\n"
            "Priya Halloran is the director of the Wendham Library Service. She says demand for study space has "
            "doubled since last year.\n\n"
            "But she said Monday that students must book seats.\n")
    assert actor_named(report_of(text), "Priya Halloran").role == "director of the Wendham Library Service"
    text = ("Striker signs\n\n"
            "Tomas Ferrand is the favourite to start on Saturday. He says the squad is ready.\n")
    assert not actor_named(report_of(text), "Tomas Ferrand").role  # no office after "is the"
    text = ("New series\n\n"
            "Kit Larsen is a harbour pilot with night vision. Its writer, Ana Brook, said the "
            "show would return next year. Kit Larsen saves a train in the first episode.\n")
    assert all(a.name != "Kit Larsen" or not a.role for a in actors_of(report_of(text)))  # a character described


_RELEASE = (
    "Corrant Logistics Opens Bigger Depot in Tillbrook\n\n"
    "TILLBROOK, Ore., May 12, 2026 /PRWire/ -- Corrant Logistics, Inc., a regional freight and storage company, "
    "today announced that it has moved its Tillbrook branch to a larger depot near the rail yard.\n\n"
    'Depot Manager and Tillbrook native Dana Reese said, "We had run out of room for our trailers. The new depot '
    'gives us space to grow."\n\n'
    'Sales Director Omar Vance commented, "Tillbrook has one of the busiest rail links in the region, and our '
    'customers are close by."\n\n'
    "About Corrant Logistics\n\n"
    "Corrant Logistics, Inc. moves and stores goods for retailers across the Pacific Northwest.\n"
)


def test_a_press_releases_dateline_town_is_a_place_at_every_mention() -> None:
    kinds = kinds_of(_RELEASE)
    assert kinds.get("Tillbrook") == "place"
    assert kinds.get("Corrant Logistics") == "organization"
