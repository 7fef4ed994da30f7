"""The house whose analysts speak: "Barclays economists said", "J.P. Morgan analysts said".

A bank's or a broker's analysts, economists and strategists publish its research: what they say is the
house's view, as "analysts at Corbel Securities said" is the broker's (``body_appositions.staff_at``) and
"Goldman Sachs analysts said" already was. The name right before such a plural is a firm's, though the
tagger read it as a person's ("J.P. Morgan") or missed it at a sentence's opening ("Barclays"); without it
the words went to a group named "Barclays economists", or to a man.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from brief.actors.gazetteer import demonym_country, is_country, phrase_table
from brief.actors.place_context import ROAD_WORDS

STAFF_NOUNS = frozenset({"analysts", "economists", "strategists"})
"""Plurals of the staff whose words are their house's research (scientists or doctors at a body speak for
themselves, as ``describing._STAFF_VOICES`` holds)."""
MAX_NAME_WORDS = 4
"""Most capitalised words read back from the staff's noun ("Bank of America Merrill Lynch" stops at four)."""
_STAFF_AFTER = re.compile(rf"^\s+(?:{'|'.join(sorted(STAFF_NOUNS))})\b")


def staff_after(after: str) -> bool:
    """Whether the text right after a name is its analysts ("J.P. Morgan analysts")."""
    return bool(_STAFF_AFTER.match(after))


def _name_word(word: str) -> bool:
    """A word of a firm's name: capitalised letters, initials ("J.P.") or an ampersand ("S&P")."""
    return word[:1].isupper() and word.replace(".", "").replace("&", "").replace("-", "").isalnum()


def house_name(name: Sequence[str], plain: Callable[[str], bool]) -> bool:
    """Whether words before a staff noun may name their house: not all common words ("Independent
    economists", "Market strategists"), nor a place ("Wall Street analysts", "London economists", "Kenya
    analysts": where they work, not whose)."""
    return bool(name) and not (all(plain(w) for w in name) or tuple(name) in phrase_table()
                               or is_country(" ".join(name)) or bool(demonym_country(name[0]))
                               or name[-1] in ROAD_WORDS)


def staff_houses(words: Sequence[str], covered: set[int], plain: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of untagged names right before a staff noun ("Barclays | economists"), each a ``house_name``."""
    out = []
    for i, word in enumerate(words):
        if word not in STAFF_NOUNS:
            continue
        j = i
        while j > 0 and i - j < MAX_NAME_WORDS and j - 1 not in covered and _name_word(words[j - 1]):
            j -= 1
        if house_name(words[j:i], plain):
            out.append((j, i))
    return out
