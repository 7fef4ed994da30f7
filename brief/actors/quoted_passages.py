"""A passage the article quotes from another text, which itself quotes a speaker: the outer double
marks wrap the passage whole, the speaker's words stand in single marks inside, and the passage's
own frame names the speaker ("The Post and Courier reported on the closing argument:" then
"\\" 'There is hatred all right, but it goes a lot further than that,' [Bruck] said.", or a
newsletter's "“‘Monetary policy will be restrictive for some time’ to the central bank's target,
said Fed Vice Chair Lael Brainard in remarks prepared for delivery Monday.”").

The attribution model reads everything within double marks as quoted words, so the frame inside
("[Bruck] said", "said Fed Vice Chair ...") is no cue to it and the speaker's words go to no one.
It is given the sentence with the outer marks blanked (same length, so every offset holds), and
reads the inner frame as any other.

Only a passage quoted to its paragraph's end (or left open there, as a quotation running over
paragraphs is): where the outer marks close within the sentence before a frame of their own
("“‘Hamlet’ was my first play,” she said"), the outer marks are the quotation, and stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_OPENS_NESTED = re.compile(r"\s*([“\"])[ \t\xa0]*[‘']\S")
"""A sentence opening on a double mark right before a single one: a quotation inside a quotation."""
_CLOSES = {"“": "”", '"': '"'}
"""The mark that closes each opening double mark."""
_CLOSES_SINGLE = re.compile(r"(?<=\S)[’'](?![^\W\d_])")
"""A single mark closing the inner quotation: after a word or its comma, before no letter (the
apostrophe of "he's" is none, and an elision's "'Cause he's a cool guy" opens no quotation)."""


def unwrapped(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text with the outer double marks of each quoted passage blanked (see above)."""
    chars: list[str] | None = None
    for start, _ in spans:
        found = _OPENS_NESTED.match(text, start)
        if found is None:
            continue
        opening = found.start(1)
        end = text.find("\n", opening)
        end = len(text) if end < 0 else end
        closing = text.find(_CLOSES[found.group(1)], opening + 1, end)
        if closing >= 0 and text[closing + 1 : end].strip():
            continue  # “‘Hamlet’ was my first play,” she said: the outer marks are the quotation
        if _CLOSES_SINGLE.search(text, found.end(), closing if closing >= 0 else end) is None:
            continue  # "'Cause he's a cool guy": an elision, no quotation inside
        chars = chars if chars is not None else list(text)
        chars[opening] = " "
        if closing >= 0:
            chars[closing] = " "
    return text if chars is None else "".join(chars)
