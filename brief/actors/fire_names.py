"""A fire named for where it started: "the Sorrel fire", "the Pell Creek and Sorrel fires", "the Dunmore
wildfire". The fire, not an actor: no mention of a body, a person or a place that acts.

Why: fire agencies name a wildfire for a creek, a road or a ridge near where it began, and news writes that
name before a lower-case "fire"; the tagger read the name alone as a place or a body ("Sorrel (organization)"),
listed among the actors with nothing said. A town's fire service is written the same way ("the Kincaid fire
department", "Dallas fire officials"): a noun of a service or its staff after "fire" keeps the name, and so
does a name with no "the" before it (the fire's name is a definite one: "the X fire").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

_FIRE_AFTER = re.compile(
    r"(?:\s*(?:,|and)\s+(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)*"  # "Pell Creek | and Sorrel fires": a list of fires
    r"\s+(?:wild)?fires?\b(?!-)(?!\s+(?:department|dept|service|services|crews?|officials?|chief|station|brigade|"
    r"fighters?|district|authority|authorities|rescue|marshal|engines?|protection|captain|battalion|"
    r"investigators?|personnel|units?|trucks?|teams?|agency|commissioner|and\s+(?:rescue|emergency|police))\b)"
)
"""A lower-case "fire" after the name (or after the list it opens), no service's noun after it."""
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?:[A-Z][\w'’-]*\s+)+(?:,\s*|and\s+))*$")
"""The definite article before the name, or before the list the name is in ("the Pell Creek and | Sorrel")."""
BEFORE_REACH = 60
"""Characters before a name read for "the" and the fires named before it in a list."""


def fires_dropped(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without those written as a fire's name (see the module's docstring)."""
    return [m for m in mentions if m.kind == "person" and m.role
            or not (_FIRE_AFTER.match(text, m.end) and _THE_BEFORE.search(text[max(0, m.start - BEFORE_REACH) : m.start]))]
