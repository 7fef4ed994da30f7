"""A speaker the narration names after a preposition and lets speak in a relative clause ("This contradicts
statements by Thibault, who said ...") is not the one the next "he said" goes on with.

Why: such a clause reports a third person's words in passing, inside a sentence about something else (its subject
is "This", "the claim"); the article's speaker, who spoke before it, is still the one it is about. "And he said
..." next goes on with that speaker, as it would after "Thibault denied this" had the article not quoted him at all.
Only after a preposition: "Premier Thibault, who said ..." opening a sentence makes him its subject.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_IN_PASSING = re.compile(
    r"\b(?:by|from|of|with|to|against|about|for|on|over)\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*,\s+who\s+(?:(?:has|had|have|also|earlier|once|then)\s+){0,2}$")
"""A name after a preposition (a title or a description before it), then ", who" right before the cue."""
REACH = 160
"""Characters before the cue looked at for the preposition, the name and "who"."""


def said_in_passing(text: str, attribution: Attribution) -> bool:
    """Whether the attribution's cue opens a relative clause on a name the narration governs by a preposition
    (see the module's docstring)."""
    start = attribution.cue[0]
    return _IN_PASSING.search(text, max(0, start - REACH), start) is not None
