"""A field word and a trade noun written before a company's name: "Water company Anglian Water says",
"Energy supplier X", "Rail operator Y". The field word is no actor of its own.

Why: the tagger may read the capitalised field word at a sentence's start as a name by itself (a person "Water"),
and the company's statement went to it while the company, named right after, was left without one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.gender import given_names
from brief.actors.mentions import Mention
from brief.actors.phrasing import is_noun
from brief.actors.source_words import TRADE_NOUNS

OPENING_TRADES = TRADE_NOUNS | frozenset(
    "company firm supplier operator provider utility group business network producer distributor".split())
"""Lower-case nouns of a trade that a field word may stand before, ahead of the company's name ("Water
company", "Rail operator", "Energy supplier")."""
_TRADE_GAP = re.compile(rf"\s+(?:{'|'.join(sorted(OPENING_TRADES))})\s+")
"""Between the field word and the company's name: the trade noun alone."""


def trade_openers_dropped(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions without a person's or a place's one common word (a dictionary noun, no given name, no role)
    that stands before a trade noun and an organisation's name right after it."""
    bodies = {m.start for m in mentions if m.kind == "organization"}
    dropped = set()
    for m in mentions:
        word = m.surface
        if (m.kind in ("person", "place") and not m.role and not m.demonym and word.isalpha() and word[:1].isupper()
                and is_noun(word.lower()) and word not in given_names()):
            gap = _TRADE_GAP.match(text, m.end)
            if gap is not None and gap.end() in bodies:
                dropped.add((m.start, m.end))
    return [m for m in mentions if (m.start, m.end) not in dropped] if dropped else list(mentions)
