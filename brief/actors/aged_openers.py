"""A name the tagger began at the age before it: "Ten-year-old Hoang Son Pham underwent surgery".

Why: at a sentence's start the age is capitalised ("Ten-year-old", "Two-month-old"), and the tagger, which reads a
capitalised run as one name, took it into the name and typed the whole an organisation; the person was then known
only by a later, shorter writing ("Son Pham"), a body. An age says a person: the name is the words after it.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.mentions import Mention, normalise

_AGE_OPENER = re.compile(r"(?:\d{1,3}|[A-Z][a-z]+(?:-[a-z]+)?)-(?:year|month|week)-old\s+(?=[A-Z])")
"""An age written before a name as its first word, in digits or in words ("Ten-year-old ", "Twenty-two-year-old ",
"3-month-old ")."""


def aged_openers(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each that opens with an age cut after it and typed a person (see the docstring)."""
    out = []
    for m in mentions:
        age = _AGE_OPENER.match(text, m.start, m.end)
        if age is None or m.demonym:
            out.append(m)
            continue
        surface = text[age.end() : m.end]
        out.append(dataclasses.replace(m, start=age.end(), surface=surface, name=normalise(surface), kind="person"))
    return out
