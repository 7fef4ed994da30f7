""""Have yet to tell" says nothing yet, and "X, they called themselves" names a group, not a statement (session
36b, from fresh40's deed and not-cue shapes), on articles written for these tests."""

from __future__ import annotations

from written import said_by

_FERRY = (
    "Ferry lost off Tarvo\n\n"
    "The ferry Solveig sank off Tarvo Island on Sunday with 40 people aboard. "
    "Relatives have yet to tell the boy that his mother is among the missing. "
    "Nordsjø Lines has yet to tell families that the ferry was overloaded. "
    "Nordsjø Lines has not yet said whether the crew had been trained. "
    "The relatives said they would wait at the harbour. "
    "Harbour master Olav Brekke said the search would go on through the night. "
    "Brekke told reporters that the sea had been calm."
)

_CLUB = (
    "Rowing club wins\n\n"
    "Outside the boathouse, Lindqvist, Berg and the rest of the Lindholm crew — Riverhawks, they called themselves — "
    "trained at dawn. "
    "Coach Mara Lindqvist said the crew had trained for two years. "
    "Lindqvist called the win a triumph for the town."
)


def test_a_telling_not_yet_done_gives_no_position() -> None:
    said = said_by(_FERRY)
    assert not any("his mother is among the missing" in t or "the ferry was overloaded" in t
                   for texts in said.values() for t in texts)
    assert not any("the crew had been trained" in t for texts in said.values() for t in texts)


def test_a_telling_done_still_gives_its_position() -> None:
    said = said_by(_FERRY)["Olav Brekke"]
    assert any("the search would go on through the night" in t for t in said)
    assert any("the sea had been calm" in t for t in said)


def test_a_name_a_group_called_itself_is_no_statement() -> None:
    said = said_by(_CLUB)
    assert not said.get("Riverhawks")
    assert not any("Outside the boathouse" in t for texts in said.values() for t in texts)


def test_calling_something_something_is_still_said() -> None:
    said = said_by(_CLUB)["Mara Lindqvist"]
    assert any("the crew had trained for two years" in t for t in said)
    assert any("the win a triumph" in t for t in said)
