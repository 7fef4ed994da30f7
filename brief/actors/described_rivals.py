"""A body named in a clause whose subject is the description itself: "as the company tries to win back
customers from Samsung and Apple ... the company said" is not Apple.

Why: "the company" went back to the latest company named, and a story about one maker names its rivals,
partners and customers right after "the company" stands for the maker ("the company tries to win back
customers from Samsung and Apple"), so the maker's later statement went to a rival. A name the
description comes before in its own sentence is what that description's body deals with, not the body
itself: passed over while an earlier name fits.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention
from brief.text.sentence_stops import STOP_OR_LINE_BREAK

SENTENCE_REACH = 240
"""Characters before a name read back for the description in its sentence (a long news sentence)."""
_SENTENCE_END = STOP_OR_LINE_BREAK
"""Where a sentence before the name ends."""


def named_after_description(text: str, m: Mention, noun: str) -> bool:
    """Whether "the ``noun``" stands before the name ``m`` in its sentence ("as the company tries to win
    back customers from Samsung and Apple"): the name is another body than the one the description is."""
    lo = max(0, m.start - SENTENCE_REACH)
    ends = list(_SENTENCE_END.finditer(text, lo, m.start))
    start = ends[-1].end() if ends else lo
    if noun not in text[start : m.start]:
        return False  # the pattern's own word: most sentences lack it, and a pattern would be compiled for each noun
    return re.search(rf"\b[Tt]he\s+{re.escape(noun)}\b", text[start : m.start]) is not None


def makers_product(m: Mention, before: list[Mention], body_ends: frozenset[str]) -> bool:
    """Whether ``m`` is a maker's product the tagger typed a body: its name is another organisation's name
    before it with a word that names no body ("Halvex ... unveiled the Halvex Fold", "Tesla Model Y"); "the
    company" is the maker. A word that names a body ("Halvex Bank", "Halvex Group") keeps it a body of its own."""
    words = m.name.split()
    return (len(words) > 1 and words[-1].lower().rstrip(".") not in body_ends
            and any(n.kind == "organization" and n.start < m.start and len(n.name.split()) < len(words)
                    and words[: len(n.name.split())] == n.name.split() for n in before))
