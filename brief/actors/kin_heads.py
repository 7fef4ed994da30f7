"""A source whose head is someone's kin or outsider, who is described after "of": "The family of the
actor said", "friends of the victim said". The head speaks; the words after "of" describe whom they
are kin to, so neither a title read off its last word ("the actor": the actor named before) nor a
description going back to someone ("the actor", ``self_described``) makes them the speaker.
"""

from __future__ import annotations

import re

from brief.actors.source_words import KIN, OUTSIDERS, RELATIVES

_KIN_HEAD = re.compile(rf"(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z-]+\s+)?(?:{'|'.join(sorted(KIN | RELATIVES | OUTSIDERS))})"
                       r"\s+of\s+(?:the|a|an|this|that)\s+(?-i:[a-z])", re.I)
"""Kin, "of" and someone described in lower case: "Friends of the Earth" names a body, not kin of a thing."""


def kin_of_described(text: str, start: int, end: int) -> bool:
    """Whether the source phrase at ``start:end`` opens with kin (or outsiders) of someone described."""
    return _KIN_HEAD.match(text, start, end) is not None
