""" "In July, the Halvard Institute set out how ... At a more basic level, the report says, ...": a report the
text never brought in by its noun is the one the body that spoke just before put out.

Why: ``documents.document_author`` finds a report's author where the text named the report ("a study from X",
"X's report"); a text as often names the body and what it set out first and only then calls it "the report", and
the words went to no one. Only research a body publishes (not a ruling, a letter or a lawsuit, whose author is
someone else as often), only when the noun is nowhere before within reach, and only the last speaker when a body
(not a person, whose own words it would not be) in that sentence or the one before.
"""

from __future__ import annotations

import re

from brief.actors.last_speaker import Speaker
from brief.actors.mentions import Mention

RESEARCH = frozenset("report study survey analysis paper review assessment audit".split())
"""Documents a body publishes as its findings, which a text may name only after the body ("the report says")."""
BODY_REACH = 1
"""Sentences back within which the body that spoke is the one whose report "the report" is: the sentence before."""


def last_body_report(text: str, start: int, noun: str, reach: int, last: Speaker | None, sentence: int) -> Mention | None:
    """The body whose report "the <noun>" at ``start`` is (see the module's docstring), or None."""
    if last is None or noun not in RESEARCH or last.person or last.mention.kind != "organization":
        return None
    if last.sentence < sentence - BODY_REACH or re.search(rf"\b{re.escape(noun)}\b", text[max(0, start - reach) : start], re.I):
        return None
    return last.mention
