"""A "she added" after a quotation an unnamed woman said goes on with her, no one named: "“...,” said a young
coachwoman who came ...", "“...,” a young coachwoman said" (brief.actors.speakers.unnamed_people,
brief.actors.person_nouns); on an article written for this test."""

from __future__ import annotations

from written import said_by

from brief.actors.person_nouns import one_person, plural

_RIDES = ("Carriage rides may end\n\n"
          "Council Speaker Ada Quinn has yet to put the bill on the agenda, her office said.\n\n"
          "\"I cannot talk, I am going to reach 15 rides today, it is a record,\" {frame}.\n\n"
          "\"Tourists give good tips, we make good days,\" she added as she led her horse to a trough.\n\n"
          "The rides cost 40 dollars.")


def test_she_added_after_an_unnamed_woman_is_no_named_woman() -> None:
    for frame in ("said a young coachwoman who came to the city four years ago", "a young coachwoman said"):
        said = said_by(_RIDES.format(frame=frame))
        assert not any("good tips" in text for texts in said.values() for text in texts), frame


def test_she_added_after_an_unnamed_woman_of_a_nationality_is_no_named_woman() -> None:
    """"said a young Turkish coachwoman": a nationality in capitals is part of the description, not a name."""
    said = said_by(_RIDES.format(frame="said a young Polish coachwoman who came to the city four years ago"))
    assert not any("good tips" in text for texts in said.values() for text in texts)


def test_she_added_after_the_named_woman_is_hers() -> None:
    said = said_by(_RIDES.format(frame="Ada Quinn said"))
    assert any("good tips" in text for text in said["Ada Quinn"])


def test_plural_by_spelling() -> None:
    assert [plural(w) for w in ("coachwoman", "witness", "deputy", "nurse", "day")] == [
        "coachwomen", "witnesses", "deputies", "nurses", "days"]
    assert one_person("coachwoman") and not one_person("report")


_TOUR = ("Royal tour\n\nThe duchess shouted at a member of her staff, according to a royal correspondent.\n\n"
         "Rebecca English of the Harbour Mail recalled: \"I was there at the time and saw her shout at a member of her "
         "staff.\"\n\nThe palace declined to comment. In May English fans cheered the couple.")


def test_a_demonym_after_a_given_name_is_a_surname() -> None:
    said = said_by(_TOUR)
    assert any("I was there" in text for text in said.get("Rebecca English", []))
    assert not said.get("United Kingdom")
