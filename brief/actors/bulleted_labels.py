"""A list item's label before its colon: "- Navigation Roadblocks: Stores force you to walk around stuff you don't
need", "• Sometimes Need: You don't need this item every day".

Why: the cue model reads "Name: words" as a speaker's label, as in an interview's "Joe: I would ...", and the
tagger may type a Title Case label as a body. A label that opens a bulleted list item glosses the term it names:
the words after it are the writer's, not the label's. A label opening with a given name ("- Ann Lee: I think ...",
a list of readers' replies) is still a person's.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.gender import first_names

_BULLET = re.compile(r"(?:^|\n)[ \t]*[-–•*▪·][ \t]*$")
"""A list item's bullet at the start of its line, right before the label."""


def bulleted_label(text: str, attribution: Attribution) -> bool:
    """Whether the cue is the colon after a bulleted list item's label (its source) that opens with no given name."""
    source = attribution.source
    if source is None or text[attribution.cue[0] : attribution.cue[1]].strip() != ":" or source[1] > attribution.cue[0]:
        return False
    if text[source[1] : attribution.cue[0]].strip() or not _BULLET.search(text, max(0, source[0] - 8), source[0]):
        return False
    first = text[source[0] : source[1]].split()[0] if text[source[0] : source[1]].split() else ""
    return first not in first_names()
