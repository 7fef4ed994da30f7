"""Wrong kinds and cut or doubled names in the actor list (session 61, kinds97). Invented articles."""

from __future__ import annotations

from written import kinds_of

REGIME_GIVEN_ALONE = (
    "Rovers Eye First Trophy\n\n"
    "Although the club's priorities are to win the league title for the first time, the new Oskaro Brannit regime "
    "knows it is within touching distance of a first trophy.\n\n"
    "Brannit would certainly welcome landing some silverware before the spring.\n\n"
    "\"We had a turbulent time at the start of the season but Oskaro came in and has steadied the ship,\" "
    "said midfielder Tom Hale."
)


def test_leader_before_regime_stays_a_person_when_his_given_name_stands_alone() -> None:
    """ "the new Oskaro Brannit regime" with "Oskaro came in" written later: the given name alone is no maker
    whose product "the new Oskaro Brannit" would be; the leader is a person, his surname with him."""
    kinds = kinds_of(REGIME_GIVEN_ALONE)
    assert kinds.get("Oskaro Brannit") == "person"
    assert "Brannit" not in kinds


REVIEW = (
    "Review: a monster loose in the city\n\n"
    "Dorran (Michael Veldt) is leaving for a job in Tokyo, and his friends, among them his brother Kess "
    "(Dana Whitfield) and her boyfriend, are throwing him a going-away party. Fitch (J.D. Hollins), another "
    "of the friends, films everything with a borrowed camera.\n\n"
    "During the party, right in front of Fitch's prying camera, a secret comes out.\n\n"
    "In the mayhem, Fitch has captured an image of a giant creature.\n\n"
    "Director Anna Pellew keeps the camera shaking for ninety minutes."
)


def test_character_whose_player_has_initials_is_no_actor() -> None:
    """ "Fitch (J.D. Hollins)" on a page that reads as a cast list: a character, as "Dorran (Michael Veldt)"
    is; the player's initials are a given name's place."""
    assert "Fitch" not in kinds_of(REVIEW)


RELEASE = (
    "Quorvex Adds Three Pumps to Its Line\n\n"
    "LINFORD -- Quorvex will add three new pumps to its popular line of garden pumps, the first units from "
    "Quorvex at this price.\n\n"
    "\"We are confident Quorvex will remain a leader in 2008,\" said Dana Reyes, president of Quorvex.\n\n"
    "About Quorvex Quorvex makes pumps for homes and farms across the region. Quorvex is privately held."
)


def test_name_doubled_by_a_heading_run_into_its_paragraph_is_the_name_once() -> None:
    """ "About Quorvex" over the boilerplate, run into its paragraph's "Quorvex makes ...": no "Quorvex Quorvex"."""
    kinds = kinds_of(RELEASE)
    assert "Quorvex Quorvex" not in kinds
    assert "Quorvex" in kinds


INTERVIEW = (
    "Whitlow Talks Family and Faith in Network Interview\n\n"
    "The network will air an interview with Dana Whitlow on Thursday night.\n\n"
    "The hour-long interview provides a rare glimpse into the Nevada Senator's life, his family and his politics. Viewers will also hear "
    "the Senator's personal thoughts on music.\n\n"
    "\"I grew up in a small town,\" Whitlow said in the interview."
)


def test_place_and_office_are_no_name() -> None:
    """ "the Nevada Senator's life", the senator named before: an office described, not a person "Nevada Senator"."""
    kinds = kinds_of(INTERVIEW)
    assert "Nevada Senator" not in kinds
    assert kinds.get("Dana Whitlow") == "person"


def test_place_and_office_read_a_place_are_no_name() -> None:
    """ "the Oregon Senator's life": no place "Oregon Senator" either."""
    assert "Oregon Senator" not in kinds_of(INTERVIEW.replace("Nevada", "Oregon"))


CITIES = (
    "Small cities lead happiness survey\n\n"
    "Residents of small cities are the happiest in the country, a survey released Tuesday found.\n\n"
    "\"You walk downtown and see people you know,\" said Marta Olsen, a St. John's weaver who runs a shop "
    "near the harbour.\n\n"
    "In St. John's, which ranked fourth, people praised the sense of community.\n\n"
    "Olsen said the winters were long but worth it."
)


def test_city_whose_name_ends_in_possessive_keeps_it() -> None:
    """ "a St. John's weaver", "In St. John's": the city, whole, a place; no "St. John" cut at its "'s"."""
    kinds = kinds_of(CITIES)
    assert "St. John" not in kinds
    assert kinds.get("St. John's") == "place"


PANEL = (
    "Panel wins award for warning on soils\n\n"
    "The prize, shared by the former minister Dana Whitlow and the International Panel on Soil Erosion, comes as "
    "farmers meet in Linford.\n\n"
    "Soil erosion is a real and rising threat, Whitlow told the audience.\n\n"
    "The panel, which is considered the leading authority on farmland, was set up in 1990. It has issued many "
    "reports.\n\n"
    "\"We are honoured,\" said the panel's chairman, Marta Olsen."
)


def test_body_named_for_its_remit_after_on_is_one_name() -> None:
    """ "the International Panel on Soil Erosion": one body, not "International Panel" cut at "on"."""
    kinds = kinds_of(PANEL)
    assert kinds.get("International Panel on Soil Erosion") == "organization"
    assert "International Panel" not in kinds


def _survey(town: str) -> str:
    return ("Small cities top quality of life survey\n\n"
            f"People are happiest in places like Saskatoon, Moncton and {town}, a survey found.\n\n"
            f"{town} placed third, ahead of Regina, and people in {town} said they knew their neighbours.\n\n"
            "\"People know each other,\" said Dana Whitlow, an economist who led the survey.")


def test_name_listed_with_world_cities_is_a_place() -> None:
    """ "places like Saskatoon, Moncton and Charlby": a list names things of one kind, and two of its names are
    cities of the world's city list (not of the gazetteer): the town is a place, not a body."""
    assert kinds_of(_survey("Charlby")).get("Charlby") == "place"
