"""A cue word that is the subject of the verb after it: "Analysts estimate that demand will slow", "the
report has found", "claims were rejected".

Why: the cue model reads a word that is both a noun and a verb of saying or wanting ("demand", "report",
"claim", "warning") by its shape and place; followed by an auxiliary or a modal, it is a noun, the
subject of the clause that auxiliary opens, and no one demands, reports or claims anything there.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import is_noun

_AUXILIARY_AFTER = re.compile(r"\s+(?:(?:will|would|could|can|may|might|should|must|is|are|was|were|has|have|had)(?:n['’]t)?"
                              r"|won['’]t|can['’]t)\s+(?:not\s+|also\s+|likely\s+)?[a-z]")
"""An auxiliary or a modal, maybe with its negation run in ("promises haven't arrived", "claims won't hold"),
and the verb after it."""


def subject_noun_cue(text: str, attribution: Attribution) -> bool:
    """Whether the cue is one noun followed by an auxiliary or a modal and a verb ("demand will slow")."""
    start, end = attribution.cue
    word = text[start:end]
    return word.isalpha() and word.islower() and is_noun(word) and _AUXILIARY_AFTER.match(text, end) is not None
