"""Two names the tagger read as one across "and": "Norvik Health and Pallas Bio said ...", where the article names
"Norvik Health" and "Pallas Bio" apart elsewhere.

Why: the tagger reads a few words at a time and runs a body's name on over "and" into the next capitalised name
when both end in words it takes for a body's; the pair became an actor of its own that no one is. A name that holds
"and" ("Procter and Gamble", "Bosnia and Herzegovina", "Department of Health and Social Care") is rarely written
with both its halves standing alone as names elsewhere in the same article; two parties are, each under its own
name. Only then is the span split, each half a mention of the name it is written as elsewhere.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

_AND = re.compile(r"\s+and\s+")


def pairs_split(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with each "A and B" span split in two where A and B are both mentions of their own, by the same
    name, elsewhere in the article."""
    alone = {(m.name, m.kind) for m in mentions if " and " not in m.surface}
    out: list[Mention] = []
    for m in mentions:
        joins = list(_AND.finditer(m.surface))
        if len(joins) != 1 or m.name != m.surface:
            out.append(m)
            continue
        join = joins[0]
        first, second = m.surface[: join.start()], m.surface[join.end() :]
        kinds = {kind for name, kind in alone if name == first} & {kind for name, kind in alone if name == second}
        if not kinds:
            out.append(m)
            continue
        kind = m.kind if m.kind in kinds else min(kinds)
        out.append(dataclasses.replace(m, end=m.start + join.start(), name=first, surface=first, kind=kind))
        out.append(dataclasses.replace(m, start=m.start + join.end(), name=second, surface=second, kind=kind,
                                       role="", after="and"))
    return out
