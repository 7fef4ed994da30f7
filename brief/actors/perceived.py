"""Cues that report what someone learned or remembered to do, not what they hold: "Okafor later found out
that her deputy had signed the contract", "Many doctors don't think to ask about bedding".

Why: the cue model reads "found out that" as it reads "said that" (a verb and a that-clause), and "think
to" as the belief verb "think"; but learning a fact is a perception (the position gold's "deed"), and
"think to ask" is remembering to ask. Neither is a statement of the subject's, so no position.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_PERCEPTION = re.compile(r"\b(?:find|finds|found|finding)\s+out$|\b(?:think|thinks|thought|thinking)\s+to$", re.I)
"""A cue ending in "found out" (learned) or "think to" (remembered to): what follows is no stance."""


def perceived(text: str, attribution: Attribution) -> bool:
    """Whether the cue is "found out" or "think to" (see the module's docstring)."""
    return _PERCEPTION.search(" ".join(text[attribution.cue[0] : attribution.cue[1]].split())) is not None
