""" "“...,” Brown (real name: Inga Marchand) wrote in a letter": a short bracketed aside that holds a colon is hidden
from the cue model, which reads the text around it as if the brackets were blank.

Why: the model takes a colon for the opening of what was said, so the aside split the frame: the source became the
name inside the brackets, or none, and the content the words before the colon ("Brown (real name") or a clause
after the cue, and the quotation went to no one. A bracket's colon never opens the sentence's content; the aside
names or describes the one before it ("(real name: X)", "(born: 1970)"). The names in it stay in the text the
tagger reads; only the cue model's copy is blanked (same offsets).
"""

from __future__ import annotations

import re

from brief.actors.listings import LISTING

ASIDE_CHARS = 60
"""Longest bracketed aside hidden ("(real name: Inga Marchand)" is 26); a longer bracket may hold a quoted passage."""
_ASIDE = re.compile(rf"\((?=[^()\n]{{1,{ASIDE_CHARS}}}\))[^()\n:\"“”]*[a-z]:\s[^()\n:\"“”]*\)")
"""A bracket of one line with one colon after a word and before a space, no quotation mark, and no bracket inside it
(not a stock ticker: "(NASDAQ:LOGI)")."""
_LISTING = re.compile(LISTING)
"""An exchange and a ticker ("(Nasdaq: HRGB)"): a listing, which brief.actors.listings reads with the company before it,
and the cue model with it ("Harrowgate Biosciences, Inc. (Nasdaq: HRGB) today announced")."""


def without_bracket_colons(text: str) -> str:
    """``text`` with each short bracketed aside holding a colon made spaces (same offsets)."""
    if ":" not in text or "(" not in text:
        return text
    return _ASIDE.sub(lambda found: found.group() if _LISTING.fullmatch(found.group()) else " " * len(found.group()), text)
