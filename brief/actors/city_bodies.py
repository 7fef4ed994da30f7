"""Which place "the city" stands for as a source ("The city said filters would protect the fish"): a place
the text calls a city, not the latest place named.

Why: a city that speaks is its municipal body, and the latest place a story names before "the city said" is as
often a park, a river or a borough inside it ("festooned Marlow Gardens with lights ... near the tip of
Kettering ... The city said"). The city is one the text names as such ("Harbour City", "the city of Vell"), else
the one its dateline gives (under whatever kind the tagger gave its name), else a city the world list knows; with none of them the source stays unnamed.
"""

from __future__ import annotations

import re

from brief.actors.gazetteer import is_country
from brief.actors.mentions import Mention
from brief.actors.world_cities import known_city

CITY_NOUNS = frozenset({"city"})
"""Descriptions of a place that speak only as the city's government ("the city said", "the city estimates")."""
_CALLED_CITY = re.compile(r"\b(?:city|town)\s+of\s+$", re.I)
"""Before a place the text calls a city: "the city of Vell"."""
_CITY_AFTER = re.compile(r"\s+(?:City\b|city\s+(?:officials|hall|council|government)\b)")
"""After a place the text calls a city: "Harbour City", "Vell city officials"."""
DATELINE_REACH = 400
"""Characters from the text's start read for its dateline (past a title, a date and a link line)."""
_DATELINE = re.compile(r"(?:^|\n)\s*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:,[^\n]{0,40}?)?\s*(?:\([A-Za-z .]{1,30}\)\s*)?"
                       r"(?:[—–-]{1,2}|_)\s")
"""A dateline in capitals opening a paragraph ("NEW YORK (AP) - ", "KESSEL, Norland -- "): where the story was filed."""


def city_referred(text: str, before: list[Mention]) -> Mention | None:
    """The place "the city" refers back to (see the module's docstring), or None."""
    places = [m for m in before if m.kind == "place" and not m.demonym and not is_country(m.name)]
    called = next((m for m in reversed(places) if _CALLED_CITY.search(text, max(0, m.start - 12), m.start)
                   or _CITY_AFTER.match(text, m.end)), None)
    if called is not None:
        return called
    dateline = _DATELINE.search(text, 0, min(len(text), DATELINE_REACH))
    if dateline is not None:
        filed = dateline.group(1).split(",")[0].strip().lower()
        return next((m for m in reversed(before) if m.kind != "person" and not m.demonym  # the tagger may type it a body
                     and m.name.lower() in (filed, filed + " city")), None)
    return next((m for m in reversed(places) if known_city(m.name)), None)
