"""Who speaks in a report of war and ceasefire talks (session 35): a country named right after a straight-quoted
word, a ruler's courtesy title after his office, "the territory's health ministry", and a public service cited with
"according to" that is no news outlet; on articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of

_TALKS = (
    "Ceasefire talks resume\n\n"
    "Fighting in the Vellan Strip continued overnight. The territory's health ministry said 38 people had been "
    "killed. Negotiators met in Cairo on Sunday. Qatar's Prime Minister Sheikh Hamad bin Nasser said the mediators "
    "were \"hopeful\". Egypt's foreign ministry said it was doing everything possible to reach a deal. "
    "A fire near the border was 0% contained by the evening, according to Cal Fire."
)


def _actors() -> dict[str, object]:
    return {a.name: a for a in actors_of(report_of(_TALKS))}


def test_a_country_right_after_a_straight_quoted_word_is_no_title_of_a_work() -> None:
    assert holders(report_of(_TALKS), "doing everything possible") == ["Egypt"]


def test_a_courtesy_title_after_an_office_is_no_part_of_the_role() -> None:
    assert _actors()["Hamad bin Nasser"].role == "Qatar's Prime Minister"


def test_the_territorys_health_ministry_speaks_for_the_territory() -> None:
    assert holders(report_of(_TALKS), "38 people had been killed") == ["Vellan Strip"]


def test_a_public_service_cited_for_a_fact_is_no_news_outlet() -> None:
    assert _actors()["Cal Fire"].role != "news outlet"
