"""A cue word owned by a possessive is a noun: "Pellam Systems cut its full-year forecast on Tuesday", "renewed
their warning", "repeated his claim".

Why: the cue model reads a word that is both a noun and a verb of saying ("forecast", "warning" is not, but
"claim", "promise", "pledge", "forecast" are) from its place, and after a dateline ("PORTLAND, Oregon, May 7 -")
it took the dateline for the subject of "forecast"; the chain then gave the place the next participle ("blaming
weaker orders"). A possessive determiner ("its", "their", "his", "our", "my", "your"; not "her", which is an object
too: "let her speak") makes the next words a noun phrase: a verb never follows it, nor follows it past adjectives.
A noun between them may be the phrase's head and the cue its verb ("their members vote"), so only words that are
no noun (or hyphened modifiers, "full-year") may stand between.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import is_noun

_OWNED = re.compile(r"\b(?:its|their|his|our|my|your)\s+((?:[\w'’-]+\s+){0,2})$", re.I)
"""A possessive determiner and up to two modifiers right before the cue."""
REACH = 50
"""Characters before the cue read for the possessive and its modifiers."""


def owned_noun_cue(text: str, attribution: Attribution) -> bool:
    """Whether the cue is one word, a noun, right after a possessive determiner and its modifiers."""
    start, end = attribution.cue
    word = text[start:end]
    if not (word.isalpha() and word.islower() and is_noun(word)) or word.endswith("ed"):
        return False
    owned = _OWNED.search(text, max(0, start - REACH), start)
    if owned is None:
        return False
    return all("-" in w or not is_noun(w.lower()) for w in owned.group(1).split())
