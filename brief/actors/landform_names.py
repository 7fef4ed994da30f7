"""A region named by its land's plural common noun is a place: "storms across the southern Plains", "rain over
the Midlands", "snow in the Highlands".

Why: the tagger types a capitalised plural written alone after "the" as a body ("the Teamsters", "the Saints"),
so a weather story's region was listed as an organisation. A one-word name that is such a noun, written after
"the" (and perhaps a compass word: "the central and southern Plains") at every writing, is the region.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from brief.actors.mentions import Mention

LAND_PLURALS = frozenset("Plains Highlands Lowlands Midlands Uplands Badlands Prairies Steppes Tropics Dales Downs "
                         "Wolds Fens Moors Everglades Marshes Valleys".split())
"""Plural nouns of land that, capitalised after "the", name a region ("the Plains", "the Midlands")."""
_THE_BEFORE = re.compile(r"\bthe\s+(?:(?:(?:north|south|east|west)(?:ern)?|central|upper|lower|high|inner|"
                         r"outer)\s+(?:(?:and|or)\s+[a-z]+\s+)?)?$", re.I)
"""What stands before such a region: "the", perhaps with compass words ("the central and southern")."""
_REACH = 40
"""Characters read back from the name for its "the"."""


def land_regions(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a one-word body that is a plural noun of land written after "the" at each writing
    retyped a place."""
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind == "organization" and m.name in LAND_PLURALS:
            by_name[m.name].append(m)
    regions = {n for n, ms in by_name.items()
               if all(_THE_BEFORE.search(text, max(0, m.start - _REACH), m.start) for m in ms)}
    if not regions:
        return mentions
    return [dataclasses.replace(m, kind="place") if m.kind == "organization" and m.name in regions else m
            for m in mentions]
