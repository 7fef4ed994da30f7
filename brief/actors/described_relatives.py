"""A speaker described, not named, before a relative clause that holds the cue: "Most of it doesn't reflect
well on the designer, who insists he knew nothing about it", "It angered the residents, who say the plan
was never put to them".

Why: the source tagger gives the relative "who" as the source, and ``relative_source`` reads "who" as the
name right before its comma; a description there ("the designer") named no one, so the words were lost,
though "The designer, who was paid, insists ..." (the description as the sentence's subject) resolves.
The description before the comma is the source here too; the speaker rules then resolve it as any
described source ("the designer": the person the article gave that role, "A local designer, Ben Host").
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc

MAX_DESCRIPTION_TOKENS = 4
"""Longest description read before the comma ("the club's graphic designer": the, club, 's, graphic, designer)."""
_DETERMINERS = frozenset({"the"})
"""What opens such a description: a definite one, which refers to someone the article has introduced."""


def described_who(doc: Doc, c0: int, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span of a definite description set off by a comma before "who" when "who" is the source and stands
    right before the cue (", who insists"); otherwise the source as given."""
    if src is None or src[1] - src[0] != 1 or doc.words[src[0]] != "who" or src[1] != c0:
        return src
    comma = src[0] - 1
    if comma < 2 or doc.words[comma] != "," or doc.sent[comma] != doc.sent[c0]:
        return src
    start = comma - 1
    while start > 0 and comma - start < MAX_DESCRIPTION_TOKENS and doc.words[start] not in _DETERMINERS:
        start -= 1
    words = doc.raw[start + 1 : comma]
    if (doc.words[start] not in _DETERMINERS or not words or not words[-1].isalpha() or not words[-1].islower()
            or doc.sent[start] != doc.sent[c0]
            or not all(w.replace("-", "").isalpha() or w in ("'s", "’s") for w in words)):
        return src
    return (start, comma)
