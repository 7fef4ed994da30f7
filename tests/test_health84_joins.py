"""A body's name the tagger split before its last words is joined again by one shared loop
(brief.actors.adjacent_joins): a club named by its town and letters, a company named for two trades joined by "and".
On text written for this test."""

from __future__ import annotations

from written import said_by, tagged_mentions

from brief.actors.club_letters import club_letters
from brief.actors.trade_joins import trade_joins

_MATCHDAY = (
    "Floodlights fail at derby\n\n"
    "Dunmore FC said on Saturday that the second half would be replayed next month. "
    "Eastvale Gas and Electric said a fault at its substation had cut power to the ground.\n\n"
    "The league said it would look into the failure."
)
_LINE = "Dunmore FC said the replay would be free, and Eastvale Gas and Electric said the fault was mended."


def test_a_town_and_a_clubs_letters_are_one_club() -> None:
    mentions = club_letters(_LINE, tagged_mentions(_LINE, {"Dunmore": "place", "FC": "organization"}))
    assert [(m.name, m.kind) for m in mentions] == [("Dunmore FC", "organization")]


def test_a_town_and_letters_no_one_tagged_are_one_club() -> None:
    mentions = club_letters(_LINE, tagged_mentions(_LINE, {"Dunmore": "place"}))
    assert [(m.name, m.kind) for m in mentions] == [("Dunmore FC", "organization")]


def test_a_body_and_a_trade_after_and_are_one_company() -> None:
    tagged = tagged_mentions(_LINE, {"Eastvale Gas": "organization", "Electric": "organization", "Dunmore": "place"})
    mentions = trade_joins(_LINE, tagged)
    assert [(m.name, m.kind) for m in mentions] == [("Dunmore", "place"), ("Eastvale Gas and Electric", "organization")]


def test_a_company_named_for_two_trades_speaks_as_one() -> None:
    said = said_by(_MATCHDAY)
    assert "Electric" not in said, said
    assert any("substation" in s for s in said["Eastvale Gas and Electric"])
