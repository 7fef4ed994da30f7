"""A name set before the office of whoever leads it and that one's name: a body, not a person.

"Shiv Sena (UBT) leader Aaditya Thackeray", "Zenvia chief Marta Ruiz", "Harlow Group founder Tom Reyes":
the words before a leader's office and name are the body led (a party, a firm, a club), whatever shape
the tagger read in them ("Shiv" is a given name). A person has aides, a spokesperson and a press
secretary ("Trump spokesperson Karoline Leavitt"), never a leader, a chairman or a chief, so those
offices alone count. The body's initials in brackets may stand between ("(UBT)").
"""

from __future__ import annotations

import re

_LEADING_OFFICES = ("leader|chief|chairman|chairwoman|chairperson|president|founder|co-founder|boss|"
                    "chief executive|CEO|general secretary|MP|MLA|MLC|TD|MEP|MSP")
_CAPITAL = "[A-ZÀ-ÖØ-ÞĀ-Ž]"
"""A name's capital, accented too ("Áine", "Émile", "Łukasz", "Šárka"): Irish, French and Slavic names open so."""
_OFFICER_AFTER = re.compile(
    rf"(?:\s+\([A-Z][\w&-]*\))?\s+(?:{_LEADING_OFFICES})\s+(?!of\b){_CAPITAL}[\w'’-]+\s+{_CAPITAL}[\w'’-]+")
"""Office and a name of two words after the body: " (UBT) leader Aaditya Thackeray", " leader Áine Ní Bhriain",
" TD Seán Breen" (a member of Ireland's Dáil, as an MP is of a parliament: a party's, never a person's)."""


def officer_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by the office of its leader and that one's name."""
    return bool(_OFFICER_AFTER.match(text, end))
