""""Showed signs" as a cue of its own: "the young defender showed signs that he is his father's son with a calm
display", "the economy shows signs that it is turning". Signs shown are a state or a display others see, not a
finding the subject states; ``idiom_deeds.showed_signs`` reads "showed" with "signs of" after it, where the cue
model leaves the noun out of the cue.

Why: the cue model takes "showed signs" whole for a verb of showing ("the poll shows that ..."); the noun
"signs" as its object makes it a display.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

_SIGN_NOUNS = frozenset({"sign", "signs", "glimpse", "glimpses", "flashes", "hints"})
"""Nouns of a display seen in someone ("showed signs", "showed glimpses", "showed flashes")."""


def signs_shown(text: str, attribution: Attribution) -> bool:
    """ "He showed signs that he is his father's son": a display, no statement."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text[attribution.cue[0] : attribution.cue[1]])]
    return len(words) >= 2 and words[-1] in _SIGN_NOUNS and verb_lemma(words[-2]) == "show"
