""""Boast" with a bare object is having, and "sees X as" is the writer's account of a view (session 34, from
fresh35's and earlier samples' deed shapes), on articles written for these tests."""

from __future__ import annotations

from written import said_by

_SHELTERS = (
    "Shelter city\n\n"
    "Fifty years ago, when fear of war ran high, Marlow boasted thousands of fallout shelters. "
    "Mayor Dana Whitfield sees it as a great test for her city. "
    "Whitfield boasted that the shelters were the best in the state. "
    '"We built the most," Whitfield boasted. Whitfield boasted he had built more than anyone. '
    "Whitfield described the plan as a bargain. Whitfield said the shelters would stay."
)


def test_a_place_that_boasts_things_has_them_and_says_nothing() -> None:
    assert not said_by(_SHELTERS).get("Marlow")


def test_boasting_a_clause_or_a_quotation_is_still_said() -> None:
    said = said_by(_SHELTERS)["Dana Whitfield"]
    assert "that the shelters were the best in the state" in said
    assert '"We built the most,"' in said
    assert "he had built more than anyone" in said


def test_seeing_something_as_something_is_no_statement_but_describing_it_is() -> None:
    said = said_by(_SHELTERS)["Dana Whitfield"]
    assert not any("great test" in t for t in said)
    assert "the plan as a bargain" in said
