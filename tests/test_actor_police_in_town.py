"""A town's police written "police in <town>" ("Police in Tamale said") are the town's force, as "Tamale police"
are (brief/actors/place_police.py).

Why: wire copy names a local force so as often as before the town; the attribution model gives the whole phrase
as the source, and with no body in it the statement went to no one. Article invented for this test.
"""

from __future__ import annotations

from written import said_by


def test_police_in_a_town_are_its_force() -> None:
    text = ("Bus crash kills four\n\n"
            "Police in Dunvarra said on Sunday that a bus carrying pilgrims had left the road in fog.\n\n"
            "Four people died and 19 were taken to hospital.")
    said = said_by(text)
    assert any("left the road" in p for p in said.get("Dunvarra Police", [])), said


def test_police_in_a_country_are_not_a_town_force() -> None:
    text = ("Bus crash kills four\n\n"
            "Police in Portugal said on Sunday that a bus carrying pilgrims had left the road in fog.\n\n"
            "Four people died.")
    assert "Portugal Police" not in said_by(text)
