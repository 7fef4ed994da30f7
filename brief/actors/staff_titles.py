"""A name that only says whom the speaker works for, written before the speaker's role and name: "Reyes'
spokesman Omar Lutz said", "Former Reyes Senior Adviser Tomas Brenner said", "Reyes Communications Director
Jenna Poole said". The staffer speaks, not the boss; a possessive written with a bare apostrophe after an s,
and a role in capitals, hid the role from the rules that read a lower-case noun or a one-word title there.
"""

from __future__ import annotations

import re

from brief.actors.roles import ROLE_ENDS

_CAPITALISED_RUN = re.compile(r"(?: [A-Z][a-z]+){2,5}")
"""Capitalised words after a name: a role ("Senior Adviser", "Communications Director"), then the next name."""
ROLE_WORDS = 3
"""Words of a capitalised role before the name that follows it ("Deputy Communications Director" is 3)."""


def bare_possessive(text: str, end: int) -> int:
    """The length of a possessive's bare apostrophe right after a name ending in s ("Reyes' spokesman"), else 0
    (an apostrophe after another letter closes a quotation)."""
    return 1 if text[end - 1 : end] in ("s", "S") and text[end : end + 2] in ("' ", "’ ") else 0


def capitalised_role_after(text: str, start: int, end: int) -> bool:
    """Whether a role written in capitals, then another name, follows a name before ``end`` (its source's end)."""
    run = _CAPITALISED_RUN.match(text, start, end)
    words = run.group().split() if run is not None else []
    return any(w.lower() in ROLE_ENDS for w in words[: min(ROLE_WORDS, len(words) - 1)])
