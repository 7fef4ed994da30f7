"""A body's name written with and without the place it serves: "the NYC Office of Emergency Management"
once, then "the Office of Emergency Management"; "California Energy Commission", then "the Energy
Commission". Grouping by words keeps them apart, and the body's mentions split between two actors,
each ranked below the people it employs."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from brief.actors.gazetteer import phrase_table

if TYPE_CHECKING:
    from brief.actors.grouping import Group

MAX_PLACE_WORDS = 2
"""Most words of the place before the body's name ("New Zealand Department of Conservation")."""
MIN_BODY_WORDS = 2
"""Fewest words of the body's name after the place: one word ("Police", "Council") names no one body."""
_GAZETTEER_PLACES = frozenset(("PLACE", "CTRY"))
NATIONAL_HEADS = frozenset("Party Court House Senate Assembly Congress Parliament Legislature".split())
"""Words of a party's, a court's or a legislature's name, whose bare form news writes for the national one:
"the Texas Democratic Party" and "the Democratic Party", "the Florida Supreme Court" and "the Supreme
Court" are two bodies in one story."""


def _place_names(groups: dict[tuple[str, str], Group]) -> set[str]:
    """How the text writes its places ("NYC" of New York City), to read a name's first words by."""
    return {n for g in groups.values() if g.kind == "place" for m in g.mentions for n in (m.surface, m.name)}


def _is_place(words: list[str], places: set[str]) -> bool:
    return " ".join(words) in places or phrase_table().get(tuple(words)) in _GAZETTEER_PLACES


def join_names_without_place(groups: dict[tuple[str, str], Group]) -> None:
    """An organisation's name of two words or more that ends the one fuller name whose first words
    are a place is that body: the fuller name's. Two places before the same name ("Ohio Department of
    Health", "Texas Department of Health") leave the bare name to neither."""
    places = _place_names(groups)
    placed: dict[str, list[Group]] = defaultdict(list)
    for g in groups.values():
        words = g.key.split()
        if g.kind != "organization" or not g.mentions or NATIONAL_HEADS.intersection(words):
            continue
        for k in range(1, MAX_PLACE_WORDS + 1):
            if len(words) - k >= MIN_BODY_WORDS and _is_place(words[:k], places):
                placed[" ".join(words[k:])].append(g)
    for g in list(groups.values()):
        fits = [f for f in placed.get(g.key, []) if f is not g]
        if g.kind == "organization" and g.mentions and len(fits) == 1:
            fits[0].mentions.extend(g.mentions)
            g.mentions.clear()
