"""A stance verb in "-ing" after a verb that ends it: "Harwell Media has stopped discussing a takeover of
Bellcrest", "the union ceased negotiating with the airline".

Why: the cue model tags the gerund ("discussing") as the cue and leaves the verb before it, so the position read
"discusses a takeover of Bellcrest", the opposite of the news (deal pages report talks that end as often as
talks that start). As with "has ruled out supporting" (``rejected_gerunds``), the halting verb and the gerund
are taken as one cue ("stops discussing ..."), the stance the sentence states.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution

_HALTING = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:also\s+|now\s+|since\s+|abruptly\s+)?)?"
    r"(?:stopped|stops|stop|ceased|ceases|cease|quit|quits|gave\s+up|gives\s+up|given\s+up)\s+$",
    re.I,
)
"""A verb that ends what its gerund object states, with a perfect's auxiliary ("has stopped", "ceased")."""
_REACH = 40
"""Characters before the gerund read for ``_HALTING`` (an auxiliary, an adverb and the verb)."""


def halted_gerunds(text: str, found: Sequence[Attribution]) -> list[Attribution]:
    """``found`` with each gerund cue after a halting verb that no other cue covers given that verb as its start."""
    out = []
    for a in found:
        start, end = a.cue
        word = text[start:end].split()
        hit = _HALTING.search(text, max(0, start - _REACH), start) if word and word[0].endswith("ing") else None
        if hit is not None and not any(b.cue[0] <= hit.start() < b.cue[1] for b in found if b is not a):
            a = dataclasses.replace(a, cue=(hit.start(), end))  # "has stopped discussing": one cue
        out.append(a)
    return out
