"""Streets named short after their full name: "the intersection of Elm Street and Whitaker Avenue ... at Elm and
Whitaker ... Residents on Whitaker said".

Why apart from ``place_context``: a street's full name is read from its own words ("Whitaker Avenue": a road, no
actor), but local news goes on to name it without its road word, and "Whitaker" alone is a surname's or a firm's
shape, which the tagger then types a person or a body, and a source phrase hands it the residents' words. What
shows the short form is the article itself: it has written the same words with a road word after them, and never
as a person's name.
"""

from __future__ import annotations

import re

from brief.actors.gazetteer import is_country, state_names
from brief.actors.mentions import Mention
from brief.actors.place_context import ROAD_WORDS
from brief.actors.world_cities import known_city

_ROADS = "|".join(sorted(ROAD_WORDS, key=len, reverse=True))
_FULL_ROAD = re.compile(rf"\b((?:[A-Z][\w'’-]*\s+){{1,3}}?)(?:{_ROADS})\b\.?")
"""A road's full name: up to three capitalised words, then a road word ("Elm Street", "Lake Chabot Road")."""


def _full_roads(text: str) -> set[str]:
    """The names the text writes before a road word ("Elm" of "Elm Street", "Harlem" of "Harlem Road")."""
    return {" ".join(found.group(1).split()) for found in _FULL_ROAD.finditer(text)}


def streets_shortened(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without those that name a street the text also writes in full ("Whitaker" after "Whitaker
    Avenue"): a road is no actor, whatever the tagger typed its short form. A name the text also gives a person
    ("Dana Whitaker", "Mr Whitaker", a role) is kept at every writing: the street may be named after them; so is a
    place's ("London" of London Bridge), typed so here or known to the gazetteers."""
    if not any(word in text for word in ROAD_WORDS):
        return mentions
    roads = _full_roads(text)
    if not roads:
        return mentions
    personal = {m.name.split()[-1] for m in mentions if m.kind == "person" and (" " in m.name or m.role)}
    placed = {m.name for m in mentions if m.kind == "place"}  # "London" of "London Bridge", "Harlem" of "Harlem Road"
    return [m for m in mentions
            if not (m.name in roads and m.name not in personal and m.name not in placed and not _known_place(m.name)
                    and not _road_word_after(text, m.end))]


def _known_place(name: str) -> bool:
    """A country, a state or a city the gazetteers know ("Pennsylvania" of Pennsylvania Avenue): the place itself."""
    return is_country(name) or name in state_names() or known_city(name)


_ROAD_AFTER = re.compile(rf"\s+(?:{_ROADS})\b")


def _road_word_after(text: str, end: int) -> bool:
    """Whether the writing is the full name's own (its road word follows): that one is read as it stands."""
    return _ROAD_AFTER.match(text, end) is not None
