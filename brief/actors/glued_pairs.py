"""Two bodies' initials glued by a hyphen ("the DGA-AMPTP deal"): no actor of its own.

Why: a deal or a talk between two bodies is written with their initials joined ("the DGA-AMPTP deal", "the
AMPTP-DGA pact"), and the tagger reads the pair as one body's name, listed beside the two bodies (and again
when the order is swapped). Where the text also writes each part alone ("the DGA", "the AMPTP"), the pair is
the two of them, neither a third: its mentions are dropped. Only initials: a hyphened company name of words
("Mercedes-Benz", "Rolls-Royce") is one body, though each word may stand alone elsewhere.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

MIN_INITIALS = 2
"""Fewest capitals of each part: "DGA", "WGA", "EU"; not one letter ("T-Mobile", "X-Prize")."""
_PAIR = re.compile(rf"([A-Z]{{{MIN_INITIALS},}})-([A-Z]{{{MIN_INITIALS},}})")


def _alone(text: str, part: str) -> bool:
    """ "the DGA and AMPTP": the initials written as a word of their own, not inside another hyphened pair."""
    return re.search(rf"(?<![\w-]){re.escape(part)}(?![\w-])", text) is not None


def glued_pairs_dropped(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, less those of two bodies' initials joined by a hyphen, each part written alone elsewhere."""
    pairs: dict[str, bool] = {}
    for m in mentions:
        if m.kind != "person" and m.name not in pairs:
            match = _PAIR.fullmatch(m.name)
            pairs[m.name] = bool(match) and all(_alone(text, part) for part in match.groups()) if match else False
    return [m for m in mentions if not pairs.get(m.name)]
