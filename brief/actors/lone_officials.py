"""One official described, not named: "a senior Afghan economic official, who asked to remain anonymous",
"according to one EU diplomat". The country or union before the noun says whom they serve, not who speaks:
one unnamed official's view is no state's position, where "Afghan officials said" or "the Afghan government
said" are (``source_words.STATE_VOICES``).

Why: the gold of real pages (bench/positions_web_gold.json) judged "Afghanistan says ..." for such a source
a place listed where a person spoke. A spokesperson is the body's appointed voice and still speaks for it
("a Foreign Ministry spokesperson said"), so only the nouns of ``LONE_VOICES`` are read so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

LONE_VOICES = frozenset({"official", "diplomat", "aide", "insider", "source"})
"""Nouns of one person in a state's service who speaks for themselves when unnamed (not "spokesperson")."""
_ONE = frozenset({"a", "an", "one", "another"})
_ONE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+$")
_UNIONS = frozenset({"European Union", "EU", "NATO", "United Nations", "UN"})
"""Unions of states whose officials are described as a state's are ("an EU diplomat", "a NATO official")."""


def lone_official(text: str, start: int, words: Sequence[str], noun: str, first_part: Sequence[Mention]) -> bool:
    """Whether the source at ``start`` is one official described by the state or union they serve, with no
    name: "a senior Afghan economic official", "one EU diplomat" (the article may stand just before the
    source's words: "says a | senior Afghan official")."""
    one = bool(words) and words[0] in _ONE or _ONE_BEFORE.search(text, max(0, start - 10), start) is not None
    return (one and noun in LONE_VOICES and bool(first_part)
            and all(m.kind == "place" or m.demonym or m.name in _UNIONS for m in first_part))
