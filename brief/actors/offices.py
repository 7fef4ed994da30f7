"""An office written alone with capitals and "the" ("the Prime Minister", "the Health Secretary", "the PM"):
which words it is made of, so the office's holder can be found where the text named them before."""

from __future__ import annotations

import re

from brief.actors.gazetteer import TITLES
from brief.actors.roles import HONORIFICS, TITLE_MODIFIERS

# Office words written after "the" with a capital that may end an office's name: the gazetteer's
# titles, less courtesies and words that only qualify an office ("the Foreign", "the State").
_OFFICE_HEADS = TITLES - HONORIFICS - TITLE_MODIFIERS - frozenset(
    "mr. mrs. ms. dr dr. sir dame lady lord deputy official officials ministers".split()
)
# Offices news writes by their initials: "the PM" is the Prime Minister, "the CM" an Indian state's Chief Minister.
OFFICE_INITIALS: dict[str, tuple[str, ...]] = {"PM": ("prime", "minister"), "CM": ("chief", "minister")}
OFFICE = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+|" + "|".join(OFFICE_INITIALS) + r")\b(?!['’]?\s*[A-Z])(?!\s+(?:of|for)\b)"
)
"""An office written with capitals and "the", alone: "the Prime Minister", "the Health Secretary",
"the PM". Never followed by a name ("the Prime Minister Boris Johnson" names him) nor by "of"/"for"
("the Secretary of State" or "the Minister for Health" is a longer office, read elsewhere)."""


def office_words(written: str) -> tuple[str, ...]:
    """The words of an office written with capitals ("the Health Secretary" -> health, secretary),
    or nothing when the phrase is no office ("the White House", "the Government")."""
    match = OFFICE.fullmatch(" ".join(written.split()))
    if match is None:
        return ()
    name = match.group(1)
    if name in OFFICE_INITIALS:
        return OFFICE_INITIALS[name]
    words = tuple(w.lower() for w in name.split())
    return words if words[-1] in _OFFICE_HEADS else ()
