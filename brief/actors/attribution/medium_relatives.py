"""A relative clause that says how a medium went out: "..., she wrote in a handwritten letter that was filed Tuesday
as part of an appeal". The clause describes the letter, like "a letter released on Monday"
(``medium_participles``); the words before the frame are still what was said.

Why: the "that" after the medium's noun read as a content clause, so the position held "that was filed Tuesday
as part of an appeal" and the quotation before the frame went to no one. Only "that"/"which", a form of "be" and a
participle of putting a medium out, then a short tail with no clause, quotation or comma of its own.
"""

from __future__ import annotations

from brief.actors.attribution.document import QUOTES, Doc
from brief.actors.attribution.medium_participles import PUBLISHED

_RELATIVES = frozenset("that which".split())
_BE = frozenset("was were is are been being".split())
"""Forms of "be" between the relative and its participle ("that was filed", "which had been sent")."""
_AUX = frozenset("has have had".split())
"""An auxiliary before "been" ("which has been circulated")."""
RELATIVE_WORDS = 16
"""Longest tail after the participle ("Tuesday as part of an appeal at the state's supreme court" is 11); longer,
it may hold a clause of what was said."""
_CLAUSE_WORDS = frozenset("that is was are were has have had will would can could may might said says wrote told".split())


def past_medium_relative(doc: Doc, j: int, end: int) -> int:
    """``end`` when the tokens from ``j`` are a relative clause of a medium going out ("that was filed Tuesday") that
    runs to the sentence's closing stop with no clause, quotation or comma of its own; ``j`` otherwise."""
    if j >= end or doc.words[j] not in _RELATIVES:
        return j
    k = j + 1
    if k < end and doc.words[k] in _AUX:
        k += 1
    if k >= end or doc.words[k] not in _BE:
        return j
    k += 1
    if k >= end or doc.words[k] not in PUBLISHED:
        return j
    rest = [n for n in range(k + 1, end) if doc.raw[n] not in (".", "!", "?")]
    if len(rest) > RELATIVE_WORDS or any(doc.words[n] in _CLAUSE_WORDS or doc.raw[n] in QUOTES
                                         or doc.raw[n] in (",", ";", ":") for n in rest):
        return j
    return end
