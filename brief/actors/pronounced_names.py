"""How a name is said: "Jules Brat (pronounced to rhyme with "far")", "pronounced like the French word".

Why: the cue model tags "pronounced" from its place after a name. With a rhyme or a likeness after it, the verb
gives the writer's note on the name's sound, not anything the named person said or declared; "pronounced him
dead" and "pronounced the plan a failure" are not this shape.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.object_heads import WORD

_SOUND = re.compile(r"\s+(?:to\s+rhyme\s+with|rhym(?:es|ing)\s+with|like\b|as\s+in\b|as\s+[\"“‘'])", re.I)
"""A rhyme, a likeness or a spelled sound right after "pronounced": how the word sounds."""


def pronounced_name(text: str, attribution: Attribution) -> bool:
    """Whether the cue is "pronounced" giving a name's sound (see the module's docstring)."""
    words = WORD.findall(text, *attribution.cue)
    return (bool(words) and words[-1].lower() in ("pronounced", "pronounce", "pronounces")
            and _SOUND.match(text, attribution.cue[1]) is not None)
