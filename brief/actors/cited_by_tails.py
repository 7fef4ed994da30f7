"""A speaker's line closed by where it was heard ("..., said the head of the office, Ramon Estrella, as cited by
local radio"): "as cited by" names the outlet that carried the words, and states nothing itself.

Why: wire copy on disasters credits a quotation it took from local media with "as cited by", "as quoted by"
or "as reported by"; the cue model read "cited" as a statement of the speaker's, a position "cites by local
radio", and the speaker's next quotation then went to that empty statement's source instead of the speaker.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_AS_BEFORE = re.compile(r"\bas\s+$", re.I)
"""The "as" before the participle ("as cited by")."""
_BY_AFTER = re.compile(r"\s+by\b")
"""The agent after the participle ("cited by local radio"): the outlet."""
_CREDITS = frozenset("cited quoted reported carried relayed".split())
"""Participles that credit an outlet with carrying someone's words."""


def cited_by_tail(text: str, attribution: Attribution) -> bool:
    """ "..., as cited by local radio": the credit of an outlet that carried the words is no statement."""
    start, end = attribution.cue
    if text[start:end].strip().lower() not in _CREDITS:
        return False
    return bool(_AS_BEFORE.search(text, max(0, start - 4), start) and _BY_AFTER.match(text, end))
