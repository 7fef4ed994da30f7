"""A name with a person's office set beside it: "Colm Tierney, the president of its infusion unit, ..." is a
person, whatever the tagger typed the name.

Why: the tagger read an unfamiliar name as a place, and a place with no sign of being one became an organisation
(``placehood.unplaced_places``), listed as a body with no role. A comma, a determiner and an office held in or for
something ("the president of", "a director at") describe a person: a body or a place is no president. Only a
head of office right before "of", "at" or "for" counts ("the chief supplier of" is a company's description).
"""

from __future__ import annotations

import re

from brief.text.phrases import phrase_spans

OFFICES = frozenset("president vice-president director chairman chairwoman chair chief head founder co-founder manager "
                    "secretary spokesman spokeswoman spokesperson governor mayor commissioner commander minister ceo "
                    "editor leader coach captain treasurer superintendent principal".split())
"""Offices only a person holds, as the head of an apposition ("the president of its infusion unit")."""
_OFFICE_AFTER = re.compile(r",\s+(?:the|a|an|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+(?:of|at|for)\b")
"""Right after the name: a comma, a determiner, up to two modifiers, the office, and what it is held in."""


def office_apposed(text: str, name: str) -> bool:
    """Whether some writing of ``name`` has a person's office set beside it (see the module's docstring)."""
    for _, end in phrase_spans(text, name):
        found = _OFFICE_AFTER.match(text, end)
        if found is not None and found.group(1) in OFFICES:
            return True
    return False
