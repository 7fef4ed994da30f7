"""Which of several people of one surname a titled short mention means ("General Varga said", "President X").

Two brothers, a minister and a general, named in full early on: a later "General Varga said" went to whichever
the surname rules chose (the first named, or one named later as if opening a sentence), so the general's words
and his title became the minister's. A title written before a bare surname is the writer telling the namesakes
apart: it names the one of them whose own full naming carried that title, when exactly one did.
"""

from __future__ import annotations

import re
from typing import TypeVar

from brief.actors.mentions import Mention
from brief.actors.roles import HONORIFICS

T = TypeVar("T")


def _title_words(role: str) -> frozenset[str]:
    """A role's words, lower-cased, without forms of address ("Mr", "Sir"), which any man may be given."""
    return frozenset(w for w in re.split(r"[\s-]+", role.lower().replace(".", "")) if w and w not in HONORIFICS)


def title_holder(m: Mention, named: list[tuple[T, list[Mention]]]) -> T | None:
    """The bearer ``m`` (a bare surname with a title, "Defence Secretary Rajapakse") means: the only one whose
    full-name mentions before it (``named``: each bearer with those) carry a role holding every word of its title
    ("Minister Varga" after "Interior Minister Laszlo Varga"); None when it has no title, or none or several of
    the namesakes were given it."""
    words = _title_words(m.role) if m.role else frozenset()
    if not words:
        return None
    holders = [b for b, xs in named if any(x.role and words <= _title_words(x.role) for x in xs)]
    return holders[0] if len(holders) == 1 else None
