"""A body named by its initials before or after the noun of what it is ("the GMB union has warned", "the SDLP party
said", "Headteachers' union NAHT warned"), where the tagger left the initials untagged: in a long sentence it reads
a word in capitals as a shout as often as a name.

Why: such a source holds no mention, so its words went under no actor; the initials are the body's name
(a person is never written so), and the noun after them says which kind of body speaks.
"""

from __future__ import annotations

import re

from brief.actors.source_words import BODY_WORDS, ORG_NOUNS

MAX_INITIALS = 6
"""Letters of a body's initials ("GMB", "NASUWT"); longer, a word in capitals is a shout."""
_INITIALS_BEFORE_NOUN = re.compile(rf"(?:[Tt]he|[Aa]n?)\s+([A-Z]{{2,{MAX_INITIALS}}})\s+(?:[a-z]+\s+)?([a-z]+)\s*$")
"""The initials, at most one modifier ("the NEU teaching union") and the body's noun ending the source."""


_NOUN_BEFORE_INITIALS = re.compile(rf"\b([a-z]+)\s+([A-Z]{{2,{MAX_INITIALS}}})\s*$")
"""The body's noun and the initials ending the source ("Headteachers' union NAHT", "the regulator CQC")."""


def initials_by_noun(source: str) -> tuple[int, int] | None:
    """Where in ``source`` ("the GMB union", "union NAHT") the initials of a body stand, when a body's noun follows
    them and ends the source or stands right before them at its end, else None."""
    found = _INITIALS_BEFORE_NOUN.search(source) or _NOUN_BEFORE_INITIALS.search(source)
    if found is None:
        return None
    noun, initials = (2, 1) if found.re is _INITIALS_BEFORE_NOUN else (1, 2)
    return found.span(initials) if found.group(noun) in ORG_NOUNS | BODY_WORDS else None
