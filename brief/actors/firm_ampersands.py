"""The ampersand of a firm's name ("an analyst at Corwin & Pell", "Baird & Co."), hidden from the attribution
models: they read it as a letter.

Why: the models learned from PolNeAR's political news, where an "&" inside a source is rare, and at one the
source tagger stopped: "Demand is slowing, Mirela Kranz, an economist at Hollis & Co., said" gave "Co" as the
speaker, and "“...,” Linnea Hartmann, an analyst at Corwin & Pell, said in a note to clients" after a fronted
phrase lost the analyst. Business news names brokers, banks and law firms this way in nearly every story. Read
as a capital letter (like a middle initial) the span runs whole. The models read a copy of the text (every
offset the same); every rule after them reads the article as written.
"""

from __future__ import annotations

import re

_FIRM_AMPERSAND = re.compile(r"(?<=[A-Za-z.]) & (?=[A-Z])")
"""A spaced "&" between a word and a capitalised one (the name's two parts); "AT&T" and "S&P" are left."""
_STAND_IN = " N "
"""What the models read instead: a capital letter, which they take as part of a name (one character, as "&")."""


def without_firm_ampersands(text: str) -> str:
    """``text`` with each spaced "&" before a capitalised word read as a capital letter (see the docstring)."""
    if "&" not in text:
        return text
    return _FIRM_AMPERSAND.sub(_STAND_IN, text)
