"""A military rank written out between an office and the holder's name: "Navy spokesman Rear Admiral Tom Bell",
"Army spokeswoman Colonel Ruth Adler". The office is the role, as with a rank's abbreviation ("AFP spokesperson
Col. Ana Reyes"); the rank is how the holder is addressed, not what they speak as.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from brief.text.lexicon import PERSON_TITLES, TITLE_WORDS

if TYPE_CHECKING:
    from brief.actors.mentions import Token

RANK_HEADS = frozenset("admiral general colonel major captain lieutenant commander brigadier sergeant commodore "
                       "marshal".split())
"""The last word of a rank written out."""
RANK_OPENERS = frozenset("rear vice lieutenant major brigadier air field wing group staff master flight lance "
                         "first second".split())
"""Words that open a rank of two words ("Rear Admiral", "Lieutenant Colonel", "Air Marshal", "Staff Sergeant")."""


def hyphenated_rank(word: str) -> bool:
    """ "Major-Gen", "Lt-Col", "Brig-Gen", "Attorney-General", "Rear-Admiral": a rank or office written as one
    hyphenated word, every part a title's word (the last a title itself), which the tagger takes into the name
    after it (South African and British news: "Hawks head Major-Gen Gopaul Govender")."""
    parts = word.lower().rstrip(".").split("-")
    titles = TITLE_WORDS | PERSON_TITLES
    return (len(parts) >= 2 and word[:1].isupper() and parts[-1] in titles
            and all(p in titles or p in RANK_OPENERS for p in parts[:-1]))


def written_rank(words: Sequence[Token], office_end: Callable[[str], bool]) -> int:
    """How many of the last ``words`` are a rank written out after an office whose last word ``office_end``
    accepts ("spokesman"): 0 when none is, or when no office stands before the rank ("Army Major")."""
    abbreviated = abbreviated_rank(words, office_end)
    if abbreviated:
        return abbreviated  # "the army's spokesperson Lt. Col. Dan Ezra": the office, not "spokesperson Lt."
    if len(words) >= 2 and hyphenated_rank(words[-1].text) and words[-2].text.islower() and office_end(words[-2].text.lower()):
        return 1  # "Hawks head Major-Gen Gopaul Govender": the office
    if len(words) < 2 or words[-1].text.lower() not in RANK_HEADS:
        return 0
    size = 2 if len(words) >= 3 and words[-2].text.lower() in RANK_OPENERS and words[-2].text[:1].isupper() else 1
    before = words[-1 - size].text
    return size if words[-1].text[:1].isupper() and (before.islower() and office_end(before.lower())) else 0


CLIPPED_RANKS = {"con": frozenset("det detective".split()), "garda": frozenset("det detective".split())}
"""Last words of a police rank that alone are no title, and the words that open it: a British rank clipped with
no full stop ("Det Con Sarah Whyte", the detective constable; alone "Con" is the Conservatives' "Con MP"), and
the Irish force's lowest rank after "Detective" ("Detective Garda Ronan Tierney"; alone "Garda" opens the
force's own name, "Garda Síochána", and "Garda Tierney" reads as the force's member only by its context)."""


def clipped_rank(words: Sequence[Token]) -> bool:
    """Whether ``words`` end in a clipped police rank ("Det Con"): a title although its last word is none."""
    return (len(words) >= 2 and words[-1].text[:1].isupper()
            and words[-2].text.lower().rstrip(".") in CLIPPED_RANKS.get(words[-1].text.lower().rstrip("."), ()))


ABBREVIATED_RANKS = frozenset("lt col gen maj brig capt adm cmdr sgt".split())
"""A rank's abbreviations, two of which make one rank ("Lt. Col.", "Maj. Gen.", "Brig. Gen.")."""
MAX_ABBREVIATED = 2


def abbreviated_rank(words: Sequence[Token], office_end: Callable[[str], bool]) -> int:
    """How many of the last ``words`` (one or two) are a rank's abbreviations after an office whose last word
    ``office_end`` accepts ("spokesperson Lt. Col." of "the army's spokesperson Lt. Col. Dan Ezra", or "spokesperson
    Lt." where the name's own "Col." was cut already); 0 when none are."""
    size = 0
    while size < MAX_ABBREVIATED and size < len(words) - 1 and words[-1 - size].text.lower().rstrip(".") in ABBREVIATED_RANKS:
        size += 1
    before = words[-1 - size].text if size else ""
    return size if before.islower() and office_end(before.lower()) else 0
