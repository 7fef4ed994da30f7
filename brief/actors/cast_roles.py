"""One of a film's or show's cast, named by the part they play ("Mara Fenn, who plays a widow", "star
Mara Fenn"): not the director, writer or producer a later "the director said" stands for.

Why: "the director said" after a person given no title beside her name went to her, the last person
who spoke; a cast member is given her role by the part she plays, in a relative clause or a word
before her name, and a director or producer is another person of the same production.
"""

from __future__ import annotations

import re

_PLAYS_AFTER = re.compile(r",?\s+(?:who|which)\s+(?:also\s+)?(?:plays|played|stars|starred|portrays|portrayed|voices|voiced)\b")
_CAST_BEFORE = re.compile(r"\b(?:actor|actress|star|co-star|costar|lead)\s+$", re.I)
PERFORMER_ROLES = frozenset("actor actress star co-star costar performer singer".split())
"""Titles a cast member may be called by later ("the actress said", "the star said")."""


def plays_a_part(text: str, name: str) -> bool:
    """Whether the text names the person ``name`` as one of a cast: a relative clause of the part she
    plays right after her name, or a cast word right before it."""
    for m in re.finditer(re.escape(name), text):
        if _PLAYS_AFTER.match(text, m.end()) or _CAST_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return True
    return False
