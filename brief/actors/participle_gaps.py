"""A participle of saying left between a cue and its content ("..., he said, *adding that* all airports would be
made safe"): the content is what the participle introduces, so the line's verb is the participle's ("adds all
airports would be made safe"), not the cue's with the participle kept as though it were said ("says adding ...").

Why a module of its own: ``phrasing.summary_line`` puts a short gap between cue and content into the line
("tells | Blinken | that"), which is right for an addressee and wrong for a further verb of saying.
"""

from __future__ import annotations

SAYING_PARTICIPLES = frozenset(
    "adding noting stressing insisting explaining arguing stating claiming maintaining observing asserting "
    "emphasising emphasizing underscoring reiterating warning".split())
"""Participles that go on with the same speaker's words after "he said," in news English ("..., he said,
adding that ...", "..., she said, noting that ..."); not "saying", which would repeat the cue."""
_ADVERBS = frozenset("also further however".split())
"""An adverb before the participle ("..., he said, further adding that"): no part of the verb."""


def saying_participle(between: str) -> str | None:
    """The saying participle that is all of the gap ("adding", "further adding that" -> "adding"), or None
    when the gap is anything else."""
    words = [w.strip(",;:—–").lower() for w in between.split()]
    words = [w for w in words if w]
    if words and words[0] in _ADVERBS:
        words = words[1:]
    if words and words[-1] == "that":
        words = words[:-1]
    if len(words) != 1 or words[0] not in SAYING_PARTICIPLES:
        return None
    return words[0]
