"""What a participle that closes a sentence says: "Velde cancelled her concert an hour before she was
due on stage, blaming a throat infection".

Why: the cue model read "blaming" with the clause before it for content and took a pronoun inside that
clause ("she", of "before she was due") for its source. A participle set off by a comma after its
clause reports what follows it, to the sentence's end; its speaker is the clause's subject, which the
caller finds as for any sourceless participle (brief.actors.opening_subject.participle_subject). With
"he" the model read it right; which pronoun stood in the clause should not decide what was said.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.statements import trimmed_end

_COMMA_ONLY = re.compile(r"\s*,\s*")
"""Between the clause the model took and the participle: the comma that sets the participle off."""
_OPENS_QUOTE = re.compile(r"[\s,:]*(?:that\s+)?[“\"‘']")
"""After the participle: a quotation, which brief.actors.participle_quotes gives its speaker."""
MIN_WORDS = 2
"""Words the participle's own content needs ("blaming a throat infection"; not "smiling." alone)."""


def content_after_trailing_participle(text: str, attribution: Attribution, sentence_end: int) -> Attribution:
    """The words after a comma-set participle cue, to its sentence's end, as its content, with no
    source of its own, when the model took the clause before the participle for content and a
    source inside that clause (or none). Unchanged otherwise."""
    cue_words = text[attribution.cue[0] : attribution.cue[1]].split()
    start, end = attribution.content
    if attribution.quote or len(cue_words) != 1 or not cue_words[0].endswith("ing") or not cue_words[0].islower():
        return attribution
    if end > attribution.cue[0] or not _COMMA_ONLY.fullmatch(text, end, attribution.cue[0]):
        return attribution
    source = attribution.source
    if source is not None and not (start <= source[0] and source[1] <= end):
        return attribution  # a source outside the clause: the model's reading of another shape
    if _OPENS_QUOTE.match(text, attribution.cue[1], sentence_end):
        return attribution
    after = attribution.cue[1]
    while after < sentence_end and text[after].isspace():
        after += 1
    cut = trimmed_end(text, after, sentence_end)
    if len(text[after:cut].split()) < MIN_WORDS:
        return attribution
    return dataclasses.replace(attribution, source=None, content=(after, cut))
