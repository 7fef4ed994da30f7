"""A verb of attack with a particle of motion is a deed, not a statement: "He knocked down a three",
"slammed into a barrier", "blasted off from the pad", "hit up the buffet".

Why: "knock", "slam", "blast", "hit" are cues of criticism ("knocked the plan", "slammed the ruling"), and
the cue model reads them so before any object; the particle right after the verb makes a phrasal verb of
moving or striking, and the "content" (the particle and what follows) is what was done. "hit out at" and
"lash out at" criticise, and stay.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cues import CUE_GROUP, lemma

_PARTICLE = re.compile(r"(?:down|off|over|up|into|through|around|out(?!\s+(?:at|against)\b))\b", re.I)
"""Particles of motion that, right after a verb of attack, make it a deed ("knocked down", "slammed into",
"blasted off", "knocked out"); not "out at" / "out against" ("hit out at critics"), which criticise."""
_WORD = re.compile(r"[\w'’-]+")


def struck_with_particle(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a verb of the "against" family (``cues.CUE_GROUP``) whose content opens with a
    particle of motion (``_PARTICLE``): "knocked down a three over his rival": a deed."""
    if attribution.quote or attribution.content[0] < attribution.cue[1]:
        return False
    words = _WORD.findall(text[attribution.cue[0] : attribution.cue[1]])
    if not words or CUE_GROUP.get(lemma(words[-1].lower())) != "against":
        return False
    gap = text[attribution.cue[1] : attribution.content[0]]
    return not gap.strip() and _PARTICLE.match(text, attribution.content[0]) is not None
