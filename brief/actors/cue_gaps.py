"""The words between a cue and the content after it, kept for a position's one-line form ("told *Blinken* that")."""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

MAX_GAP_CHARACTERS = 60
"""The words between a cue and its content ("told Blinken in a call that") are kept for the one-line
form only when this short: a longer gap is a clause of its own, not to whom or how it was said."""


def cue_gap(text: str, attribution: Attribution) -> str:
    """The words between a cue and the content that follows it: "told *Blinken* that"."""
    gap = text[attribution.cue[1] : attribution.content[0]]
    if _FRAME_IT.fullmatch(gap):
        return ""  # "As Varga explained it to me, ...": the frame's "it" is what follows, no object of the cue
    return gap if attribution.content[0] >= attribution.cue[1] and len(gap) < MAX_GAP_CHARACTERS else ""


_FRAME_IT = re.compile(r"\s*it\b[^,]*,\s*", re.I)
"""A gap of "it" (and whom it was told to) closed by the frame's comma."""
