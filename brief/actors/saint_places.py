"""Towns named for a saint that the tagger read as a person's name, whole or cut: "Saint John tops the list",
"St. Louis got on the board first" with "Louis" alone tagged a person.

Why a module of its own: "Saint John", "San Jose" and "St. Louis" are a given name after a word the tagger
reads as a title or drops, so the town is typed a person, or its given name is kept alone as one. What
shows the town is the writing: the saint's word opens the name and the whole is a town the lists know, or
the text names the town in full elsewhere ("St. Louis, MO", "the St. Louis Blues") and the person is only
its last words, right after the saint's word.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.mentions import Mention
from brief.actors.personhood import known_place
from brief.actors.world_cities import known_city

SAINT_WORDS = frozenset({"St.", "St", "Saint", "San", "Santa", "Santo", "Sao", "São"})
"""The words that open a town named for a saint ("St. Louis", "San Jose", "São Paulo")."""

_SAINT_BEFORE = re.compile(r"(?<!\w)(St\.?|Saint|San|Santa|Santo|Sao|São)\s+$")


def _town(name: str) -> bool:
    return known_place(name) or known_city(name)


def saint_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a "person" named as a saint's town retyped a place, and one cut from a town's name
    the text writes in full elsewhere left out."""
    if not any(m.kind == "person" for m in mentions):
        return mentions
    written = {m.name for m in mentions if m.kind in ("place", "organization")}
    out = []
    for m in mentions:
        if m.kind != "person" or m.demonym:
            out.append(m)
            continue
        words = m.name.split()
        if len(words) > 1 and words[0] in SAINT_WORDS and _town(m.name):
            out.append(dataclasses.replace(m, kind="place", role=""))
            continue
        saint = _SAINT_BEFORE.search(text, max(0, m.start - 8), m.start)
        if saint:
            full = f"{saint.group(1)} {m.name}"
            if _town(full) or any(n == full or n.startswith(full + " ") for n in written):
                continue  # "St. Louis" cut to "Louis": no one
        out.append(m)
    return out
