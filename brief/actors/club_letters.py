"""A club named by its town and letters: "Sydney FC", "Toronto FC", "Portland AFC".

Why: the name tagger read the town as a place and began a body at the letters, so the club came out as the city
"Sydney" and a second actor "FC", neither of which is the club. Letters of a club's kind right after a place,
with only a space between, are the end of the club's own name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from brief.actors.adjacent_joins import joined_with_next
from brief.actors.mentions import Mention

CLUB_SUFFIXES = frozenset({"FC", "F.C.", "AFC", "A.F.C.", "CF", "SC", "S.C.", "FK", "SK", "SV"})
"""Letters that end a club's name after its town ("Sydney FC", "Dallas SC"); those that open one ("AC Milan", "FC
Porto") are brief.actors.initialled_names'."""
_SPACE = re.compile(r"[ \xa0]")
_LETTERS = re.compile(r"[A-Z][A-Z.]{1,4}(?![\w])")
"""Capitals (and stops) right after the space: "FC", "F.C.", or "FC." at a sentence's end."""


def club_letters(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each place followed at once by a club's letters (a body of its own, or no mention at all)
    made one club named by both, the letters' own mention dropped."""
    return joined_with_next(text, mentions, lambda m, by_start: _club_end(text, m, by_start))


def _club_end(text: str, m: Mention, by_start: Mapping[int, Mention]) -> tuple[int, Mention | None] | None:
    """Where the club's name ends when a club's letters follow the place ``m``, and the letters' own mention."""
    if m.kind != "place" or m.demonym or not _SPACE.match(text, m.end):
        return None
    letters = _LETTERS.match(text, m.end + 1)
    if letters is None:
        return None
    word = letters.group() if letters.group() in CLUB_SUFFIXES else letters.group()[:-1]  # "Sydney FC.": the stop
    if word not in CLUB_SUFFIXES:
        return None
    end = m.end + 1 + len(word)
    second = by_start.get(m.end + 1)
    if second is not None and second.end != end:
        return None  # "Sydney FC Academy": a longer body the tagger found, left as it is
    return end, second
