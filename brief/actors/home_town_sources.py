"""A speaker written "<Name> of <Town>, <State>" before the cue keeps the name: "Stacy Webb of Columbia, South
Carolina says ...".

Why: with no comma after the state, the source tagger took the run of capitalised words nearest the cue, the state,
and the town was given the speaker's words. News names a voter, a caller or a witness by home town this way; the
name before "of" is the one who speaks, and downstream the "X of Y, Z" source already resolves to X (as it does when
a comma closes the state). Only a sentence-opening name (after a full stop, a quote mark or a line break) is joined,
as ``named_of_sources`` does, so an object before the "of" ("the mayor of Columbia, South Carolina says") is never
taken for a name.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.named_of_sources import sources_opened_by_name

_NAME_OF_TOWN = re.compile(r"(?:^|(?<=[.!?\"“”\n])\s*|\n)((?:[A-Z][\w'’.-]*\s+){1,3})of\s+(?:[A-Z][\w'’.-]*\s+){0,2}"
                           r"[A-Z][\w'’.-]*,\s*$")
"""A sentence-opening run of one to three capitalised words, "of", a town's one to three words and its comma, right
before the source (the state)."""
_SOURCE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
"""The source the tagger kept: the state or country alone, one to three capitalised words."""
_NOT_NAMES = frozenset("The A An Some Many Most Each All None One Two Both Several Few Half Members Residents People "
                       "Voters Mayor Governor".split())
"""Sentence openers before "of" that are quantities, groups or offices, not a name ("Residents of Columbia, ...")."""
_REACH = 80
"""How far back from the source the name is looked for: a name's three words, "of" and a town's three."""


def with_home_town_sources(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions whose source is the state of a sentence-opening "<Name> of <Town>," given the name too."""
    return sources_opened_by_name(text, attributions, _NAME_OF_TOWN, _REACH, _NOT_NAMES, _SOURCE)
