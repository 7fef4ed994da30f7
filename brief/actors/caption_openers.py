"""A photo caption's opening word is no name: "Pictured: ...", "Pictured right, is reader X", "Seen from left, are ...".

Captions run into the text of local and tabloid pages, opened by a past participle that points at the
photo and a colon, a comma or where in the picture the people stand. Capitalised at a line's start, the
tagger reads the one word as a body's name, listed as an actor however often the page has a photo.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention
from brief.actors.participle_openers import OPENING, OPENING_REACH, openers_dropped

CAPTION_WORDS = frozenset("Pictured Photographed Shown Seen Snapped Captured Inset Clockwise".split())
"""Words that open a caption by pointing at its photo."""
_AFTER = re.compile(r"\s*[:,]|\s+(?:right|left|above|below|top|bottom|centre|center|here|inset|clockwise|from|with|"
                    r"at|in|on|are|is|during|after|before|outside|inside)\b")
"""What follows a caption's opening word: a colon or comma, where in the photo, or the place and time it shows."""


def _caption_opener(text: str, m: Mention) -> bool:
    return (m.surface in CAPTION_WORDS and _AFTER.match(text, m.end) is not None
            and OPENING.search(text, max(0, m.start - OPENING_REACH), m.start) is not None)


def captions_dropped(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without a caption's opening word ("Pictured:", "Seen from left,"), unless the word is
    part of a name elsewhere in the text."""
    return openers_dropped(mentions, lambda m: _caption_opener(text, m))
