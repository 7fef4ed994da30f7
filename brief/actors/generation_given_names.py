"""A junior's given name, cut from his name by the tagger: "Carlos [Sousa Jr.], 17, died".

Why: a name written "Sousa Jr." is grouped by its surname alone ("Jr." is no part of what "Sousa" stands for), so
with the given name cut it joined the one Sousa named in full, his mother, and listed her with her dead son's
name as an alias. A capitalised given name right before a surname that ends on a generation is his own.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.gender import first_names
from brief.actors.mentions import Mention, normalise
from brief.actors.name_endings import GENERATIONS

_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \xa0]$")
"""A capitalised word and one space right before the name."""
REACH = 30
"""Characters read back for the given name."""


def generation_given_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each person's "Surname Jr." run back over the known given name right before it."""
    out = []
    for m in mentions:
        words = m.surface.split()
        if m.kind == "person" and len(words) == 2 and words[-1] in GENERATIONS:
            given = _GIVEN_BEFORE.search(text, max(0, m.start - REACH), m.start)
            if given is not None and given.group(1) in first_names():
                start = given.start(1)
                surface = text[start : m.end]
                before = re.search(r"(\S+)\s*$", text[max(0, start - 40) : start])
                m = dataclasses.replace(m, start=start, surface=surface, name=normalise(surface),
                                        after=before.group(1).lower() if before else "")
        out.append(m)
    return out
