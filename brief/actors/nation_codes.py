"""A sportsperson's nation code in brackets after a results sheet's name: "Daniel OKONJO (KEN) - gold",
"Teodor VASKE (NOR)". The three capitals are the country the athlete runs for, written as the governing bodies'
results and mixed-zone notes write it (given name, surname in capitals, code in brackets); the tagger read them as
a body, and a story of one race listed "KEN (organization)" among its actors.

Why by shape, not by a table of codes: the sheet's own layout says what the bracket is. A name is dropped only when
one of its writings stands after a given name and a surname in capitals ("Daniel OKONJO (KEN)") and every writing
of it is such a bracket after a word in capitals ("AT: OKONJO (KEN)"); a body named so in brackets after its own
full name ("the Nigeria Labour Congress (NLC)") or used anywhere else in the text stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

CODE_LETTERS = 3
"""Capitals of a nation's code on a results sheet (IOC, FIFA, World Athletics: "KEN", "NOR", "GBR")."""
_SHEET_NAME = re.compile(r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+)* [A-Z]{2,}(?:[-' ][A-Z]{2,})* \($")
"""A results sheet's name right before the bracket: a given name in ordinary case, the surname in capitals."""
_CAPS_WORD = re.compile(r"\b[A-Z]{2,}(?:[-'][A-Z]+)? \($")
"""A word in capitals right before the bracket: the surname alone ("AT: OKONJO (KEN)")."""
_LOOK_BACK = 60
"""Characters read back from a bracket for the name before it: a given name and a surname or two."""


def _bracketed(text: str, m: Mention) -> bool:
    return m.start > 0 and text[m.start - 1] == "(" and text[m.end : m.end + 1] == ")"


def _before(text: str, m: Mention) -> str:
    return text[max(0, m.start - _LOOK_BACK) : m.start]


def nation_codes_dropped(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions less the nation codes of a results sheet's athletes (see the module's docstring)."""
    codes = {m.name for m in mentions if m.kind != "person" and len(m.surface) == CODE_LETTERS
             and m.surface.isalpha() and m.surface.isupper() and _bracketed(text, m)
             and _SHEET_NAME.search(_before(text, m))}
    dropped = {code for code in codes
               if all(_bracketed(text, m) and _CAPS_WORD.search(_before(text, m)) for m in mentions if m.name == code)}
    return [m for m in mentions if m.name not in dropped] if dropped else list(mentions)
