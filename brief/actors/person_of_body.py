"""The person a body's name is written after: "said Chilufya Banda of the Zambia Extractive Industries
Network, who added that ..." — the relative "who" goes back to the name before its comma, and that
name is the body the person is of, not the person. News writes a speaker so ("X of Y", "X from Y",
"X at Y") in every field; the body does not speak there, its person does.
"""

from __future__ import annotations

import re

from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention

_OF_BODY = re.compile(r"\s*,?\s+(?:of|from|at|with)\s+(?:the\s+)?$")
"""What stands between a person's name and the body they are of: " of the ", " from ", ", at "."""
OF_REACH = 12
"""Characters back from a body's name searched for the words that tie it to a person (" of the ")."""


def person_of_body(text: str, body: Mention, index: MentionIndex) -> Mention | None:
    """The person named right before ``body`` and tied to it by "of", "from", "at" or "with" ("Ada
    Banda of the Miners' Network"); None when the body stands alone."""
    if body.kind not in ("organization", "place"):
        return None
    tie = _OF_BODY.search(text, max(0, body.start - OF_REACH), body.start)
    if tie is None:
        return None
    people = [m for m in index.before(tie.start() + 1) if m.end == tie.start() and m.kind == "person" and not m.demonym]
    return people[-1] if people else None


def named_with_person(text: str, body: Mention, before: list[Mention]) -> bool:
    """Whether ``body`` is named only as the body of the person just before it ("Laura Kim of Saltmarsh
    Capital warned", "X's chief economist Y"): whose the speaker is, so "the company" later in the story is another body named
    in its own right, the one the story covers, when one fits."""
    tie = _OF_BODY.search(text, max(0, body.start - OF_REACH), body.start)
    if tie is not None and any(m.end == tie.start() and m.kind == "person" and not m.demonym for m in before):
        return True
    return any(m.kind == "person" and 0 < m.start - body.end <= HOUSE_REACH and _HOUSE_ROLE.fullmatch(text, body.end, m.start)
               for m in before)  # "Hargreaves & Pell's head of equity research, Duncan Moir,": an analysts' house


_HOUSE_ROLE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,5}?(?:analysts?|economists?|strategists?|research|equities|equity|"
                         r"investment|investments|markets)(?:\s+[a-z][\w-]*){0,3},?\s+")
"""A research or markets role a body's possessive gives the person named right after it ("X's chief economist ",
"X's head of equity research, "): the body is the house that person speaks for, as "analyst at X" makes it."""
HOUSE_REACH = 80
"""Most characters between the body's name and the person's."""
