"""Places, and bodies named after them, on articles written for these tests: towns, counties, villages,
islands, regions and roads, the bodies and clubs that carry a town's name, and codes and acronyms of places."""

from __future__ import annotations

from written import actors_of, report_of
from written import mention_at as _mention
from written import named_actors as _named
from written import tagged_as as _tagged

from brief.actors.evidence import addresses, towns_of_bodies
from brief.actors.grouping import group_mentions
from brief.actors.mentions import Mention


def test_a_paper_the_tagger_took_for_a_place_is_an_organisation() -> None:
    text = (
        "Chefs back campaign\n\n"
        "Chefs today backed the Mail on Sunday's campaign for food standards, and a Mail on Sunday poll "
        "shows wide support. Readers can back the Mail on Sunday's campaign online. "
        "The Mail on Sunday has revealed that ministers will vote next week."
    )
    for actor in _named(report_of(text), "Mail"):
        assert actor.kind == "organization"


def test_the_odd_kind_in_a_list_of_places_is_a_place() -> None:
    text = (
        "Quarantine list\n\n"
        "Poland, Turkey and the islands of Bonaire, St Varnholt and Saba were removed from the list. "
        "Travellers from Poland, Turkey, Bonaire, St Varnholt and Saba must self-isolate. "
        "Ministers said Poland, Bonaire, St Varnholt and Saba would be reviewed."
    )
    for actor in _named(report_of(text), "St Varnholt"):
        assert actor.kind == "place"


def test_a_town_that_names_its_council_is_a_place() -> None:
    text = (
        "Town moves to level three\n\n"
        "Tonight at midnight Corran will be moved into Level 3. "
        "The main question is how this will affect Corran locally. "
        "Corran County Council have given an update on services. "
        "One of Corran's oldest pubs will serve people outside, and some pubs around Corran have closed."
    )
    corran = [a for a in _named(report_of(text), "Corran") if a.name == "Corran"]
    assert corran and corran[0].kind == "place"


def test_a_continent_named_only_as_an_origin_is_not_an_actor() -> None:
    text = (
        "Ring charged\n\n"
        "The network marketed primarily Asian women to buyers. Websites moved mostly Asian women "
        "across the state, and the ads promised Asian models. Police arrested three people on Monday."
    )
    assert not _named(report_of(text), "Asia")


def test_a_code_in_brackets_after_a_place_is_that_place() -> None:
    text = (
        "Airline adds routes\n\n"
        "The airline will add flights from hubs including Los Angeles (LAX) and Seattle. "
        "Several of the new routes leave from LAX, and LAX will get a new lounge."
    )
    for actor in _named(report_of(text), "LAX"):
        assert actor.kind == "place"


def test_an_airline_named_by_its_first_word_is_the_airline() -> None:
    text = (
        "Velmora Airlines to join alliance\n\n"
        "Velmora Airlines has a new date for joining the alliance. "
        "The benefits membership will bring to Velmora frequent flyers have not changed. "
        "Members will have access to Velmora’s network and lounges, said a senior vice president at Velmora. "
        "Velmora’s membership is part of a wider deal."
    )
    for actor in _named(report_of(text), "Velmora"):
        assert actor.kind == "organization"


def test_a_variant_code_makes_a_name_a_variant_not_a_place() -> None:
    assert _tagged("Cases are surging in Europe due to Zeta BA.2, officials said.", "Zeta", "LOC") is None


def test_a_county_after_a_town_is_a_place() -> None:
    text = "Gas fitter Dale Hartley, 37, from Radstock, Wexmoor, did a rushed job."
    found = addresses(text, [_mention(text, "Dale Hartley", "person"), _mention(text, "Radstock", "place"),
                             _mention(text, "Wexmoor", "organization")])
    assert [m.kind for m in found] == ["person", "place", "place"]


def test_the_opening_words_of_a_body_are_its_short_name_and_a_towns_name_its_town() -> None:
    text = "Agents from Border Security Investigations and Corran County Council met. Border Security and Corran said so."
    body = _mention(text, "Border Security Investigations", "organization")
    council = _mention(text, "Corran County Council", "organization")
    short = Mention(1, 1, text.rindex("Border Security"), text.rindex("Border Security") + 15, "Border Security",
                    "Border Security", "place")
    town = Mention(1, 1, text.rindex("Corran"), text.rindex("Corran") + 6, "Corran", "Corran", "person")
    kinds = [m.kind for m in towns_of_bodies([body, council, short, town])]
    assert kinds == ["organization", "organization", "organization", "place"]


def test_a_place_put_somewhere_or_named_as_an_area_is_not_the_short_name_of_a_body_named_after_it() -> None:
    text = ("The Santa Lena Opera opened in Santa Lena. The Mardale County Commission met in Mardale County. "
            "Santa Lena and Mardale County both grew.")
    opera = _mention(text, "Santa Lena Opera", "organization")
    commission = _mention(text, "Mardale County Commission", "organization")
    where = text.index("in Santa Lena") + 3
    town = Mention(1, 0, where, where + 10, "Santa Lena", "Santa Lena", "place", after="in")
    later = Mention(1, 2, text.rindex("Santa Lena"), text.rindex("Santa Lena") + 10, "Santa Lena", "Santa Lena", "place")
    county = Mention(1, 2, text.rindex("Mardale County"), text.rindex("Mardale County") + 14, "Mardale County",
                     "Mardale County", "place", after="and")
    kinds = [m.kind for m in towns_of_bodies([opera, town, commission, later, county])]
    assert kinds == ["organization", "place", "organization", "place", "place"]



def test_a_club_named_after_its_town_leaves_the_town_name_to_the_club() -> None:
    text = "Bueno joined Derby County in 2010. Bueno played for Derby on loan."
    club = _mention(text, "Derby County", "organization")
    town = Mention(1, 1, text.rindex("Derby"), text.rindex("Derby") + 5, "Derby", "Derby", "organization")
    assert [m.kind for m in towns_of_bodies([club, town])] == ["organization", "organization"]


def test_a_name_after_the_village_of_is_a_place_whoever_the_tagger_thought() -> None:
    village = _tagged("Floodwater reached the small fishing village of Vella Corsi on Monday.", "Vella Corsi", "PER")
    assert village is not None and village.kind == "place" and not village.role
    island = _tagged("Ferries to the island of Marrowend were stopped.", "Marrowend", "ORG")
    assert island is not None and island.kind == "place"
    # a possessive after it is not a place's: "the city of Halvard's birth" is not written of places
    birth = _tagged("He returned to the city of Halvard's birth.", "Halvard", "PER")
    assert birth is not None and birth.kind == "person"


def test_residents_of_a_name_and_an_area_named_by_its_last_word_are_places() -> None:
    residents = _tagged("Residents of Calbrenna were told to leave.", "Calbrenna", "PER")
    assert residents is not None and residents.kind == "place"
    county = _tagged("Deputies in Ostler County searched the woods.", "Ostler County", "PER")
    assert county is not None and county.kind == "place"
    club = _tagged("Bueno joined Derby County in 2010.", "Derby County", "ORG")
    assert club is not None and club.kind == "organization"


def test_the_first_word_of_an_island_used_as_a_place_joins_the_island() -> None:
    text = "Storm on Quillan Island. Flights to Quillan stopped. The harbour on Quillan closed."
    island = _mention(text, "Quillan Island", "place")
    bare = [Mention(1, k, i, i + 7, "Quillan", "Quillan", "person", after=after)
            for k, (i, after) in enumerate([(text.index("Quillan stopped"), "to"), (text.rindex("Quillan"), "on")], 1)]
    groups = group_mentions([island, *bare])
    assert [(g.key, g.kind, len(g.mentions)) for g in groups] == [("Quillan Island", "place", 3)]


def test_a_surname_that_opens_an_islands_name_stays_the_person() -> None:
    text = "Mara Quillan sailed to Quillan Island. Quillan said the trip was long."
    person = _mention(text, "Mara Quillan", "person")
    island = _mention(text, "Quillan Island", "place")
    bare = Mention(1, 1, text.rindex("Quillan"), text.rindex("Quillan") + 7, "Quillan", "Quillan", "person", after="")
    kinds = sorted((g.key, g.kind) for g in group_mentions([person, island, bare]))
    assert kinds == [("Mara Quillan", "person"), ("Quillan Island", "place")]


def test_a_village_named_only_in_context_is_a_place_in_the_story() -> None:
    texts = (
        "Lava nears Vella Corsi\n\nLava flowed towards the fishing village of Vella Corsi, which was emptied. "
        "The airport on Marrowend Island closed. Flights to Marrowend were cancelled.",
        "Village lost\n\nLava reached the evacuated village of Vella Corsi on Wednesday. "
        "Officials on Marrowend said the flow had slowed near Vella Corsi.",
    )
    report = report_of(*texts)
    assert all(a.kind == "place" for a in _named(report, "Vella Corsi"))
    assert not [a for a in actors_of(report) if a.name == "Marrowend"]


def test_a_town_closing_a_street_address_is_a_place() -> None:
    town = _tagged("The other branch is at 201 E. Nine Mile, Dunbrook. Its menu differs.", "Dunbrook", "ORG")
    assert town is not None and town.kind == "place"


def test_a_town_the_tagger_split_evenly_is_a_place_when_the_text_puts_it_after_in() -> None:
    text = "Their spots in Dunbrook opened in 2022. The branch is at 201 E. Nine Mile, Dunbrook."
    body = Mention(1, 0, text.index("Dunbrook"), text.index("Dunbrook") + 8, "Dunbrook", "Dunbrook", "organization",
                   after="in")
    town = Mention(1, 1, text.rindex("Dunbrook"), text.rindex("Dunbrook") + 8, "Dunbrook", "Dunbrook", "place",
                   after=",")
    assert [(g.key, g.kind) for g in group_mentions([body, town])] == [("Dunbrook", "place")]


def test_a_road_is_where_things_happen_not_an_actor() -> None:
    assert _tagged("Trucks would run along Lake Dorrin Road for 40 years.", "Lake Dorrin Road", "LOC") is None
    assert _tagged("Lake Dorrin Road is closed because of landslides.", "Lake Dorrin Road", "PER") is None
    seat = _tagged("Downing Street said the talks would go on.", "Downing Street", "LOC")
    assert seat is not None and seat.kind == "organization"
    island = _tagged("Ferries to Marrow Island stopped.", "Marrow Island", "PER")
    assert island is not None and island.kind == "place"


def test_a_plural_name_in_the_place_the_text_puts_it_is_a_region() -> None:
    region = _tagged("Cases have dropped across most of the Andeas this spring.", "Andeas", "ORG")
    assert region is not None and region.kind == "place"
    team = _tagged("Reed scored in the Sixers' win on Friday.", "Sixers", "ORG")
    assert team is not None and team.kind == "organization"


def test_an_acronym_of_a_place_the_story_names_is_that_place() -> None:
    text = "An update to the people of the Verran Coral Islands. The people of the VCI will see the report."
    place = _mention(text, "Verran Coral Islands", "place")
    short = _mention(text, "VCI", "organization", 1)
    assert [(g.key, g.kind, len(g.mentions)) for g in group_mentions([place, short])] == [
        ("Verran Coral Islands", "place", 2)]


def test_a_town_before_a_state_abbreviation_is_a_place_and_the_abbreviation_no_actor() -> None:
    # Captions of donated objects: nothing but the state's abbreviation says the name is a town.
    report = report_of(
        "Objects that tell a family's story\n\n"
        "The museum asked families for objects, and hundreds came. A quilt stitched in 1921 hangs by the door.\n\n"
        "Donated by Marla Quince, Tamsworth, Ore.\n\n"
        "A fiddle with a cracked neck lies under glass. Its owner played it at every wedding in the valley.\n\n"
        "Donated by Marla Quince, Tamsworth, Ore.\n\n"
        "A union card from the Pullman porters survives in a frame.\n\n"
        "Donated by Ed Varga, Lisle Grove, Pa.\n\n"
        "A letter home from France was read aloud at the opening.\n\n"
        "Donated by Ed Varga, Lisle Grove, Pa."
    )
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds.get("Tamsworth", "place") == "place" and kinds.get("Lisle Grove", "place") == "place", kinds
    assert not {"Ore", "Pa"} & set(kinds), kinds

def test_a_body_named_after_its_town_is_an_organisation() -> None:
    text = (
        "Hospital closes wards\n\n"
        "Visitors will not be allowed from tomorrow at hospitals in the region.\n\n"
        "Dunmere University Hospital have announced that they will not be allowing visitors from tomorrow. "
        "Patients at Dunmere University Hospital were told on Monday."
    )
    hospital = _named(report_of(text), "Dunmere University Hospital")
    assert hospital and hospital[0].kind == "organization"

