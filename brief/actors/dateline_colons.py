"""A dateline set off by a colon is no speaker: "New Delhi: AAP convener Arvind Kejriwal on Sunday
said ...", "Mumbai, Dec 3 (PTI): The Shiv Sena said ...", "Lagos: The governor ...".

Why: Indian, Nigerian and other papers open a story with its place and a colon, the shape of a
speaker's label ("Rick: I got into tech ..."), and the cue model reads the colon as a cue whose
source is the place. The place then held the whole lead as its words, and the lead's own speaker
lost them (their cue's content was already taken). The sentence splitter cuts such a dateline in
capitals ("NEW DELHI: ") but not in mixed case, which a person's label is written in too; a place
the article names, or a date or a wire's name in brackets after the words, tells them apart.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.gazetteer import phrase_table
from brief.actors.mention_index import MentionIndex
from brief.actors.world_cities import known_city

_DATE_OR_WIRE = re.compile(
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"  # the place ("New Delhi", "Port Harcourt")
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # its date ("Dec 3", "March 3, 2026")
    r"(?:\s*\((?:[A-Z][A-Za-z]{1,12})\))?"  # the wire's name ("(PTI)", "(IANS)")
    r"\s*"
)
"""A paragraph's opening place with its date or wire, up to the colon."""
_DATED = re.compile(r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\([A-Z][A-Za-z]{1,12}\)\s*$")
"""A date or a wire's name after the place: a dateline, never a speaker's label."""


def dateline_colon(text: str, attribution: Attribution, index: MentionIndex) -> bool:
    """Whether the attribution's cue is the colon after a paragraph's opening dateline: the words
    before it open the paragraph and are a place (a place the article names, whole) with at most a
    date and a wire's name, or a place and a date or wire."""
    start, end = attribution.cue
    if text[start:end].strip() != ":" or attribution.source is None:
        return False
    line = text.rfind("\n", 0, start) + 1
    opening = text[line:start]
    lead = len(opening) - len(opening.lstrip())
    if not _DATE_OR_WIRE.fullmatch(text, line + lead, start):
        return False
    if _DATED.search(text, line + lead, start):
        return True
    place = text[line + lead : start].rstrip()
    named = index.within((line + lead, line + lead + len(place)))
    return any(m.kind == "place" and text[m.end : line + lead + len(place)].strip() == "" for m in named)


_PLACE_COLON = re.compile(r"(?P<place>[A-Z][\w'’.-]*(?:[ ]+[A-Z][\w'’.-]*){0,2})[ ]*:[ ]+(?=[A-Z“\"‘'])")
"""One to three capitalised words, a colon, and a capital or an opening mark after it."""
_PLACE_CLASSES = frozenset({"PLACE", "CTRY"})


def _known_place(name: str) -> bool:
    return phrase_table().get(tuple(name.split())) in _PLACE_CLASSES or known_city(name)


def dateline_out_of_content(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its content starting after a dateline's colon that opens its paragraph ("New Delhi: No
    minister ... is powerless, Home Minister X said"): where the story was filed, not what was said. The splitter
    cuts only a dateline in capitals ("NEW DELHI: "), as a label is mixed case too ("Rick: I got into tech"); so
    only a place the gazetteer or the city list knows is cut here."""
    start, end = attribution.content
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip():
        return attribution  # the content does not open its paragraph
    match = _PLACE_COLON.match(text, start, end)
    if match is None or not _known_place(match.group("place")):
        return attribution
    return dataclasses.replace(attribution, content=(match.end(), end))
