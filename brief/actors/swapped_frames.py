"""A speaker named before the cue whom the model took for what was said, and what was said after the cue for
its source: "Another parent, Luis Ortega, said he supported the teachers" read as source "he supported the
teachers", content "Another parent, Luis Ortega".

Why: the cue model learned that a frame's source most often follows an inverted cue ("..., said Ortega") and
reads a clause after "said" as a source when a comma-set name stands before it. A content that is only a
description and a name set off by commas, right before the cue, and a source after the cue that opens a clause
(a subject pronoun or a determiner, then more words) are the two swapped: the name speaks, the clause is said.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_DESCRIBED_NAME = re.compile(r"(?:[\w'’-]+\s+){0,5}?[\w'’-]+,\s+(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*\s*,?\s*")
"""A description and a name set off by a comma ("Another parent, Luis Ortega,"), as a sentence's subject is."""
_CLAUSE = re.compile(r"(?:he|she|they|it|we|the|a|an|his|her|their|its|this|that)\s+\w+\s+\w+", re.I)
"""What was said opening with its own subject ("he supported the teachers"), at least three words."""


def swapped_frame(text: str, attribution: Attribution) -> Attribution:
    """The source and the content swapped back when the model read them the wrong way round (see above); any
    other attribution as it is."""
    source = attribution.source
    start, end = attribution.content
    if source is None or attribution.quote or end > attribution.cue[0] or source[0] < attribution.cue[1]:
        return attribution
    if not text[end : attribution.cue[0]].strip(" ,") == "" or not _DESCRIBED_NAME.fullmatch(text, start, end):
        return attribution
    if not _CLAUSE.match(text, source[0], source[1]):
        return attribution
    return dataclasses.replace(attribution, source=(start, end), content=source)
