"""A place's authorities of one line of work: "according to Palestinian health authorities", "Gaza health
authorities said". The health authorities speak, not the state or the territory.

Why: the source resolved to the place the words open with (a demonym's country: "Palestine according to"), though the
words name a body of one remit, which the article names no other way; "Chinese authorities said" with no such word is
the state's voice and is left to it. As ``place_bodies.body_of_place`` names "the Inner Mongolia health commission",
the body is taken as an organisation named by the words.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention
from brief.text.language import stop_words

MAX_REMIT_WORDS = 2
"""Lower-case words naming the remit between the place and "authorities" ("health", "public health")."""

_REMIT_AUTHORITIES = re.compile(rf"((?:\s+[a-z][a-z-]*){{1,{MAX_REMIT_WORDS}}})\s+authorities\s*")
"""After the place's name to the source's end: the remit's words, then "authorities"."""


def remit_authorities(text: str, place: Mention, phrase: tuple[int, int], article: int) -> Mention | None:
    """The body "<place> <remit> authorities" that ends the source ``phrase`` after ``place``, as an organisation
    mention of those words; None when the words after the place are no such remit."""
    found = _REMIT_AUTHORITIES.fullmatch(text, place.end, phrase[1])
    if found is None or any(w in stop_words("en") for w in found.group(1).split()):
        return None
    name = " ".join(text[place.start : phrase[1]].split())
    return Mention(article, place.sentence, place.start, phrase[1], name, name, "organization")
