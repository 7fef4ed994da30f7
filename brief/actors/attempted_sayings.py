"""A statement made in an attempt: "The CEO sought to assure investors that the two sides are “not far
apart”", "the minister tried to reassure farmers that ...". The verb of saying stands as an infinitive
after the verb of trying, and an infinitive cue is no statement of its subject's ("gathered to discuss",
``statements.not_a_statement``); but whoever seeks to assure someone that a thing is so has said it is
so, in the words after "that". Read only for verbs that state a claim, with a that-clause or a quotation
after them (a bare "tried to explain" says nothing yet).
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

_TRYING = re.compile(r"\b(?:sought|seeks?|seeking|tried|tries|try|trying|attempted|attempts?|attempting|moved|moves"
                     r"|hastened|rushed|was\s+quick|were\s+quick|took\s+pains)\s+to\s+$", re.IGNORECASE)
"""A verb of trying and the "to" of its infinitive, right before the cue."""
_CLAIMING = frozenset({"assure", "reassure", "explain", "insist", "stress", "emphasize", "emphasise", "argue",
                       "clarify", "deny", "maintain", "contend"})
"""Verbs of saying whose that-clause is a claim their subject makes."""
_CLAIM = re.compile(r"\s*(?:[“\"‘']|that\b)")
"""The content a claim opens with: "that", or a quote mark."""
TRYING_REACH = 24
"""Characters before the cue within which the verb of trying and "to" stand ("took pains to ")."""


def attempted_saying(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a claiming verb's infinitive after a verb of trying, with a that-clause or a
    quotation for its content: a statement, though "to" stands before it."""
    start, end = attribution.cue
    words = text[start:end].split()
    if len(words) != 1 or verb_lemma(words[0].lower()) not in _CLAIMING:
        return False
    if attribution.content[0] < end or _CLAIM.match(text, attribution.content[0]) is None:
        return False
    return _TRYING.search(text, max(0, start - TRYING_REACH), start) is not None
