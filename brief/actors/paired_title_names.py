"""Two titled people joined by "and" before a name: "A bench of Justice Meera Sethi and Justice Anil Kapur
observed": the second judge's role is "Justice", not "Justice Meera Sethi and Justice".

Why: the role reader joins capitalised words across "and" when an "of" stands near ("Health and Human Services
Secretary", "Minister of Energy and Infrastructure"), so "bench of Justice Meera Sethi and Justice" read as one
office. A title, then a capitalised name of its own, then "and" and the next title is two people, each with their
title: the role starts after the "and".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from brief.actors import kinds
from brief.actors.gazetteer import TITLES

if TYPE_CHECKING:
    from brief.actors.mentions import Token

_TITLES = TITLES | kinds.TITLE_WORDS
MAX_NAME_WORDS = 3
"""Words of the first person's name between their title and the "and" ("Justice Meera Sethi", "Judge Ana de Souza")."""


def after_titled_person(words: Sequence[Token]) -> int:
    """The index in ``words`` (a role before a name) where the last person's own title begins: after "Title Name
    and" when such a titled person opens it, else 0 (see the module's docstring)."""
    for k in range(len(words) - 2, 1, -1):
        if words[k].text != "and" or words[k + 1].text.lower().rstrip(".") not in _TITLES:
            continue
        n = k
        while n > 0 and k - n < MAX_NAME_WORDS and words[n - 1].text[:1].isupper() and (
                words[n - 1].text.lower().rstrip(".") not in _TITLES):
            n -= 1
        if n < k and n > 0 and words[n - 1].text.lower().rstrip(".") in _TITLES:
            return k + 1
    return 0
