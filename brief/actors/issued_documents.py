"""The documents a speaker issues ("a statement", "a letter"), that a later "the statement read"
goes back to: kept apart from source resolution because the speaker chain notes them too."""

from __future__ import annotations

from brief.actors.joint_signers import same_document
from brief.actors.last_speaker import Speaker
from brief.actors.mentions import Mention

ISSUED = frozenset("statement release letter email memo".split())
"""What a speaker issues, that "the statement read" goes back to (``chain.SpeakerChain`` notes who)."""
ISSUED_REACH = 3000
"""Characters back within which "the statement" finds the statement it means (a few paragraphs)."""


def issuer(text: str, start: int, noun: str, last: Speaker | None) -> Mention | None:
    """Who issued the document "the statement" (before ``start``) goes back to: the speaker who
    issued one, while every later use of the noun refers back to it ("The company denied it in a
    statement. “...,” the statement read"); None for a statement no speaker was found for."""
    issued = last.issued if last is not None else None
    if issued is None or issued[0] != noun or not same_document(text, noun, issued[2], start, ISSUED_REACH):
        return None
    return issued[1]
