"""The home a court or police report gives after a person's age is a place: "Owen Pritchard, 38, from Linford,
died", "Gareth Lyle, 45, of Pendleford, denies fraud", "a 52-year-old man from Corbury".

Why: the tagger knows few small towns, and read such a name as a body ("Linford (organization)") that then stood
among the story's actors. The age before "from" or "of" says a person's home follows: a town or a street, never a
body (a body after "of" is written with "the": "Ann Lee, 45, of the Harbour Trust").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.evidence import BODY_WORDS
from brief.actors.mentions import Mention

_AGE_BEFORE = re.compile(r"(?:\b\d{1,3},|\b\d{1,3}-year-old\s+(?:man|woman|boy|girl|teenager|youth|person)),?\s+"
                         r"(?:from|of)\s+$")
"""A person's age, then "from" or "of", right before the name ("Ann Lee, 38, from", "a 52-year-old man from")."""
_REACH = 40
"""Characters read back from a name for the age before it."""


def aged_home_towns(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each body named right after a person's age and "from"/"of" a place (see the docstring)."""
    return [dataclasses.replace(m, kind="place")
            if m.kind == "organization" and m.name.split()[-1].lower() not in BODY_WORDS
            and _AGE_BEFORE.search(text, max(0, m.start - _REACH), m.start) else m
            for m in mentions]
