"""Reported speech fronted before "he said", and more after ", adding": "The government wants another election, he
said, adding (that) they are frightening voters already." "said" states the fronted clause; "adding" what follows it.

Why: the cue model, meeting a participle of saying right after "said", gave "said" the words after the participle
and "adding" the fronted clause, the wrong way round, so the speaker "said" "adding they are ..." and the fronted
clause was read again as its own subject's ("The government wants ..."). The writer's order is fixed: the clause
before ", he said," is what he said, and the words after ", adding" are what he added.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_PARTICIPLES = r"(?:adding|noting|stressing|insisting|explaining|warning|arguing)"
_THEN_PARTICIPLE = re.compile(rf"\s*,\s*{_PARTICIPLES}\b")
"""Right after "said": the participle that carries the rest."""
_SAID_BEFORE = re.compile(r"\b(?:said|says)\s*,\s*$")
"""Right before the participle: the verb of the fronted clause."""
_COMMA_BEFORE = re.compile(r"\S\s*,\s*$")
"""The comma that closes the fronted clause, right before the source ("..., he said")."""
_THAT = re.compile(r"\s*(?:that\s+)?")
REACH = 12
"""Characters back read for the comma before the source, or for "said," before the participle."""
MIN_FRONTED_WORDS = 4
"""Words the clause before ", he said," holds at least to be what he said (not "Then, he said, ...")."""
_STOP = re.compile(r"[.!?](?=[\"”’']?(?:\s|$))")


def fronted_before_said(text: str, attribution: Attribution, sentences: list[tuple[int, int]]) -> Attribution:
    """"X, he said, adding Y": "said" with the fronted clause X as its content, where the model gave it what follows
    the participle; "adding" with Y, where the model gave it X. Unchanged otherwise (``sentences``: the spans the
    attribution's sentence index points into)."""
    (cue_start, cue_end), source = attribution.cue, attribution.source
    if attribution.quote or not 0 <= attribution.sentence < len(sentences):
        return attribution
    sentence_start = sentences[attribution.sentence][0]
    if _THEN_PARTICIPLE.match(text, cue_end) and source is not None and source[1] <= cue_start:
        if attribution.content[0] < cue_end:
            return attribution
        comma = _COMMA_BEFORE.search(text, max(sentence_start, source[0] - REACH), source[0])
        if comma is None or len(text[sentence_start : comma.start() + 1].split()) < MIN_FRONTED_WORDS:
            return attribution
        return dataclasses.replace(attribution, content=(sentence_start, comma.start() + 1))
    if (re.fullmatch(_PARTICIPLES, text[cue_start:cue_end]) and attribution.content[1] <= cue_start
            and _SAID_BEFORE.search(text, max(sentence_start, cue_start - REACH), cue_start) is not None):
        that = _THAT.match(text, cue_end)
        start = that.end() if that else cue_end
        stop = _STOP.search(text, start)
        end = stop.start() if stop else len(text)
        return dataclasses.replace(attribution, content=(start, end)) if end > start else attribution
    return attribution
