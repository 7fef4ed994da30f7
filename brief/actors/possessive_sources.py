"""A source the source tagger ended on a possessive set off before the cue: "Emma Stone won praise for her
role in Poor Things, Yorgos Lanthimos's surreal fantasy, and said she was grateful". The tagger takes the
nearest name run to the left of the cue; a name with "'s" owns the noun after it, and a comma between that
noun and the cue closes an apposition or an object, so the name is no one's subject: the cue has no source
of its own there, and the rules for a cue without one (the subject the sentence opens with, for a verb
coordinated after "and") find the speaker.

Why in the tokens (``attribution.Doc``): the content is chosen from the source, so the source has to be
right before the content is ("Emma Stone won praise ..." was given as what Lanthimos said).
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc

_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
"""How a possessive token ends ("Lanthimos's", "Boehly’s", "the players'")."""


def possessive_source(doc: Doc, c0: int, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The tagger's source, or None when it ends on a possessive whose noun a comma closes before the cue
    ("..., Todd Boehly's expensively assembled side, and said ..."). "Pama's lawyer said", with no comma
    between, keeps it: the lawyer is the possessive's noun and the speaker."""
    if src is None or src[1] >= c0 or not doc.raw[src[1] - 1].endswith(_POSSESSIVE_ENDS):
        return src
    return None if any(doc.raw[k] == "," for k in range(src[1], c0)) else src
