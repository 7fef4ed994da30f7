"""A source cut inside the last name of a list: "Oxfam and Save the Children called for ...", where the
attribution model's source is "the Children".

Why: a name that holds a lower-case "the" ("Save the Children", "Stand Up to Racism") looks to the
source tagger like a verb and its object, so it kept only "the Children", which names no one, and the
statement was lost. When a capitalised word stands right before such a source and a name joined by
"and" before that, the whole list is the source; the resolver then gives the words to the name it
knows (as for "X and Y wrote a letter", brief.actors.joint_signers).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.gazetteer import MONTHS_DAYS

_ARTICLE_NAME = re.compile(r"the\s+[A-Z]")
"""The source as the tagger cut it: "the" and a capitalised word ("the Children")."""
_LIST_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"“]))((?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*)\s+(?:and|&)\s+([A-Z][\w'’-]*)\s+$"
)
"""Before the cut source: a name of up to four capitalised words, "and", and the capitalised word the
cut left out ("Oxfam and Save ")."""
_REACH = 80
"""Characters before the source read for ``_LIST_BEFORE`` (four words, "and", one word)."""


def list_before_cut_name(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its source run back over a list whose last name it cut ("Oxfam and Save |
    the Children"), when its source stands before the cue; any other attribution as it is."""
    source = attribution.source
    if source is None or source[1] > attribution.cue[0] or not _ARTICLE_NAME.match(text, *source):
        return attribution
    listed = _LIST_BEFORE.search(text, max(0, source[0] - _REACH), source[0])
    if listed is None or listed.group(2).lower() in MONTHS_DAYS or listed.group(2) in ("The", "A", "An"):
        return attribution
    return dataclasses.replace(attribution, source=(listed.start(1), source[1]))
