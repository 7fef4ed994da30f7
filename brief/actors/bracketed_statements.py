"""A statement inside brackets ends at the bracket that closes them: "(The ministry said it would appeal.)
Farmers welcomed the ruling" says only "it would appeal".

Why: a writer puts a whole sentence in brackets as an aside, and the splitter keeps a bracket's sentence with the
text around it (a closed bracket is never cut inside), so the content read on from the cue runs past ")" into
the next sentence, or keeps the ".)" that closes it.
"""

from __future__ import annotations

import dataclasses

from brief.actors.attribution import Attribution

BRACKET_REACH = 300
"""Characters back from the cue read for the bracket it stands in: a sentence-long aside."""
_CLOSING_MARKS = " \t\n.!?;,"
"""Marks and spaces at the bracket's end that belong to no statement ("appeal.)")."""


def within_bracket(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its content cut at the ")" closing a "(" opened before its cue; unchanged when the
    cue stands in no bracket or the content is before the cue."""
    cue_start, cue_end = attribution.cue
    start, end = attribution.content
    if start < cue_end:
        return attribution
    opened = text.rfind("(", max(0, cue_start - BRACKET_REACH), cue_start)
    if opened < 0 or ")" in text[opened:cue_start]:
        return attribution
    closed = text.find(")", start, end)
    if closed < 0:
        return attribution
    new_end = len(text[start:closed].rstrip(_CLOSING_MARKS)) + start
    return dataclasses.replace(attribution, content=(start, new_end)) if new_end > start else attribution
