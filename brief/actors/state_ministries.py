"""A ministry named without its country, right after the country's possessive, is the country speaking:
"Russia's Defense Ministry claimed ...", "Israel's Foreign Ministry said ...".

Why: the tagger finds "Defense Ministry" as a body of its own, and the actor list held a "Defense Ministry"
of no country, whose claims a reader could not place. A state's ministry speaks for the state, as "the French
foreign ministry said" and "China's foreign ministry said" read (``place_bodies``); the ministry's mention is
dropped, so the country named before it holds the words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.gazetteer import is_country
from brief.actors.mentions import Mention

_GENERIC_MINISTRY = re.compile(r"(?:(?:[A-Z][a-z]+|Defen[cs]e)\s+)?Ministry(?:\s+of\s+[A-Z][a-z]+)?")
"""A ministry's name that names no country: "Defense Ministry", "Foreign Ministry", "Ministry of Health"."""
_POSSESSIVE = re.compile(r"['’]s?\s+$")


def state_ministries(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions without a country-less ministry written right after a country's possessive."""
    countries = [m for m in mentions if m.kind == "place" and not m.demonym and is_country(m.name)]
    out: list[Mention] = []
    for m in mentions:
        if m.kind == "organization" and _GENERIC_MINISTRY.fullmatch(m.surface):
            owner = next((c for c in countries if c.sentence == m.sentence and c.end < m.start
                          and _POSSESSIVE.fullmatch(text, c.end, m.start)), None)
            if owner is not None:
                continue
        out.append(m)
    return out
