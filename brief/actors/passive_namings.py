"""A passive "called" names, it reports no statement: "Oman is often called the 'Switzerland of the Middle East'"
gives Oman no position ("is called the Switzerland ...").

Why: the cue model takes "called" for the cue of "called for", "called on" and "called X a liar", and "is"
before a participle is attached to the cue as PolNeAR marks it; in the passive, with no "on", "for", "to" or
"upon" after it, the subject is what others call it (a name or an epithet), not a speaker.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_PASSIVE_CALLED = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+\s+)?called$", re.I)
_ASKING_AFTER = re.compile(r"\s+(?:on|for|to|upon|off|out|in|up|back|into|before|as\s+a\s+witness)\b", re.I)
"""What makes the passive a summons or a demand ("was called on to", "was called to testify"): kept."""


def without_passive_namings(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions, less those whose cue is a passive "called" that names its subject."""
    return [a for a in attributions if not _naming(text, a)]


def _naming(text: str, attribution: Attribution) -> bool:
    start, end = attribution.cue
    return (text[start:end].lower().endswith("called") and _PASSIVE_CALLED.search(text[max(0, start - 30) : end]) is not None
            and _ASKING_AFTER.match(text, end) is None)
