"""A participle of saying whose source the tagger found right after it: "The unions condemned the plan, saying
Norland's “reckless” cuts would close schools".

Why: the source tagger reads a possessive name that opens what was said ("Norland's") as the speaker, as it does
after an inverted "said Norland"; the statement went to the place or person the reported clause is about, and lost
its first word. A participle's subject stands before it ("..., saying"), never right after it: the name after it
opens the content, and the participle has no source of its own (the caller gives it its clause's subject).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from brief.actors.attribution import Attribution


def without_following_sources(text: str, attributions: Sequence[Attribution]) -> list[Attribution]:
    """The attributions with each one-word participle cue's source that stands right after it made content."""
    return [_freed(text, a) for a in attributions]


def _freed(text: str, attribution: Attribution) -> Attribution:
    cue = text[attribution.cue[0] : attribution.cue[1]]
    source = attribution.source
    if source is None or not (cue.isalpha() and cue.islower() and cue.endswith("ing")):
        return attribution
    if text[attribution.cue[1] : source[0]].strip() or attribution.content[0] < source[1]:
        return attribution  # not right after the cue, or the content does not follow it
    if not text[source[0] : source[1]].rstrip().endswith(("'s", "’s")):
        return attribution  # "saying Reuters" would be odd; a possessive opens a noun phrase of the content
    return dataclasses.replace(attribution, source=None, content=(source[0], attribution.content[1]))
