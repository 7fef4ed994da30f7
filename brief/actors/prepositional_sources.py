"""A participle's source that is the object of a preposition: "she spoke to a crowd at the Riverside Arena,
stating ...": the arena states nothing; the participle shares its clause's subject.

Why a module of its own: the cue model took the name right before ", stating" for its source though a
preposition ("at", "to", "in") governs it. Such a name only says where or to whom; dropping the source lets
the participle take its clause's subject as any sourceless participle does
(``brief.actors.opening_subject.participle_subject``).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_PREPOSITION_BEFORE = re.compile(
    r"\b(?:at|in|to|from|on|into|onto|near|outside|inside|across|towards?|against|with|among|before)\s+"
    r"(?:the\s+)?$", re.I)
"""A preposition (and article) right before the source: the name is its object. Not "by" (a passive's agent,
"was announced by the company, saying", speaks) nor "of" ("the head of the agency")."""
_COMMA_PARTICIPLE = re.compile(r"\s*,\s*(?:[a-z]+ly\s+)?[a-z]+ing\b")
"""Between the source and the cue: the comma that sets a participle off ("..., stating", "..., again saying")."""
LOOK_BACK = 12
"""Characters before a source searched for its preposition and article ("towards the ")."""


def without_prepositional_sources(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions, a comma-set participle's source dropped where a preposition governs it."""
    out = []
    for a in attributions:
        if (a.source is not None and _COMMA_PARTICIPLE.fullmatch(text, a.source[1], a.cue[1])
                and _PREPOSITION_BEFORE.search(text, max(0, a.source[0] - LOOK_BACK), a.source[0])):
            a = dataclasses.replace(a, source=None)
        out.append(a)
    return out
