"""The words of a cue's object up to where its noun phrase ends: what "unveiled", "supported" or "concluded" was
done to, whose head noun says whether the cue is a deed ("unveiled the Model Q", "supported 60 exhibitions",
"concluded its hearing") or a statement.

Why a module of its own: each such rule reads the object the same way and differs only in where the phrase ends
and which heads it lists (brief.actors.unveiled, brief.actors.patronage, brief.actors.deed_senses).
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

WORD = re.compile(r"[A-Za-z][\w'’-]*")
"""A word of the object (a number or a mark is none)."""


def object_phrase(text: str, attribution: Attribution, phrase_end: re.Pattern[str]) -> str:
    """The content from its start to the first ``phrase_end`` in it (its end when none); "" when the content does not
    follow the cue (a quotation before its frame has no object)."""
    start, end = attribution.content
    if start < attribution.cue[1]:
        return ""
    stop = phrase_end.search(text, start, end)
    return text[start : stop.start() if stop else end]
