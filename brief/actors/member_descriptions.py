"""A member described by the party they belong to ("“...,” the Morena member reported", "the Labour member
said"): as a calling, the person the story was just about.

Why: "member" alone is no calling (a club's, a jury's, a family's member is anyone), so the description went
back to no one and the words were lost. Written after a capitalised party name, it is one politician's
description, as "the Labour MP" is.
"""

from __future__ import annotations

import re

_PARTY_MEMBER = re.compile(r"(?i:the|this)\s+(?:[A-Z][a-z][\w'’-]*\s+){1,2}member")
""""the Morena member": a capitalised name of one or two words, not all capitals ("the NATO member" is a state),
then "member"."""


def party_member(written: str) -> bool:
    """Whether ``written`` is a party's member described so (see ``_PARTY_MEMBER``)."""
    return _PARTY_MEMBER.fullmatch(" ".join(written.split())) is not None
