"""A place after a study's noun and "of" is what the study is about, not its author: "The most comprehensive study of
Greenland confirms fears ..." is no position of Greenland's; a report from a body ("a study by the Harbour Board")
stays the body's."""

from __future__ import annotations

from written import said_by


def test_the_place_a_study_is_of_says_nothing() -> None:
    said = said_by("The most comprehensive study of Greenland confirms fears the ice sheet is melting faster than "
                   "predicted.")
    assert not said.get("Greenland")


def test_a_study_by_a_body_is_the_bodys() -> None:
    said = said_by("A study by the Harbour Board confirms fears the north pier is sinking faster than predicted.")
    assert any("north pier" in text for text in said.get("Harbour Board", []))
