"""A description by calling ("the Conservative MP", "the 31-year-old filmmaker") as the source of a
quotation: the person the story was just about, not no one; never someone named as another's kin."""

from __future__ import annotations

from written import said_by


def test_a_calling_goes_back_to_the_person_just_named() -> None:
    """Neither "MP" nor "filmmaker" is given to anyone as a title: the description stands for the
    person the story was just about, as "he" would."""
    text = (
        "Airports ask for tests\n\n"
        "Helen Brennock warned on Monday that airports face deep job cuts. Brennock earlier used her speech "
        "to ask for a plan for the whole sector.\n\n"
        "Speaking in the Commons, the Conservative MP said: “There are ways in which we can get this industry "
        "going again.”\n\n"
        "Orrin Vasquez made his first feature in Dunmere. Sitting in a hotel room, the 31-year-old filmmaker "
        "says he even misses the traffic of the city a bit."
    )
    said = said_by(text)
    assert any("ways in which we can get this industry" in t for t in said.get("Helen Brennock", [])), said
    assert any("misses the traffic" in t for t in said.get("Orrin Vasquez", [])), said


def test_a_calling_passes_over_someone_named_as_kin() -> None:
    """"her mother, Carla Denholm" is brought in for the singer the story is about: "the actress" is
    not her mother."""
    text = (
        "Singer shares a photo\n\n"
        "Marisol Quint shared a photo on Monday. The singer, 30, posed with her mother, Carla Denholm, "
        "at a charity event.\n\n"
        "“We sent letters filled with kind words to soldiers overseas,” the actress wrote."
    )
    said = said_by(text)
    assert not any("kind words" in t for t in said.get("Carla Denholm", [])), said
