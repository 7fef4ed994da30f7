"""A source after its cue whose title the model cut at its full stop: "Firefighters were called just after
9 p.m., according to Sgt. Marcus Bell, a department spokesman".

Why a rule of its own: the model reads "Sgt" as the source and the rest of the name, from the title's full stop on,
as the content; ``inverted`` runs the source on over the title's run to the name, which leaves the content inside
the source. A source written after its cue at a sentence's end reports the clause before the cue, so that clause,
closed by its comma, is the content.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.statements import trimmed_end
from brief.actors.timed_cues import clause_before_timed_cue

MIN_CLAUSE_WORDS = 3
"""Words the clause before the cue needs to be a statement ("Two were hurt,"); fewer are a fronted phrase."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def clause_before_source(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """The attribution with the clause before its cue as the content, where the content the model gave starts
    inside the source written after the cue (see the module's docstring); any other is returned as it is."""
    attribution = clause_before_timed_cue(text, attribution, sentence_start)  # "..., doctors said two days after ..."
    source = attribution.source
    start = attribution.content[0]
    if source is None or attribution.quote or source[0] < attribution.cue[1] or not source[0] <= start < source[1]:
        return attribution
    before = text[sentence_start : attribution.cue[0]]
    if not before.rstrip().endswith(","):
        return attribution  # "According to Sgt. Bell, ...": the content follows the source
    first = sentence_start + len(before) - len(before.lstrip())
    end = trimmed_end(text, first, attribution.cue[0])
    if len(_WORD.findall(text, first, end)) < MIN_CLAUSE_WORDS:
        return attribution
    return dataclasses.replace(attribution, content=(first, end))
