"""A participle set off after a name and followed by its agent is a passive aside, not a statement: "Sharon
Graham, backed by the union's executive, said ..." (Graham was backed; the executive said nothing here).

Why: the cue model reads "backed" as a cue of support with Graham as its source and "by the union's
executive" as what she backed. The aside's verb is done to the subject, and the sentence's statement is the
cue after it.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_SET_OFF_BEFORE = re.compile(r",\s*$")
_AGENT_AFTER = re.compile(r"\s+by\s+")
_PARTICIPLE = re.compile(r"(?:[a-z]+ed|[a-z]+en|led|held|won|brought|taught|caught|bought|sought)", re.I)
"""A past participle: regular, or one of the irregular ones news sets off so ("led by", "held by")."""


def passive_aside(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a participle set off by a comma and followed by "by" ("..., backed by X, said")."""
    a, b = attribution.cue
    return (_PARTICIPLE.fullmatch(text, a, b) is not None and _SET_OFF_BEFORE.search(text, max(0, a - 3), a) is not None
            and _AGENT_AFTER.match(text, b) is not None)
