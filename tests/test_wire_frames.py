"""A wire story's frames around what was said: a dateline of two places ("DOHA/GAZA — ") is no one's words,
"said in a statement it had agreed" is what was said without the medium, and an agency's head
("Harlow Aviation Authority Administrator X") has his title."""

from __future__ import annotations

from tests.written import actors_of, report_of, said_by

TRUCE = """Truce extended by two days, mediator says

DOHA/GAZA — The two sides have agreed to extend their truce by two days, mediator Qatar said on Monday.

The Dunmere Liberation Front said in a statement it had agreed with Qatar and Egypt to extend the truce.

The Dunmere Liberation Front said in a statement on Tuesday it would free ten more hostages.
"""


def test_dateline_of_two_places_is_left_out_of_the_content() -> None:
    assert said_by(TRUCE).get("Qatar") == ["The two sides have agreed to extend their truce by two days"]


def test_medium_after_in_is_no_part_of_what_was_said() -> None:
    assert said_by(TRUCE).get("Dunmere Liberation Front") == [
        "it had agreed with Qatar and Egypt to extend the truce", "it would free ten more hostages"]


def test_agency_administrator_is_a_title() -> None:
    text = """Jets grounded for checks

Harlow Aviation Authority Administrator Tom Reyes said safety would guide every step of the inspections.
"""
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles.get("Tom Reyes") == "Harlow Aviation Authority Administrator"
