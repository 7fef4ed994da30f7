"""The voice that spoke, named again bare: "a representative for Lorna has come forward ... '...,' the spokesperson
told Celebwire" is Lorna's statement, as "a representative for Lorna said" is.

Why: a star's or an official's representative is introduced once with whom they speak for and then called "the
spokesperson"; with no body or title holder in reach, that bare voice found no one (it reached the client only
while the tagger mistook a given name alone for a body).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brief.actors.mention_index import MentionIndex
    from brief.actors.mentions import Mention

PERSONAL_VOICES = "spokesperson|spokesman|spokeswoman|representative|publicist|rep"
"""The nouns of one who speaks for a person ("Lipa's spokesperson", "a representative for Lorna")."""
_VOICE_NOUNS = PERSONAL_VOICES + "|agent"
_BARE_VOICE = re.compile(rf"the (?:{_VOICE_NOUNS})")
_PROXY_FOR = re.compile(rf"\b(?:a|an|the|her|his|their)\s+(?:{_VOICE_NOUNS})\s+(?:for|of)\s+$", re.I)
"""A voice introduced with its client right after it ("a representative for | Lorna")."""
PROXY_REACH = 600
"""Characters back from the bare voice within which its introduction is looked for (two or three sentences)."""


def proxy_client(text: str, words: Sequence[str], before: Sequence[Mention], mentions: MentionIndex) -> Mention | None:
    """The person a bare "the spokesperson" speaks for: the one a voice was last introduced for ("a representative
    for X") within ``PROXY_REACH`` of the newest mention before it, or None."""
    if not before or not _BARE_VOICE.fullmatch(" ".join(words)):
        return None
    limit = before[-1].end - PROXY_REACH
    for m in reversed(before):
        if m.start < limit:
            break
        if mentions.personal(m) and _PROXY_FOR.search(text, max(0, m.start - 40), m.start):
            return m
    return None
