"""An outlet "quoting" unnamed sources names whom it quotes, not what: "The Harbour Post, quoting sources involved
in the inquiry, reported that ...", "..., the agency said, quoting officials at the ministry".

Why: the cue model tags the participle "quoting" and takes its object, the sources, for content; the outlet's own
cue ("reported that ...") carries what was reported, and "quoting X as saying ..." keeps its words
(``quoted_as``). A named object may be what was quoted ("quoting a reporter's tweet", "quoting Comey's
statement": PolNeAR counts those), so only nouns of unnamed informants are read so.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_QUOTING = re.compile(r"(?:\w+\s+)?quoting", re.I)
"""The cue: the participle "quoting", an adverb before it at most."""
_INFORMANTS = re.compile(
    r"(?:(?:an?|the|two|three|several|unnamed|anonymous|unidentified|senior|top|local|military|government|police|"
    r"security|diplomatic|intelligence|industry|official|other|western|u\.s\.|[a-z]+ian)\s+){0,3}"
    r"(?:sources?|officials?|insiders?|witnesses|diplomats|investigators|aides|people)\b", re.I)
"""Whom an outlet quotes when it names no one: "sources involved in the raid", "unnamed officials", "a senior
military source", "witnesses"."""


def quoting_informants(text: str, attribution: Attribution) -> bool:
    """Whether the cue is "quoting" and its content, after it, unquoted and with no "as saying", opens on unnamed
    informants (``_INFORMANTS``)."""
    start, end = attribution.content
    if not _QUOTING.fullmatch(text, *attribution.cue) or attribution.quote or start < attribution.cue[1]:
        return False
    if re.search(r"\bas\s+saying\b|[\"“”]", text[start:end]):
        return False
    return _INFORMANTS.match(text, start, end) is not None
