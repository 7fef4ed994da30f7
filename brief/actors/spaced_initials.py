"""A person's name that opens with initials written without stops: "M K Stalin", "T K S Elangovan".

Indian news, and some African and Malaysian, writes a person's initials as bare capital letters. The
tagger takes in one of them or none ("K Stalin" tagged a body, "Elangovan" alone), so the person is
listed under a clipped name, as an organisation, or twice. Two or more bare capitals before a
capitalised word are a person's initials; "A" opens a run only after another initial ("A R Rahman"),
since it is the article everywhere else ("A Delhi court").
"""

from __future__ import annotations

from collections.abc import Sequence

MIN_INITIALS = 2
"""Bare capitals that make a run of initials: one ("J Smith", "A Delhi court", "I Sharma said") is too often a
letter, an article or a pronoun."""


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def initials_before(before: Sequence[str], words: Sequence[str]) -> int:
    """How many bare capitals just before the tagged name ``words`` belong to it: "M" of "M | K Stalin"."""
    count = 0
    while count < len(before) and _initial(before[-1 - count]):
        count += 1
    while count and before[-count] in ("A", "I") and not (count > 1 or words and _initial(words[0])):
        count -= 1  # "A" or "I" first, with no initial after it: the article or the pronoun
    lead = sum(1 for _ in _leading(words))
    return count if count + lead >= MIN_INITIALS else 0


def _leading(words: Sequence[str]) -> Sequence[str]:
    out = []
    for w in words[:-1]:
        if not _initial(w):
            break
        out.append(w)
    return out


def initialled_person(words: Sequence[str]) -> bool:
    """ "M K Stalin", "T K S Elangovan": initials and then a surname, a person whatever the tagger thought."""
    lead = len(_leading(words))
    rest = words[lead:]
    return (lead >= MIN_INITIALS and len(rest) >= 1 and all(w[:1].isupper() and w[1:].islower() and len(w) > 1
                                                             for w in rest))
