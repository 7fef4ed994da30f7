"""An office by its initials is the one person whose role the page spelled out: "Chief Medical Officer Dr Ada
Quill warned ... The CMO told the minister ...".

Why: ``grouping`` joins an office's initials to a person named beside it, in its first sentence or the next;
a page that named the holder with the whole title paragraphs before writes only the initials after, and
the office stayed an actor of its own, apart from its holder, with the "He also warned" that follows it.
The initials must spell the role's words (small linking words left out) of exactly one person of the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from brief.actors.kinds import ABBREVIATED_TITLES
from brief.actors.mentions import Mention

_BRACKET = re.compile(r"\([^()]*\)")
"""A bracket in a role, its initials or an aside ("Chief Medical Officer (CMO) Dr"): no word of the title."""

_LINKING = frozenset("of for the and to".split())
"""Small words a title's initials leave out ("Director of Public Prosecutions" is the DPP)."""


def _initials(role: str) -> str:
    """The initials of a role's words, linking words, brackets and courtesy titles left out ("Chief Medical
    Officer (CMO) Dr": "CMO")."""
    words = _BRACKET.sub(" ", role).replace("-", " ").split()
    return "".join(w[0] for w in words if w.lower() not in _LINKING and w.lower().rstrip(".") not in ABBREVIATED_TITLES
                   and w[0].isalpha()).upper()


def spelled_holder(office: Mention, people: Iterable[Sequence[Mention]]) -> int | None:
    """The index in ``people`` (each a person's mentions) of the one person of ``office``'s article whose role
    the office's initials spell; None when no one or more than one person fits."""
    fits = [i for i, mentions in enumerate(people)
            if any(m.article == office.article and m.role and _initials(m.role) == office.name for m in mentions)]
    return fits[0] if len(fits) == 1 else None
