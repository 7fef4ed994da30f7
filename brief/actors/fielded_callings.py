"""Callings whose head word names a person's job only after the field it is in ("Music producer X", "Fashion
designer X", "Pop star X", "Property developer X"), the band's singer and the rich named by their wealth, who need no
field ("Frontman X", "Billionaire X", "shipping magnate X"), and an office written in lower
case with its field after "of" ("her chief of staff X", "director of communications X", "professor of law X"),
which ``roles`` read only with a capitalised field ("Head of the IAEA").

Why a module of its own: ``roles`` reads a job noun right before a name as the person's role, and roles.py is at
its size limit. "star", "producer" and "designer" are kept apart from ``callings.CALLINGS`` on purpose: alone they
are as often a thing or a firm ("the star of the show", "oil producer Rosneft"), and the callings there also decide a
name's kind; here they only end a role, so a name's kind is never decided by them.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.actors.phrasing import is_noun
from brief.text.language import stop_words

FIELDED_HEADS = frozenset("star producer designer entrepreneur investor developer".split())
"""Heads that are a job only with the field they are in before them: a capitalised word ("Hollywood star", "Soap
star") or a noun ("music producer", "fashion designer", "tech entrepreneur", "property developer"), never alone or
after a verb ("said star X"); alone, "developer" and "investor" are as often a firm ("activist investor Elliott")."""
SOLO_HEADS = frozenset("frontman frontwoman frontperson magnate tycoon mogul billionaire".split())
"""Callings before a name that need no field: a band's lead singer ("Frontman Jory Haddock") and the rich whom
business news names by their wealth ("Billionaire Dana Whit", "shipping magnate Lars Halvorsen", "Tycoon X"),
which no firm is called."""


def _field(word: str) -> bool:
    """A word that may name the field of a fielded head: capitalised ("Pop", "SOAP", "Liverpool") or a noun
    ("reality", "music"), not a function word ("the star", "a designer")."""
    lower = word.lower()
    return word.isalpha() and lower not in stop_words("en") and (word[:1].isupper() or is_noun(lower))


def fielded_head(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]`` ends a calling: a solo head, or a fielded head with its field right before it."""
    lower = words[k].lower()
    return lower in SOLO_HEADS or lower in FIELDED_HEADS and k >= 1 and _field(words[k - 1])


def fielded_calling(words: Sequence[str]) -> bool:
    """Whether a run of words before a name ends in such a calling ("Music producer", "Pop star", "Frontman")."""
    return bool(words) and fielded_head(words, len(words) - 1)


OFFICE_HEADS = frozenset("chief head director secretary minister commissioner professor dean editor".split())
"""Offices news writes in lower case with their field after "of" ("chief of staff", "head of research");
a looser head ("member of staff", "mother of two") is no office."""


def office_of_field(words: Sequence[str]) -> bool:
    """Whether a run of words before a name ends in such an office ("chief of staff", "head of policy")."""
    return (len(words) >= 3 and words[-2] == "of" and words[-3].lower() in OFFICE_HEADS
            and words[-1].isalpha() and words[-1].islower() and words[-1] not in stop_words("en") and is_noun(words[-1]))
