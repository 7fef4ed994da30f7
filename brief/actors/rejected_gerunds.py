"""A stance verb in "-ing" after a verb that rejects it: "Green Party co-leader Mere Tawhiri has ruled out supporting
a National-led government".

Why: the cue model tags the gerund ("supporting") as a cue and, after a long subject, may miss the phrasal verb
before it ("has ruled out"), so the position read "supports a National-led government": the stance turned over.
A reader takes the rejecting verb and the gerund as one cue ("rules out supporting ..."), as the model gives it when
it finds both; the gerund alone is never the subject's stance. So with a verb that ends what the gerund states: "Harwell Media has
stopped discussing a takeover", "the union ceased negotiating" (deal pages report talks that end as often as talks
that start), read "discusses a takeover" before.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution

_REJECTING = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:also\s+|repeatedly\s+|already\s+|now\s+|since\s+|abruptly\s+)?)?"
    r"(?:rul(?:ed|es|e|ing)\s+out|stopp?(?:ed|s|ing)?\s+short\s+of|backed\s+away\s+from|backs\s+away\s+from|"
    r"balk(?:ed|s)?\s+at|baulk(?:ed|s)?\s+at|object(?:ed|s)?\s+to|refrain(?:ed|s)?\s+from|"
    r"stopped|stops|stop|ceased|ceases|cease|quit|quits|gave\s+up|gives\s+up|given\s+up)\s+$",
    re.I,
)
"""A verb that rejects, holds back from or ends what its gerund object states, with a perfect's auxiliary ("has
ruled out", "stopped short of", "backed away from", "objected to", "has stopped", "ceased")."""
_REACH = 48
"""Characters before the gerund read for ``_REJECTING`` (an auxiliary, an adverb and a phrasal verb)."""


def rejected_gerunds(text: str, found: Sequence[Attribution]) -> list[Attribution]:
    """``found`` with each gerund cue after a rejecting or halting verb that no other cue covers given that verb as
    its start."""
    out = []
    for a in found:
        start, end = a.cue
        word = text[start:end].split()
        hit = _REJECTING.search(text, max(0, start - _REACH), start) if word and word[0].endswith("ing") else None
        if hit is not None and not any(b.cue[0] <= hit.start() < b.cue[1] for b in found if b is not a):
            a = dataclasses.replace(a, cue=(hit.start(), end))  # "has ruled out supporting": one cue
        out.append(a)
    return out
