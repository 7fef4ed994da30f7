"""A tagged name that begins with its description is the name alone (texts written for these tests):
"San Francisco-based Lumio" is Lumio, one actor with the "Lumio" of the next sentence; "Local MP Hannah
Cross" is the person Hannah Cross, not a body called "MP Hannah Cross"."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.courtesies import leading_title
from brief.actors.name_words import description_words

AIRLINE = (
    "SkyJet apologises after weekend of cancelled flights\n\n"
    "SkyJet chief executive Laura Chen apologised on Monday after more than 200 flights were cancelled. "
    "Local MP Hannah Cross said the disruption had been \"completely unacceptable\" and called for an inquiry. "
    "San Francisco-based Lumio, which supplies SkyJet's booking software, said its systems had worked normally. "
    "Lumio said it would help the airline review what went wrong. "
    "New York-born Dara Voss, who runs a travel blog, said readers had been stranded in Lisbon."
)


def test_a_place_based_body_is_one_actor_under_its_own_name() -> None:
    actors = {a.name: a for a in actors_of(report_of(AIRLINE))}
    assert "Lumio" in actors and actors["Lumio"].kind == "organization", sorted(actors)
    assert not any("based" in name or "born" in name for name in actors), sorted(actors)
    assert "Dara Voss" in actors, sorted(actors)


def test_a_seat_before_a_name_is_the_persons_title() -> None:
    actors = {a.name: a for a in actors_of(report_of(AIRLINE))}
    assert "Hannah Cross" in actors and actors["Hannah Cross"].kind == "person", sorted(actors)
    assert not any(name.startswith("MP ") for name in actors), sorted(actors)


def test_the_words_that_only_describe() -> None:
    assert description_words(["San", "Francisco-based", "Lumio"]) == 2
    assert description_words(["Google-backed", "Anthropic"]) == 1
    assert description_words(["Rolls-Royce", "Holdings"]) == 0  # a name's own hyphen
    assert description_words(["Lumio", "Francisco-based"]) == 0  # nothing after it to describe
    assert leading_title(["MP", "Hannah", "Cross"], "ORG")
    assert not leading_title(["MP", "Materials"], "ORG")  # a company
    assert not leading_title(["MP", "Materials", "Corp"], "ORG")
