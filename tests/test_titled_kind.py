"""A name the text gives a personal title is a person's, however the tagger typed its other mentions."""

from __future__ import annotations

from brief.actors.assemble import titled_kind
from brief.actors.grouping import Group
from brief.actors.mentions import Mention


def _mention(start: int, kind: str, role: str = "") -> Mention:
    return Mention(1, start, start * 10, start * 10 + 6, "Harlow", "Harlow", kind, role)


def test_a_surname_once_titled_is_a_person_though_mostly_typed_a_body() -> None:
    """ "President Harlow" once (a person, with his title), "Harlow" three times typed an organisation:
    the actor is the president."""
    group = Group("Harlow", "organization", [_mention(0, "person", "President"),
                                             *(_mention(i, "organization") for i in range(1, 4))])
    assert titled_kind(group) == "person"


def test_a_body_never_titled_stays_a_body() -> None:
    """No title anywhere, nor a person's mention with one: the tagger's majority stands."""
    group = Group("Harlow", "organization", [_mention(0, "person"), *(_mention(i, "organization") for i in range(1, 4))])
    assert titled_kind(group) == "organization"
    assert titled_kind(Group("Harlow", "place", [_mention(0, "place")])) == "place"
