"""Names listed as examples of a trade: "retailers including Walmart and Target", "banks such as HSBC, Barclays
and Lloyds", "carmakers like Toyota" are companies, whatever the tagger made of them.

Why: the tagger reads a one-word name on its own, and one that follows "including" read as a place ("Walmart" in
"Retailers including Walmart and Target said they had pulled the products"), so the companies' statement went to a
place. The trade written in the plural before the list says what every name in it is.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.actors.personhood import known_place
from brief.actors.source_words import TRADE_NOUNS
from brief.text.ending import search_ending

_PLURAL_TRADES = frozenset(n + "s" for n in TRADE_NOUNS) | frozenset(
    "companies firms businesses corporations banks brands chains stores groups giants".split())
_INTRODUCED = re.compile(rf"\b(?:{'|'.join(sorted(_PLURAL_TRADES))})\s+(?:including|such\s+as|like|among\s+them)\s+$",
                         re.I)
"""A trade in the plural and the word that brings in its examples, right before the list's first name."""
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
"""Between two names of the list (", ", " and ", ", and ")."""
INTRO_REACH = 40
"""Characters read before a list's first name for ``_INTRODUCED`` (the trade, the word, spaces)."""
INTRO_RUNS = 3
"""The most runs of non-space characters a match of ``_INTRODUCED`` spans ("banks such as "; every trade is one word):
only that end of the text before a name is searched (``search_ending``: the same matches; this runs for every name)."""


def trade_listed(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with each place or person named in a list of a trade's examples made an organisation (not a
    place the gazetteer knows, nor a person the text gives a role)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    retyped: dict[tuple[int, int], Mention] = {}
    listed = False
    previous: Mention | None = None
    for m in ordered:
        if previous is not None and listed and _LIST_GAP.fullmatch(text, previous.end, m.start):
            pass  # the list goes on
        else:
            listed = search_ending(_INTRODUCED, text, INTRO_RUNS, max(0, m.start - INTRO_REACH), m.start) is not None
        if listed and m.kind in ("place", "person") and not m.demonym and not m.role and not known_place(m.name):
            retyped[(m.start, m.end)] = dataclasses.replace(m, kind="organization")
        previous = m
    return [retyped.get((m.start, m.end), m) for m in mentions] if retyped else list(mentions)
