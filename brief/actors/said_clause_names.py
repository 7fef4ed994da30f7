"""A name inside what a speaker said, read by the cue model as the speaker of a quotation that follows it.

"Carlos Ibáñez ... said the device showed Nexora "can still surprise"": the model takes "Nexora" for the
source of the quoted words, the resolver finds the true speaker before the cue, and what is left is the
quotation alone, its subject and verb lost. When the speaker stands before the cue and the model's source
sits between the cue and a quotation it runs straight into, the words from the cue on are what was said.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention

_OPENING_QUOTES = "\"“‘'"
_CLAUSE_WORDS = re.compile(r"\b[a-z]{2,}\b")
"""The reported clause's own words before the name ("the device showed"): without them, "said Nexora ..." is
an inverted frame, whose name may well be the speaker."""
_THAT = re.compile(r"\s*(?:that\s+)?")


def said_clause_content(text: str, attribution: Attribution, speaker: Mention) -> Attribution:
    """The content from the cue on when the model's source is a name inside the reported clause (see above)."""
    source, (cue_start, cue_end) = attribution.source, attribution.cue
    if source is None or not speaker.end <= cue_start or not cue_end <= source[0] < source[1] <= attribution.content[0]:
        return attribution
    if text[source[1] : attribution.content[0]].strip() or text[attribution.content[0]] not in _OPENING_QUOTES:
        return attribution
    if re.search(r"[.!?;:]", text[speaker.end : cue_start]) or not _CLAUSE_WORDS.search(text, cue_end, source[0]):
        return attribution
    start = _THAT.match(text, cue_end)
    return dataclasses.replace(attribution, content=(start.end() if start else cue_end, attribution.content[1]))
