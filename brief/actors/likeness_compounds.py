"""A name inside a compound that makes a new word of likeness from it: "super-Earth", "mini-Neptune",
"Earth-sized", "Trump-style". Such a compound names a kind of thing like the name's bearer, not the bearer: a
headline "Super-Earth Found Near Red Dwarf" names no Earth, and gave Earth, written once in the text ("twice as
massive as Earth"), a headline's weight that made it the story's top actor. A compound of two names
("Israel-Hamas war") or of a name and a party's stance ("anti-Trump", "Kremlin-backed") still names its bearer.
"""

from __future__ import annotations

import re

LIKENESS_PREFIXES = ("super", "mini", "exo", "proto", "hot", "warm", "cold", "ultra", "sub")
"""Prefixes that make a kind of thing from a name ("super-Earth", "mini-Neptune", "hot Jupiter" hyphened)."""
LIKENESS_SUFFIXES = ("like", "sized", "size", "style", "esque", "mass", "type", "class")
"""Suffixes that make a likeness of a name ("Earth-like", "Earth-sized", "Soviet-style", "Earth-mass")."""

_COMPOUND = re.compile(
    rf"(?i:\b(?:{'|'.join(LIKENESS_PREFIXES)})-)(?=[A-Z])[\w'’]+"
    rf"|\b[A-Z][\w'’]*-(?i:(?:{'|'.join(LIKENESS_SUFFIXES)})\b)")


def without_likenesses(text: str) -> str:
    """``text`` with each likeness compound ("Super-Earth", "Earth-sized") blanked out, offsets kept."""
    return _COMPOUND.sub(lambda m: " " * len(m.group()), text) if "-" in text else text
