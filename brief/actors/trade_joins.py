"""A company named for two trades joined by "and": "Pacific Gas and Electric", "Baltimore Gas & Electric",
"American Telephone and Telegraph".

Why: the name tagger closes a name at "and" and reads the trade word after it as a body of its own ("Electric"),
so the utility came out as "Pacific Gas" and a second actor "Electric". A trade word alone names no company, so a
body that ends in a trade and is followed by "and" or "&" and a single trade word is one company with both.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from brief.actors.adjacent_joins import joined_with_next
from brief.actors.body_endings import TRADE_CLUB_VENUE_ENDINGS
from brief.actors.mentions import Mention

TRADE_WORDS = TRADE_CLUB_VENUE_ENDINGS | frozenset(
    "Electric Electricity Power Light Lighting Telephone Telegraph Water Steel Chemical Manufacturing Industries".split())
"""The trades a company's name may join with "and" ("Gas and Electric", "Telephone and Telegraph")."""
_JOIN = re.compile(r"[ \t]+(?:and|&)[ \t]+")


def trade_joins(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each body ending in a trade and followed by "and"/"&" and a body of one trade word made one
    body named by the whole, the trade word's own mention dropped."""
    return joined_with_next(text, mentions, lambda m, by_start: _trade_end(text, m, by_start), "organization")


def _trade_end(text: str, m: Mention, by_start: Mapping[int, Mention]) -> tuple[int, Mention | None] | None:
    """Where the company's name ends when "and" and a body of one trade word follow the body ``m`` ending in a
    trade, and that body."""
    words = m.surface.split()
    if m.kind != "organization" or not words or words[-1] not in TRADE_WORDS:
        return None
    join = _JOIN.match(text, m.end)
    second = by_start.get(join.end()) if join is not None else None
    if second is None or second.surface not in TRADE_WORDS:
        return None
    return second.end, second
