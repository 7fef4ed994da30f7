"""A post left: "Jo Reyes stepped down Wednesday as head coach of the Harbour Gulls", "stepped aside from the
board". The cue model tags "stepped down" (a resignation can come with a statement: "stepped down, saying he
wanted more time with his family"); with only the post and when it was left after it, nothing is said.

Why: "step down"/"step aside" is an act; its content is a statement only when a saying, a reason or a quotation
comes with it.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

_PARTICLES = frozenset({"down", "aside"})
"""The particles that make "step" a resignation."""
_POST_AFTER = re.compile(r"\s*(?:[A-Za-z][\w'’-]*\s+){0,2}?(?:as|from)\s", re.I)
""""as" the post or "from" the post, a time word or two before it ("stepped down Wednesday as head coach")."""
_SAID_IN = re.compile(r"\b(?:saying|says|said|citing|because|after\s+(?:saying|admitting)|amid\s+criticism|"
                      r"that|telling|adding)\b|[\"“:]", re.I)
"""What makes the resignation carry words or a reason: a saying, a cited cause, a quotation or a colon."""


def left_post(text: str, attribution: Attribution) -> bool:
    """ "Jo Reyes stepped down Wednesday as head coach": a post left, no words."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text[attribution.cue[0] : attribution.cue[1]])]
    if len(words) < 2 or words[-1] not in _PARTICLES or verb_lemma(words[-2]) != "step" or attribution.quote:
        return False
    start, end = attribution.content
    return (start >= attribution.cue[1] and _POST_AFTER.match(text, start) is not None
            and _SAID_IN.search(text, start, end) is None)
