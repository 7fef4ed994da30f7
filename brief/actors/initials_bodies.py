"""A body named by its initials before the noun of what it is ("the GMB union has warned", "the SDLP party
said"), where the tagger left the initials untagged: in a long sentence it reads a word in capitals as a
shout as often as a name.

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


def initials_before_noun(source: str) -> tuple[int, int] | None:
    """Where in ``source`` ("the GMB union") the initials of a body stand, when a body's noun follows them and ends
    the source, else None."""
    found = _INITIALS_BEFORE_NOUN.search(source)
    if found is None or found.group(2) not in ORG_NOUNS | BODY_WORDS:
        return None
    return found.span(1)
