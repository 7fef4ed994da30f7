"""What a thing made someone see is no statement of the thing's, nor of a name inside it: "Working with Anna
Clarke helps me understand why my grandparents never complained", "Meeting Jack Hill made me realise that ...".

Why: the cue model reads "understand" or "realise" as a belief verb and takes the noun phrase before the clause
as its source; but after a causative and its object ("helps me", "made her", "let us") the one who believes is
that object pronoun, and the subject before it only caused the insight (often a gerund whose only name is
someone it names, who holds nothing). The writer's "me" and "us" are no actor; a "her" or "him" would need the
pronoun followed, which this reading does not do, so no position rather than the causer's.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_CAUSATIVE_BEFORE = re.compile(
    r"\b(?:help|helps|helped|helping|make|makes|made|making|let|lets|letting|get|gets|got|getting)\s+"
    r"(?P<object>me|us|him|her|them|you)\s+(?:to\s+)?(?:(?:finally|really|suddenly|truly|better|fully)\s+)?$",
    re.I,
)
"""A causative verb, its object pronoun, an optional "to" and adverb, right before the cue ("helps me", "made
her", "helped us to better")."""
CAUSATIVE_REACH = 40
"""Characters back from the cue read for the causative and its object."""


def caused_insight(text: str, attribution: Attribution) -> bool:
    """Whether the cue is what a causative's object came to see ("made me realise"), its source not that object."""
    start = attribution.cue[0]
    found = _CAUSATIVE_BEFORE.search(text, max(0, start - CAUSATIVE_REACH), start)
    if found is None:
        return False
    source = attribution.source
    return source is None or source[0] < found.start("object")  # not "... made her | realise": her own
