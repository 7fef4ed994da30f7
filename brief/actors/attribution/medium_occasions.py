"""The occasion a medium's noun names after it ("said in her speech for the opening of the Assembly")."""

from __future__ import annotations

from brief.actors.attribution.document import QUOTES, Doc

_OCCASION_PREPOSITIONS = frozenset("for at to of before on marking".split())
"""Words that open what a speech or statement was for or at ("in his speech for the State Opening of Parliament",
"in a statement to the assembly"), a phrase of the medium's, not a clause of what was said."""
OCCASION_WORDS = 12
"""Longest such phrase ("for the State Opening of Parliament 2024" is 7); longer, it may hold a clause."""
_CLAUSE_WORDS = frozenset("that is was are were has have had will would can could may might said says".split())


def past_medium_occasion(doc: Doc, j: int, end: int) -> int:
    """``end`` when the tokens from ``j`` are one phrase opened by ``_OCCASION_PREPOSITIONS`` with no verb of a
    clause, quotation or comma before the sentence's closing stop; ``j`` otherwise."""
    if j >= end or doc.words[j] not in _OCCASION_PREPOSITIONS:
        return j
    rest = [k for k in range(j, end) if doc.raw[k] not in (".", "!", "?")]
    if len(rest) > OCCASION_WORDS or any(doc.words[k] in _CLAUSE_WORDS or doc.raw[k] in QUOTES or doc.raw[k] in (",", ";", ":")
                                         for k in rest):
        return j
    return end
