"""One-word people the text lists with people, on articles written for these tests: a surname alone the tagger read
as a person stays one when the text lists it with a person ("Dravik and Lena Osterholt"), while a one-word brand
listed with brands, or beside a person by a lone comma, is still retyped."""

from __future__ import annotations

from written import kinds_of, tagged_mentions

from brief.actors.listed_people import listed_people
from brief.actors.personhood import unevidenced_people


def _kinds(text: str, names: dict[str, str]) -> dict[str, str]:
    return {m.name: m.kind for m in unevidenced_people(text, tagged_mentions(text, names))}


_FINAL = (
    "Who will stop Dravik and Lena Osterholt at the indoor championships this week? The draw was made on Monday, "
    "and the top seeds could meet in the final on Sunday. Lena Osterholt said she felt ready."
)


def test_a_surname_listed_with_a_person_stays_a_person() -> None:
    kinds = _kinds(_FINAL, {"Dravik": "person", "Lena Osterholt": "person"})
    assert kinds["Dravik"] == "person"


_ROLL = (
    "The speech invoked Quarmby, Nora Feltwell, Ossendrup and the old masters of the craft, among others, to "
    "make its case for patience."
)


def test_a_surname_in_a_comma_list_with_a_person_stays_a_person() -> None:
    kinds = _kinds(_ROLL, {"Quarmby": "person", "Nora Feltwell": "person", "Ossendrup": "person"})
    assert kinds["Quarmby"] == "person" and kinds["Ossendrup"] == "person"


_APPOSED = "Lena Osterholt, Zentrofix spokeswoman, said the plant would reopen in May after the repairs."


def test_a_word_after_a_person_and_one_comma_is_no_list() -> None:
    kinds = _kinds(_APPOSED, {"Lena Osterholt": "person", "Zentrofix": "person"})
    assert kinds["Zentrofix"] != "person"


_BRANDS = "Shoppers compared Zentrofix and Quellmart on price, and Zentrofix came out cheaper on most items."


def test_a_word_listed_with_brands_is_still_retyped() -> None:
    kinds = _kinds(_BRANDS, {"Zentrofix": "person", "Quellmart": "organization"})
    assert kinds["Zentrofix"] != "person"


_AGED = "Dravik, 31, lost in straight sets on Tuesday and left the court without speaking to the press."


def test_a_surname_given_an_age_stays_a_person() -> None:
    assert _kinds(_AGED, {"Dravik": "person"})["Dravik"] == "person"


_STORY = (
    "Top seeds cruise at the indoor open\n\n"
    "Who will stop Dravik and Lena Osterholt? The draw for the indoor open was made on Monday, and the top seeds "
    "could meet in the final on Sunday.\n\n"
    "Lena Osterholt beat Mia Karlsen 6-2, 6-1 in the first round, and Dravik needed only an hour to see off a "
    "qualifier.\n\n"
    "\"It was a good start,\" Lena Osterholt said."
)


def test_a_listed_surname_is_listed_a_person() -> None:
    assert kinds_of(_STORY).get("Dravik", "person") == "person"


_BAND = (
    "Label loses another act. Lena Osterholt and Quorvane have left the label, and Quorvane will release their "
    "next album online."
)


def test_a_name_listed_with_a_person_that_is_called_they_is_still_retyped() -> None:
    kinds = _kinds(_BAND, {"Lena Osterholt": "person", "Quorvane": "person"})
    assert kinds["Quorvane"] != "person"


_MODIFIER = (
    "Rumours grew over the weekend that Lena Osterholt and Brendish hero Tom Arkwright were in line for the job, "
    "but the club dismissed them."
)


def test_a_word_before_the_noun_it_modifies_is_no_listed_person() -> None:
    kinds = _kinds(_MODIFIER, {"Lena Osterholt": "person", "Brendish": "person", "Tom Arkwright": "person"})
    assert kinds["Brendish"] != "person"


_OFFICE = (
    "Talks stalled again on Monday over Dravik's demand for new elections. The Veltrian president's aides said the "
    "vote could come in the spring."
)


def test_a_surname_an_office_goes_on_about_stays_a_person() -> None:
    assert _kinds(_OFFICE, {"Dravik": "person"})["Dravik"] == "person"


_SIGNINGS = "The summer brought the arrivals of Tavo, Rinaldi, Owen Marsh and Peter Kade, and the club spent big."


def test_a_list_with_a_one_word_person_kept_still_makes_its_others_people() -> None:
    mentions = tagged_mentions(_SIGNINGS, {"Tavo": "person", "Rinaldi": "organization", "Owen Marsh": "person",
                                           "Peter Kade": "person"})
    assert {m.name: m.kind for m in listed_people(_SIGNINGS, mentions)}["Rinaldi"] == "person"
