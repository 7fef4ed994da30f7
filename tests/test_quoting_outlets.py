"""A quotation whose cue is "was quoted as saying by <outlet>" is the passive subject's, not the outlet's
(K5 l3s-3b0a9e0f: a club manager's words "quoted as saying by Bild newspaper Wednesday" were no one's)."""

from __future__ import annotations

from written import said_by

LEAD = "Harbour club Rostock United expect Piet Brandauer to leave at the end of the season. "


def test_quoted_as_saying_by_a_newspaper_on_a_day_is_the_subjects() -> None:
    said = said_by(LEAD + '"You can assume he will not be staying after June," Rostock general manager Uli Fenner '
                   "was quoted as saying by Kurier newspaper Wednesday.")
    assert any("You can assume he will not be staying" in text for text in said.get("Uli Fenner", []))
    assert "Kurier" not in said


def test_quoted_as_saying_by_an_outlet_is_not_the_outlets() -> None:
    said = said_by(LEAD + '"You can assume he will not be staying after June," Rostock general manager Uli Fenner '
                   "was quoted as saying by Kurier newspaper.")
    assert said.get("Uli Fenner") == ['"You can assume he will not be staying after June,"']
    assert "Kurier" not in said


def test_reported_words_after_the_outlet_and_that() -> None:
    said = said_by(LEAD + "Uli Fenner was quoted as saying by the Kurier newspaper that the coach would leave.")
    assert said.get("Uli Fenner") == ["the coach would leave"]


def test_an_outlet_that_quotes_someone_actively_is_still_read_as_before() -> None:
    said = said_by(LEAD + '"You can assume he will not be staying after June," Uli Fenner told the Kurier newspaper.')
    assert said.get("Uli Fenner") == ['"You can assume he will not be staying after June,"']
