"""A source that is the apposition after a sentence's opening description: "The 62-year-old, a member of the Harbour
Rowing Club: “I have rowed here all my life.”", "The widow, a volunteer at Ashby Food Bank, said".

Why: the source tagger took the indefinite apposition ("a member of the Harbour Rowing Club") for the source and the
resolver the body it names, so the rower's words went to the club. An indefinite phrase set off by a comma right
after the sentence's opening "the" phrase describes that phrase's person: the description ("The 62-year-old") is
the source, which the resolver ties to the person just named as it does any description.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution

DESCRIPTION_WORDS = 3
"""Words of the opening description after "the" ("the 80-year-old", "the retired head teacher")."""
_OPENING_DESCRIPTION = re.compile(rf"(?:^|(?<=\n)|(?<=[.!?][\"”’]\s)|(?<=[.!?]\s))(?P<description>The\s+"
                                  rf"(?:[a-z0-9][\w'’-]*\s+){{0,{DESCRIPTION_WORDS - 1}}}[a-z0-9][\w'’-]*),\s+$")
"""A sentence's opening "the" phrase in lower case (no name of its own) and the comma after it, right before the
source."""
_INDEFINITE = re.compile(r"(?:an?|one)\s", re.I)
"""The apposition's opening: an indefinite article ("a member of", "an organiser at", "one of the founders of")."""


def opening_descriptions(text: str, attributions: Sequence[Attribution]) -> list[Attribution]:
    """The attributions with each indefinite apposition source after a sentence's opening description made that
    description."""
    return [_described(text, a) for a in attributions]


def _described(text: str, attribution: Attribution) -> Attribution:
    if attribution.source is None or not _INDEFINITE.match(text, attribution.source[0]):
        return attribution
    start = attribution.source[0]
    line = text.rfind("\n", 0, start) + 1
    opening = _OPENING_DESCRIPTION.search(text, line, start)
    if opening is None:
        return attribution
    return dataclasses.replace(attribution, source=opening.span("description"))
