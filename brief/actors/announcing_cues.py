"""A cue that announces the quotation after it, met in a paragraph that goes on with the last speaker's quotation.

'Chairman Chris Vale told the club's website: "Mike and I thank Sam ... (¶) "A new manager has not yet been appointed.
We will make a further announcement when appropriate." Sam Hardy added: "I am disappointed to be leaving."': the
second paragraph carries the chairman's quotation on (its opening mark, no cue of its own), and then gives another
speaker's words. A paragraph that holds a cue is left to the model, as its cue may close the quotation that opens it
('"A. (¶) "B," said Y'); a cue that stands after the quotation has closed, with a colon and an opening mark after it,
frames the words that follow it, not those before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_ANNOUNCES = re.compile(r"\s*:\s*[“\"‘']")
"""A colon and an opening quotation mark right after the cue (the cue may hold its colon: "added:"): the words
that follow are the ones it frames."""


def _announces(text: str, c0: int, c1: int) -> bool:
    colon = c1 - 1 if text[c0:c1].endswith(":") else c1
    return _ANNOUNCES.match(text, colon) is not None


def cues_blocking(text: str, cues: Sequence[tuple[int, int]], closed_at: int) -> list[tuple[int, int]]:
    """The cues less those after ``closed_at`` (where the quotation carried on closed) that announce a quotation of
    their own (see the module's docstring)."""
    return [(c0, c1) for c0, c1 in cues if not (c0 >= closed_at and _announces(text, c0, c1))]
