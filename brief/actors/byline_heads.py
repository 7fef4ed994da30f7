"""A person's name the tagger ran on from a byline's last words: "... December 29, 2007 Guardian Unlimited Fidel
Edwards celebrates".

A page whose byline (writer, date, outlet) runs straight into the article's first words, with no stop between,
gives the tagger one long capitalised run after the date: the outlet's name and the first person named. A date's
year right before the run marks such a byline; words there that are no given name, before a given name that opens
a name of its own ("Fidel Edwards"), are the byline's, and the person is the name that given name opens.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.gender import first_names, given_names
from brief.actors.mentions import Mention, normalise

_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+(?:[A-Z][\w'’-]*\s+){0,3}\Z")
"""The year that ends a byline's date, right before the mention or before up to three more of the outlet's
capitalised words the tagger left out of it ("2007 Evening | Herald Digital X")."""
_REACH_BEFORE = 60
"""Characters before the mention searched for the year."""
MIN_REST = 2
"""Words the person's own name keeps: a given name and a surname."""


def _byline_words(words: list[str]) -> int:
    """How many of the run's first words are the byline's: none of them a given name, the next one a common
    given name (``given_names``) that opens a name of at least ``MIN_REST`` words; 0 when there are none such."""
    for k in range(1, len(words) - MIN_REST + 1):
        if words[k - 1] in first_names():
            return 0
        if words[k] in given_names():
            return k
    return 0


def byline_heads_cut(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each person's name run on from a byline after its date's year cut to the person's own."""
    out = []
    for m in mentions:
        words = m.surface.split()
        k = _byline_words(words) if m.kind == "person" and len(words) > MIN_REST and _YEAR_BEFORE.search(
            text, max(0, m.start - _REACH_BEFORE), m.start) else 0
        if k:
            start = m.start + len(m.surface) - len(m.surface.split(None, k)[k])
            surface = text[start : m.end]
            m = dataclasses.replace(m, start=start, surface=surface, name=normalise(surface), after=words[k - 1].lower())
        out.append(m)
    return out
