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


def place_police(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each place before a lower-case "police" made its police force, a body named "<place>
    Police" (not a country's: "UK police" are the country's forces, which speaks through them)."""
    out = []
    for m in mentions:
        police = _POLICE.match(text, m.end) if m.kind == "place" and not m.demonym else None
        if police is not None and not is_country(m.name):
            m = dataclasses.replace(m, end=police.end(), name=f"{m.name} Police", surface=text[m.start : police.end()],
                                    kind="organization")
        out.append(m)
    return out
