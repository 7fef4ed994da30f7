"""A legislator named after the chamber of their office: "Leader of Opposition in the Assembly R Ashoka", "Leader
of the Opposition in the Lok Sabha Rahul Gandhi", where the tagger read the chamber and the name as one body or
one person ("Lok Sabha Rahul Gandhi").

Why: Indian and other parliamentary news writes the office whole before the name, the chamber last; the chamber's
words are where the office is held, and the name after them is the person's. Only after "in the", where a chamber
names where an office is held.
"""

from __future__ import annotations

import re

CHAMBER_ENDS = frozenset("Assembly Sabha Parishad Senate House Parliament Council Dáil Seanad Knesset Duma Bundestag "
                         "Congress".split())
"""Last words of a chamber's name ("Kerala Legislative Assembly", "Rajya Sabha", "Vidhan Parishad")."""
MAX_CHAMBER_WORDS = 4
"""Words of a chamber's name ("Karnataka Legislative Assembly", "Tamil Nadu Legislative Council")."""
_IN_THE = re.compile(r"\bin\s+the\s*$")


def chamber_words(words: list[str], before: str) -> int:
    """How many of ``words``, after "in the", name a chamber before the person's name (0 when none)."""
    if not _IN_THE.search(before):
        return 0
    end = next((k + 1 for k in range(min(len(words) - 1, MAX_CHAMBER_WORDS)) if words[k] in CHAMBER_ENDS), 0)
    return end if end and words[end][:1].isupper() else 0
