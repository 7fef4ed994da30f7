"""A place named by whose it is, before a participle of saying, is where the clause's subject went, not who
spoke: "Police will turn up at Kat's house telling her that ...".

Why: the cue model reads a noun phrase right before "telling" as the participle's source (as in "a man telling
her"), and the possessor is then listed as the speaker ("Kat" told herself). A house, an office or a door says
nothing; the participle goes with the clause's subject (``brief.actors.opening_subject`` finds it), as it does
after a comma (``content_frames.object_before_participle``).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.content_ends import finite_word

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
PLACES_OF_PEOPLE = frozenset(
    "house home office door doorstep apartment flat room bedroom car shop store farm yard garden hotel bedside "
    "gate porch driveway studio hospital school church funeral wedding party grave".split())
"""Places and gatherings named by whose they are ("at Kat's house", "outside her lawyer's office"): none of
them speaks, so the possessive before one never names a participle's speaker."""
_PLACE_OBJECT = re.compile(r"(?:at|in|into|outside|inside|near|to|from|on|by)\s+(?:[\w'’.-]+\s+){0,4}?"
                           r"[\w'’.-]+['’]s?\s+(?P<head>[a-z]+)\s*$", re.I)
"""A preposition, a possessor and the place after it, up to the participle ("at Kat's house ")."""


def place_before_participle(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """ "Police will turn up at Kat's house telling her that ...": a participle right after a place the clause's
    verb went to has no source there; the source is left for the rules that find the clause's subject."""
    source = attribution.source
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    if source is None or not words or not words[-1].lower().endswith("ing") or source[0] < sentence_start:
        return attribution
    if source[1] > attribution.cue[0] or text[source[1] : attribution.cue[0]].strip():
        return attribution  # "at Kat's house, telling ...": the comma's rule reads it
    found = _PLACE_OBJECT.search(text, max(sentence_start, source[0] - 40), attribution.cue[0])
    if found is None or found.group("head").lower() not in PLACES_OF_PEOPLE or found.start() > source[0]:
        return attribution
    if not any(finite_word(w) for w in _WORD.findall(text, sentence_start, found.start())):
        return attribution  # "From Kat's house ...": no clause before it whose subject it could share
    return dataclasses.replace(attribution, source=None)
