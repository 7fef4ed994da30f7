"""A surname written one letter off from the surname of a person the article named in full before it: "Peggy Bailey,
a spokeswoman for the family, told ... But the family was relieved, Baily said." is her, misspelt.

Why: the slip made "Baily" a person of their own, with the spokeswoman's second statement, and a "she said" right
after it went past the unknown "Baily" to the last woman named (the victim) rather than to the spokeswoman. A
one-word person's name that no one of the article bears, that differs by one letter (one added, dropped, changed, or
two swapped) from the last word of exactly one person named in full earlier, with the same first letter, is that
surname (the tagger may read the slip, written once, as a body's name: then too). Short names are left alone: one letter turns "Lee" into "Lea", another person's name, too easily.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from brief.actors.mentions import Mention

MIN_SURNAME_LETTERS = 5
"""Letters both surnames need before one letter's difference reads as a slip ("Baily" of "Bailey"); shorter
surnames differ by one letter and are other people ("Lee", "Lea"; "Cole", "Cale")."""


def misspelt_surnames(mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each one-word person's name that is one letter off the surname of exactly one person
    named in full before it (and borne by no one) named by that surname, as its writing stands for them."""
    full = [m for m in mentions if m.kind == "person" and " " in m.name]
    borne = {w for m in full for w in m.name.split()}
    writings = Counter(m.name for m in mentions)
    out: list[Mention] = []
    for m in mentions:
        name = m.name
        if " " not in name and name not in borne and (m.kind == "person" or m.kind == "organization" and writings[name] == 1
                                                      and not m.role and not m.medium):
            bearers = {f.name.split()[-1] for f in full if f.start < m.start and f.article == m.article
                       and _one_letter_off(f.name.split()[-1], name)}
            if len(bearers) == 1:
                out.append(dataclasses.replace(m, name=bearers.pop(), kind="person"))
                continue
        out.append(m)
    return out


def _one_letter_off(surname: str, written: str) -> bool:
    """Whether ``written`` is ``surname`` with one letter added, dropped, changed or two neighbours swapped, the
    first letter the same and both long enough (``MIN_SURNAME_LETTERS``)."""
    if surname == written or len(surname) < MIN_SURNAME_LETTERS or surname[0] != written[0]:
        return False
    if abs(len(surname) - len(written)) > 1:
        return False
    if len(surname) == len(written):
        diffs = [k for k, (a, b) in enumerate(zip(surname, written)) if a != b]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                                   and surname[diffs[0]] == written[diffs[1]] and surname[diffs[1]] == written[diffs[0]])
    longer, shorter = (surname, written) if len(surname) > len(written) else (written, surname)
    return any(longer[:k] + longer[k + 1 :] == shorter for k in range(len(longer)))
