"""Where a capital says nothing though the tagger's sentence does not open on it: after marks alone (a
newsletter's "👋 Hi there.", a bullet, a dash), a fact-check's verdict ("CLAIM: ... FACTS: False.") and a live page's label
("Breaking News LIVE March 4: ..."), which the tagger read as bodies' names. None is ever an actor."""

from __future__ import annotations

import re
from collections.abc import Sequence


def opens_line(written: Sequence[str], a: int) -> bool:
    """Whether token ``a`` opens its sentence, or only marks stand before it (an emoji, a bullet, a dash,
    a quote): there a capital says no more than at a sentence's start."""
    return all(not any(ch.isalnum() for ch in token) for token in written[:a])


VERDICTS = frozenset({
    "true", "false", "mostly true", "mostly false", "half true", "partly true", "partly false", "misleading",
    "unproven", "unsupported", "unfounded", "inaccurate", "exaggerated", "fake", "fabricated", "satire",
    "needs context", "missing context", "pants on fire", "correct", "incorrect", "verified", "unverified",
})
"""The ratings fact-checks give a claim, written alone with a capital after their label ("FACTS: False.",
"Verdict: Misleading") or opening a paragraph ("Mostly true. State figures show ...")."""

_CLOSED = re.compile(r"\s*(?:[.:;!–—-]|\n|$)")
"""What follows a verdict written alone: its full stop, a colon or a dash before the reason, or the line's end."""


def verdict(name: str, after: str) -> bool:
    """ "False." after "FACTS:": a fact-check's rating standing alone, not a body's name. A name that goes on
    ("True Value said", "Fake Foods Ltd") is not one; nor is "Breaking News LIVE", a live page's label."""
    words = name.lower().split()
    if set(words) <= _LIVE_LABEL_WORDS and _LIVE_WORDS & set(words):
        return True
    return name.lower() in VERDICTS and _CLOSED.match(after) is not None


_LIVE_LABEL_WORDS = frozenset("breaking news live latest updates update highlights".split())
_LIVE_WORDS = frozenset("breaking live".split())
"""A live page's label, made of these words alone and one of the second set ("Breaking News LIVE", "Live Updates",
"LIVE Highlights"); "Sky News", "Live Nation" and "Breaking Point" name bodies and stay."""
