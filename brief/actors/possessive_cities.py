"""A city whose name ends in "'s" ("St. John's"): the whole name, not a possessive cut off.

Why: the tagger splits "St. John's" as it splits any possessive, "St. John" and "'s", and a name's "'s" is
folded away (``mentions.normalise``), so the city of Newfoundland was listed as "St. John", beside the other
city Saint John, and typed a person where "6. St. John's" or "a St. John's potter" gave no place's sign.
Where the name and its "'s" together are a city of the generated list (world_cities), the mention is that
city: its "'s" kept, a place. A possessive of any other name ("St. Louis's mayor") is left alone.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.mentions import Mention
from brief.actors.world_cities import known_city

_POSSESSIVE_AFTER = re.compile(r"['’]s(?!\w)")


def _city(text: str, m: Mention) -> str:
    """The city the mention and the "'s" right after it name, straight apostrophe ("St. John's"), or ""."""
    after = _POSSESSIVE_AFTER.match(text, m.end)
    if after is None:
        return ""
    whole = text[m.start : after.end()]
    for name in (whole, whole.replace("’", "'")):
        if known_city(name):
            return whole.replace("’", "'")
    return ""


def possessive_cities(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each cut before a "'s" that ends a city's name extended over it and typed a place."""
    out = []
    for m in mentions:
        city = _city(text, m) if not m.demonym else ""
        if city:
            end = m.end + len(city) - (m.end - m.start)
            m = dataclasses.replace(m, end=end, surface=text[m.start : end], name=city, kind="place", role="")
        out.append(m)
    return out
