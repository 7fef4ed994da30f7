"""A place and a title read as a name ("the Illinois Senator's life"): an office described, no one's name.

Why: news writes a known person again by the place they serve and their office, "the Illinois Senator",
"the Texas Governor", where the name was given before. Both words are capitalised, so the tagger reads a
person's name of two words (or a place's) and the actor list gains "Illinois Senator" beside the senator named in full.
No one's name is a place and an office alone: such a mention is dropped (the office holder is listed under
the name the text gives).
"""

from __future__ import annotations

from brief.actors.mentions import Mention
from brief.actors.personhood import known_place
from brief.text.lexicon import SOURCE_TITLES, TITLE_WORDS

_OFFICES = TITLE_WORDS | SOURCE_TITLES
"""Offices and titles, lower case, that end such a description ("Senator", "Governor", "Mayor")."""


def place_office(name: str) -> bool:
    """ "Illinois Senator", "New York Governor": a known place, then one office word."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in _OFFICES and known_place(" ".join(words[:-1]))


def place_titles_dropped(mentions: list[Mention]) -> list[Mention]:
    """The mentions, less those named by a place and an office alone (read a person's name, or a place's:
    "the Oregon Senator")."""
    return [m for m in mentions if not place_office(m.name)]
