"""A speaker's name the tagger missed, read from the source's words: a public body whose remit is joined by "and"
("according to Customs and Border Protection"), and a name of common nouns or with a body's ending, which is a
body's, not a person's ("Network Rail said", "Border Protection").

Why: ``speakers.missed_speaker`` takes the capitalised run that ends the source, which stops at the lower-case
"and" inside a body's name, and typed what it found a person unless its last word was a body's word.
"""

from __future__ import annotations

import re

from brief.actors.body_endings import organization_ending
from brief.actors.name_extents import JOINED_ENDINGS, common_noun

_REMIT_BEFORE = re.compile(r"((?:[A-Z][a-z]+[ \xa0]){1,3})and[ \xa0]$")
"""The remit's first nouns and the "and" before a body's name ("Customs and | Border Protection")."""


def remit_start(text: str, start: int, end: int) -> int:
    """Where the body's name that ends at ``end`` begins when its remit is joined by "and" ("Customs and Border
    Protection"): its nouns before the "and" are common ones and its last word a public body's; else ``start``."""
    words = text[start:end].split()
    if not words or words[-1] not in JOINED_ENDINGS or not all(common_noun(w) for w in words):
        return start
    before = _REMIT_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not all(common_noun(w) for w in before.group(1).split()):
        return start
    return before.start(1)


def body_shaped(words: list[str]) -> bool:
    """A name no person bears: a body's ending ("Network Rail"), or capitalised common nouns only, none a given
    name ("Border Protection")."""
    return organization_ending(" ".join(words)) or len(words) > 1 and all(common_noun(w) for w in words)
