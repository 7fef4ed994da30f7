"""Ireland's counties and police as Irish papers write them: "Clonmel, Co Tipperary", "a woman from Co Cork", "Co.
Laois"; "Gardaí have confirmed", "An Garda Síochána".

Why: the tagger reads "Co" as a company's ("Marks & Co") and typed "Co Tipperary" an organisation or even a person
("Co Laois"), so the county was listed as an actor and took the statements of people named in it ("Residents in
Nenagh, Co. Tipperary, said"). "Co" before the name of one of the island's 32 counties is the county, a place. The tagger also typed "Gardaí"
(the force's members, as "police" is) a place; it is the force, an organisation.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.mentions import Mention
from brief.text.abbreviations import IRISH_COUNTIES as COUNTIES

GARDA_NAMES = frozenset({"Gardaí", "Gardai", "An Garda Síochána", "Garda Síochána", "An Garda Siochana", "Garda Siochana"})
"""The Irish police force's names, with and without the accents."""
_CO_BEFORE = re.compile(r"\bCo\.?\s+$")
_NEXT_WORD = re.compile(r"\.?\s+(\w+)")
_CO_REACH = 4
"""Characters before a county's name read for "Co " or "Co. "."""


def _county(text: str, m: Mention) -> bool:
    words = m.name.split()
    if len(words) == 2 and words[0].rstrip(".") == "Co" and words[1] in COUNTIES:
        return True  # "Co Tipperary" whole
    return len(words) == 1 and words[0] in COUNTIES and bool(_CO_BEFORE.search(text, max(0, m.start - _CO_REACH), m.start))


def counties_placed(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each Irish county written after "Co" typed a place, a lone "Co" before one dropped, and the
    Garda typed the force."""
    out = []
    for m in mentions:
        after = _NEXT_WORD.match(text, m.end)
        if m.name.rstrip(".") == "Co" and after is not None and after.group(1) in COUNTIES:
            continue  # "Co | . Tipperary": the county's abbreviation tagged alone
        if _county(text, m) and (m.kind != "place" or m.role):
            m = dataclasses.replace(m, kind="place", role="", medium=False)
        elif m.name in GARDA_NAMES and m.kind != "organization":
            m = dataclasses.replace(m, kind="organization", role="", medium=False)
        out.append(m)
    return out
