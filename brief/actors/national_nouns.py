"""A nationality noun after "the" is an epithet, not a name: "The Dane said he had never played better".

The tagger reads a capitalised nationality noun after "the" as a person's name ("Dane", "Spaniard"), and the
actor list gained a person called "Dane" who took the statement of the player the story had just named.
Without the mention, ``brief.actors.epithets`` resolves "the Dane" to that player.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.epithets import NATIONAL_NOUNS, NATIONALS
from brief.actors.mentions import Mention

_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that)\s+(?:(?:young|veteran|\d+-year-old)\s+)?$", re.I)


_STATE_BODY_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:government|ministry|authorities|officials|police|army|navy|"
                               r"military|coastguard|embassy|parliament|cabinet|president|prime\s+minister)\b")
"""A state's body after the word ("the Greek culture ministry", "the Turkish government"): the word is the
country's adjective there, and the country speaks through the body."""


_NO_NOUN_AFTER = re.compile(r"\s*(?:[,;:!?)]|\.(?:\s|$)|$)|\s+(?:said|says|told|tells|added|adds|was|is|has|had|will|would|"
                            r"could|can|who|insisted|admitted|explained|conceded|believes|thinks|hopes|knows)\b")
"""What follows a demonym that stands as a noun ("The Kenyan, however, said", "the German told reporters"): no noun
it would describe ("the German car"), so it is one person, whom ``epithets`` finds, not the country."""


def nationals_dropped(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Every mention but the one-word nationality nouns written after a determiner, unless a state's body follows,
    and the demonyms for one person ("the German", "the Kenyan") written so with no noun after them."""
    return [m for m in mentions
            if not (m.surface in NATIONAL_NOUNS and _DETERMINER_BEFORE.search(text, max(0, m.start - 30), m.start)
                    and not _STATE_BODY_AFTER.match(text, m.end))
            and not (m.demonym and m.surface in NATIONALS and _DETERMINER_BEFORE.search(text, max(0, m.start - 30), m.start)
                     and _NO_NOUN_AFTER.match(text, m.end))]
