"""Words said inside a fronted clause of time: "When another fan joked about the pair, she added: ...". The joker is
the occasion of the main clause's words, not the one who speaks last: the "she" after them goes on with whoever
spoke before (``chain.SpeakerChain.spoke`` leaves the last speaker as it was).

Why: the clause's cue ("joked") made its source (a fan, read as the fans) the last speaker, and the "she" of the
main clause, which the fans cannot be, fell back to the last person named, the man the rumours were about.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.sentence_subjects import clause_start

_FRONTED = re.compile(r"[\s\"“‘'(\-–—•*]*(?:When|Whenever|After|Before|While|Once|As\s+soon\s+as)\s")
"""A sentence opening on a conjunction of time, whose clause the main clause follows after a comma."""
_CLAUSE_END = re.compile(r"[”\"’']?\s*,\s")
"""The comma that closes the fronted clause, right after its words (a closing quote mark may stand before it)."""


def in_fronted_clause(text: str, attribution: Attribution) -> bool:
    """Whether the attribution (source, cue and words) stands in its sentence's fronted "When ..." clause, which a
    comma closes right after its words, with no stop, colon or semicolon inside."""
    start = min(attribution.cue[0], attribution.content[0], *(attribution.source or ()))
    end = max(attribution.cue[1], attribution.content[1])
    opening = clause_start(text, start)
    return (_FRONTED.match(text, opening) is not None and not re.search(r"[.!?;:\n]", text[opening:end])
            and _CLAUSE_END.match(text, end) is not None)
