"""Cities the tagger typed people: "drift east toward Des Moines", "a suburb of San Jose".

The tagger reads a two-word name whose first word is a particle or a given name ("Des", "San", "Santa")
as a person's, so a city of the generated world list (``world_cities``) is listed as a person on a page
that only ever puts it where things are. A "person" that is such a city, written at least once after a
word that puts it somewhere ("in", "toward", "beyond"), and that the text gives no person's sign
(a role or title beside it, an age, a gendered pronoun or kin word, a person's calling) is the city.
A word of the name of someone named in full ("Whitney Houston ... Houston sang", "Guadalupe Salinas Hernández
... Salinas' home") stays a person, whatever city shares it.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from brief.actors.gender import shows_gender
from brief.actors.mentions import Mention
from brief.actors.named_people import called_a_person
from brief.actors.person_signs import aged
from brief.actors.placehood import WHERE_WORDS
from brief.actors.world_cities import known_city

PLACING_WORDS = WHERE_WORDS | frozenset({"beyond"})
"""Words before a city that put it somewhere ("in", "toward", "beyond"). Not "to" nor "of", which stand before
people as often ("according to X", "a photo of X")."""


def _name_parts(mentions: list[Mention]) -> set[str]:
    """The runs of words within a person's name of several words: "Houston" of "Whitney Houston", "Salinas" of
    "Guadalupe Salinas Hernández" (a double surname, its first half written alone)."""
    return {" ".join(words[i:j]) for m in mentions if m.kind == "person" and len(words := m.name.split()) > 1
            for i in range(len(words)) for j in range(i + 1, len(words) + 1) if j - i < len(words)}


def cities_typed_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a "person" that is a known city written where a place is, and shown no person,
    retyped a place."""
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind == "person" and not m.demonym:
            by_name[m.name].append(m)
    parts = _name_parts(mentions)
    cities = {n for n, ms in by_name.items()
              if known_city(n) and n not in parts and any(m.after in PLACING_WORDS for m in ms)
              and not any(m.role or m.kin for m in ms)
              and not (aged(text, n) or shows_gender(text, n) or called_a_person(text, n))}
    if not cities:
        return mentions
    return [dataclasses.replace(m, kind="place", medium=False) if m.kind == "person" and m.name in cities
            and not m.demonym else m for m in mentions]
