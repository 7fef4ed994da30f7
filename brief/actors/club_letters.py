"""A club named by its town and letters: "Sydney FC", "Toronto FC", "Portland AFC".

Why: the name tagger read the town as a place and began a body at the letters, so the club came out as the city
"Sydney" and a second actor "FC", neither of which is the club. Letters of a club's kind right after a place,
with only a space between, are the end of the club's own name.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention, normalise

CLUB_SUFFIXES = frozenset({"FC", "F.C.", "AFC", "A.F.C.", "CF", "SC", "S.C.", "FK", "SK", "SV"})
"""Letters that end a club's name after its town ("Sydney FC", "Dallas SC"); those that open one ("AC Milan", "FC
Porto") are brief.actors.initialled_names'."""
_SPACE = re.compile(r"[ \xa0]")
_LETTERS = re.compile(r"[A-Z][A-Z.]{1,4}(?![\w])")
"""Capitals (and stops) right after the space: "FC", "F.C.", or "FC." at a sentence's end."""


def club_letters(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each place followed at once by a club's letters (a body of its own, or no mention at all)
    made one club named by both, the letters' own mention dropped."""
    by_start = {m.start: m for m in mentions}
    joined: dict[int, Mention] = {}
    dropped: set[int] = set()
    for m in mentions:
        if m.kind != "place" or m.demonym or not _SPACE.match(text, m.end):
            continue
        letters = _LETTERS.match(text, m.end + 1)
        if letters is None:
            continue
        word = letters.group() if letters.group() in CLUB_SUFFIXES else letters.group()[:-1]  # "Sydney FC.": the stop
        if word not in CLUB_SUFFIXES:
            continue
        end = m.end + 1 + len(word)
        second = by_start.get(m.end + 1)
        if second is not None and second.end != end:
            continue  # "Sydney FC Academy": a longer body the tagger found, left as it is
        surface = text[m.start : end]
        joined[m.start] = dataclasses.replace(m, end=end, surface=surface, name=normalise(surface), kind="organization")
        if second is not None:
            dropped.add(second.start)
    if not joined:
        return list(mentions)
    return [joined.get(m.start, m) for m in mentions if m.start not in dropped]
