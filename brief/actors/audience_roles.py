"""The paper a person spoke to, set off before their name, read as their role: "Speaking to the Leader, Cllr Diane
Marsh said" gave her the role "Leader".

Why: a form of address alone before a name ("Cllr") sends the role reader to the words set off before it, as in
"its president, Dr Amy Clarke,"; a local paper named like an office ("the Leader", "the Chief", "the Herald") after
"to the" or "with the" is whom she spoke to, never her office.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brief.actors.mentions import Token

_TO = frozenset({"to", "with"})
MAX_NAME_WORDS = 4
"""Capitalised words of the paper's name between "the" and the comma ("the Hartlepool Mail")."""


def audience_before(sent: Sequence[Token], k: int) -> bool:
    """Whether a comma right before ``k`` closes "to the <Name>" or "with the <Name>": whom one spoke to."""
    if k < 1 or sent[k - 1].text != ",":
        return False
    j = k - 1
    while j > 0 and k - 1 - j < MAX_NAME_WORDS and sent[j - 1].text[:1].isupper():
        j -= 1
    return j >= 2 and j < k - 1 and sent[j - 1].text.lower() == "the" and sent[j - 2].text.lower() in _TO
