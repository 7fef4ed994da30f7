"""A place's government named by the kind of place it is: "the country's government", "the islands' government",
"the territory's health ministry", "the city's officials" speak for the place the text has just named.

Why: the words say which place (one of its kind, named before), but the speaker rules read the phrase's head
("government", "officials") and took the latest governing body named, which in a story about a rocket's debris
over the Turks and Caicos Islands was the US aviation regulator. As "China's foreign ministry" speaks for China,
"the country's government" speaks for the country.
"""

from __future__ import annotations

from brief.actors.clause_bodies import named_in_clause
from brief.actors.gazetteer import is_country, phrase_table
from brief.actors.mentions import Mention
from brief.actors.source_words import PLACE_NOUNS
from brief.actors.world_cities import known_city

_OWNER_NOUNS = PLACE_NOUNS | frozenset("island islands province region county".split())
"""Kinds of place a text calls one it has named ("the country", "the islands", "the province")."""
_GOVERNING_HEADS = frozenset("government authorities officials administration cabinet leadership".split())
"""Heads of a phrase for those who govern a place (its titled people are found by their titles)."""
_PORTFOLIO_HEADS = frozenset({"ministry"})
"""A government's part named by its portfolio ("the territory's health ministry"), which speaks for the place as
"China's foreign ministry" does."""
_NATIONS = frozenset({"country", "nation", "kingdom", "republic"})
_ISLANDS = frozenset({"island", "islands"})
"""An island named by its kind ("the island's government"), as the Asian press calls Taiwan after naming it: never
a city named since (the capital across the strait, its own capital)."""


def place_government(words: list[str], before: list[Mention], text: str) -> Mention | None:
    """The place "the country's government" (``words``, lower case) speaks for: the latest place named before it,
    a country when the phrase says one, passing over one named in a relative clause about another ("Saudi Arabia,
    which is in talks to end the war in Yemen, called for restraint. The kingdom's foreign ministry said"); None for
    any other phrase or when no place is named."""
    if not 3 <= len(words) <= 4 or words[0] != "the" or words[-1] not in _GOVERNING_HEADS | _PORTFOLIO_HEADS:
        return None
    if (len(words) == 4) != (words[-1] in _PORTFOLIO_HEADS):
        return None  # "the territory's health ministry": one portfolio word before a ministry, none before the rest
    owner = words[1].removesuffix("'s").removesuffix("’s").rstrip("'’")  # "the country's", "the islands'"
    if owner not in _OWNER_NOUNS or owner == words[1] and not owner.endswith("s"):
        return None  # "the state government" (no possessive) is left to the rules for bodies
    nation = owner in _NATIONS
    island = owner in _ISLANDS
    return next((m for m in reversed(before) if m.kind == "place" and not m.demonym
                 and (not nation or is_country(m.name)) and not (island and _city(m.name))
                 and not named_in_clause(text, m)), None)


def _city(name: str) -> bool:
    """Whether the name is a city the gazetteer or the world's list knows ("Beijing", "Taipei"): no island's
    government is a city's, so "the island's government" after "Taiwan ... Beijing ..." is Taiwan's."""
    return phrase_table().get(tuple(name.split())) == "PLACE" or known_city(name)
