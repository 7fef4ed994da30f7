"""The person named right after a source that ends in their title: "Grains Council chair Brett
Hosking was more measured, saying ...", where the attribution model's source stopped at "chair".

Why: a source cut before the name gives the statement to the body in the title ("Grains Council"),
and the person, named once, is not listed at all. A body's officer named by title and name is the
commonest way news introduces a speaker ("Unite general secretary Sharon Graham said"); when the
name stands between the cut source and its cue, it is the source's end.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.gazetteer import TITLES

OFFICER_WORDS = frozenset("executive boss founder officer head".split())
"""Last words of an officer's title that are no title alone ("chief executive", "Unite boss", "co-founder")."""
_TITLE_ENDS = TITLES | OFFICER_WORDS
_NAME_AFTER = re.compile(r"\s+((?!(?:The|A|An|This|That|His|Her|Its|Their)\s)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})(?=[\s,;])")
"""Two to four capitalised words right after the source: a person's name ("Brett Hosking", "Mary Lou McDonald")."""


def name_after_title(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its source run on over the name that follows its title, when that name
    stands before the cue; any other attribution as it is."""
    source = attribution.source
    if source is None or source[1] >= attribution.cue[0]:
        return attribution
    words = text[source[0] : source[1]].split()
    if len(words) < 2 or words[-1].lower() not in _TITLE_ENDS:
        return attribution
    name = _NAME_AFTER.match(text, source[1])
    if name is None or name.end() > attribution.cue[0]:
        return attribution
    return dataclasses.replace(attribution, source=(source[0], name.end()))
