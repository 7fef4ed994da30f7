"""A place and a colon opening a paragraph ("Mumbai: Shares of Tata Motors fell ...", "NEW DELHI:
The government on Friday ..."): the dateline of Indian, Pakistani and some African papers, not a
speaker's label.

Why: the cue model learned a transcript's "Rick: I got into tech" and reads a colon after the name
that opens a paragraph as a cue; a place written there is where the story was filed, and the
sentence after it is the writer's own. A person's or a body's label keeps its cue.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention

_COLON_CUE = re.compile(r"\s*:\s*")
_PARAGRAPH_LEAD = re.compile(r"[\s\-–—•*]*")
"""What may open a paragraph before its dateline: a bullet or a dash."""


def colon_dateline(text: str, attribution: Attribution, mention: Mention | None) -> bool:
    """Whether the attribution's cue is a colon right after a place that alone opens its paragraph."""
    if mention is None or mention.kind != "place" or mention.demonym:
        return False
    colon = _COLON_CUE.match(text, mention.end)
    if colon is None or not mention.end <= attribution.cue[0] < attribution.cue[1] <= colon.end():
        return False  # "Mumbai:" with the cue its colon, not a cue later in the sentence
    paragraph = text.rfind("\n", 0, mention.start) + 1
    return _PARAGRAPH_LEAD.fullmatch(text, paragraph, mention.start) is not None
