"""A wire named in brackets in a paragraph's opening dateline ("New Delhi, Jan 13 (IANS): ...", "LAGOS, May 2
(NAN) - ..."): a news agency, the channel the story came through, never one of its actors.

Why: the list of agencies (``outlet_reference.NEWS_AGENCIES``) holds the big wires, but every country has its own
(IANS, UNI, ANI, APP, NAN, Bernama), and a local one the list lacks was ranked among the story's actors, with "told
IANS" later adding to it. Where a wire stands is sign enough: after the opening place and its date, in brackets,
before the colon or dash that opens the story.
"""

from __future__ import annotations

import re

_BEFORE = re.compile(r"(?:(?:^|\n)[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3},?"
                     r"|[A-Z][\w.'’-]*,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)[ \t]*\($")
"""The dateline before the bracket: the paragraph's opening place ("LAGOS ("), or a place and its date wherever the
line opens (a byline glued before it: "By Ann Obi New Delhi, Jan 13 (")."""
_AFTER = re.compile(r"\)[ \t]*(?::|[-―—–])")
"""The bracket's closing and the colon or dash that opens the story."""
DATELINE_REACH = 60
"""Characters before the wire read for the dateline's place and date."""


def dateline_wire(text: str, name: str) -> bool:
    """Whether ``name`` is the wire in brackets of a paragraph's opening dateline in ``text`` (the tagger may
    leave that writing of it out: a later "told IANS" is then its only mention)."""
    # the bracketed name found with str.find where ``re.finditer(rf"\({re.escape(name)}(?=\))", text)`` would find it:
    # that pattern, new for each name, was compiled again and again in the story actors (every group's name)
    needle = f"({name})"
    at = text.find(needle)
    while at >= 0:
        start, end = at + 1, at + 1 + len(name)
        if _AFTER.match(text, end) and _BEFORE.search(text, max(0, start - DATELINE_REACH), start):
            return True
        at = text.find(needle, end)  # the next match of the pattern starts at or after this one's end
    return False
