"""A body named before the noun of figures it compiled: "according to Deloitte estimates", "the
Treasury's own figures show".

Why: the source "Deloitte estimates" ends in a head that no body speaks through, so the name read as
a modifier of it ("the Albert Quay spot") and the position was dropped, though estimates, figures and
data are what a firm or an agency compiles: the body that compiled them holds what they say, as
"figures from the Department for Transport" are the department's (``positions._DOCUMENT_FROM``).
Only an organisation: "US figures", "Chinese data" name where, not who, and a person's "estimates"
are rare enough in news to leave alone.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

_NOUN = (r"(?:['’]s?)?\s+(?:own\s+|latest\s+|new\s+|preliminary\s+|internal\s+)?"
         r"(?:estimates?|figures|data|projections?|forecasts?|calculations|statistics|numbers|"
         r"analysis|research|polling|survey|modelling|modeling)")
_COMPILED = re.compile(_NOUN + r"\s*$")
"""What follows the body's name up to the source's end: a possessive or nothing, a qualifier at
most, and the noun of what it compiled."""


def compiling_bodies(text: str, inside: list[Mention], end: int, cue: tuple[int, int]) -> list[Mention]:
    """The organisation whose compiled figures the source phrase ending at ``end`` names (one or none),
    when the phrase follows its cue ("according to Deloitte estimates"); figures before their cue are
    its object ("Dallas Fed research cited by its president": who cited them speaks)."""
    if end <= cue[0]:
        return []
    return [m for m in inside if m.kind == "organization" and _COMPILED.fullmatch(text, m.end, end) is not None][:1]


_COMPILED_AFTER = re.compile(_NOUN + r"\b")


def compiled_by(text: str, m: Mention) -> bool:
    """Whether the noun of compiled figures follows the name ("according to Deloitte estimates"): the
    body made them, and "according to" cites it as a source of record, not as a news outlet."""
    return _COMPILED_AFTER.match(text, m.end) is not None
