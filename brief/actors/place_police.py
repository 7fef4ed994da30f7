"""A town's police written lower case after its name: "Cincinnati police said", "two Kessel police officers".

Why: the name's own reading (``mentions``) makes "<place> police" the force, "Cincinnati Police", only where the
tagger typed the town a place; it typed some towns a body, and the rules that retype them a place come later, so
"Cincinnati police said" was left to a city that does not speak (or, typed a body, to "Cincinnati" as a body).
Read again once every mention has its kind: a place other than a country, right before "police", is the force.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.gazetteer import is_country
from brief.actors.mentions import Mention

_POLICE = re.compile(r"[ \t]+police\b")
"""The force's word right after the place's name, lower case (a capitalised one the tagger takes into the name)."""
_POLICE_IN = re.compile(r"\b[Pp]olice[ \t]+in[ \t]+$")
"""The force's word and "in" right before the place's name ("Police in Tamale said"): the town's force, as "Tamale
police" is; not "police in the hills above X", where the place is no force's seat."""
POLICE_IN_REACH = 12
"""Characters before a place's name searched for "police in " (its length and a margin)."""


def place_police(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each place before a lower-case "police" (or after "police in") made its police force, a
    body named "<place> Police" (not a country's: "UK police" are the country's forces, which speaks through them)."""
    out = []
    for m in mentions:
        police = _POLICE.match(text, m.end) if m.kind == "place" and not m.demonym else None
        police_in = (_POLICE_IN.search(text, max(0, m.start - POLICE_IN_REACH), m.start)
                     if m.kind == "place" and not m.demonym and police is None else None)
        if police is not None and not is_country(m.name):
            m = dataclasses.replace(m, end=police.end(), name=f"{m.name} Police", surface=text[m.start : police.end()],
                                    kind="organization")
        elif police_in is not None and not is_country(m.name):
            m = dataclasses.replace(m, start=police_in.start(), name=f"{m.name} Police",
                                    surface=text[police_in.start() : m.end], kind="organization")
        out.append(m)
    return out
