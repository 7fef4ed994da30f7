"""The gender of a surname two people share, written alone: the pronouns its own sentences give it.

A husband and wife, a brother and sister: "Ada Lindqvist ... Tor Lindqvist". Titles said nothing of the bare
"Lindqvist" (the text writes both "Mr" and "Ms" before it, or neither), so it stayed of unknown gender and a
"he said" three sentences on went to it, and so to whichever of the two grouping gave the bare surname (the
article's subject, often the woman). A writer who uses the bare surname for one of the two goes on with that
one's pronouns in its sentences: "Lindqvist landed when she was", "Lindqvist says she has". When the first
subject pronoun after its bare writings is nearly always of one gender, the bare surname is of that gender.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from brief.text.sentence_stops import STOP_OR_LINE_BREAK

MALE, FEMALE = "m", "f"  # as brief.actors.gender's (which imports this module)

_PRONOUN = re.compile(r"\b(he|she|his|himself|herself)\b", re.IGNORECASE)
"""A pronoun that stands for its clause's subject or its owner: not "him"/"her", often someone else's object
("Lindqvist was out of touch with him")."""
_PRONOUN_GENDER = {"he": MALE, "his": MALE, "himself": MALE, "she": FEMALE, "herself": FEMALE}
_SENTENCE_END = STOP_OR_LINE_BREAK
"""Where the bare surname's sentence ends: its pronouns past that may be anyone's."""
SENTENCE_REACH = 300
"""Characters after the bare surname searched for its sentence's end: a long news sentence."""
MIN_VOTES = 3
"""Sentences that must agree before the bare surname takes a gender: one or two may be another's pronoun."""
MAX_DISSENT = 0.2
"""Share of the other gender's votes still allowed ("Lindqvist told reporters he ..." of a third person)."""


def _first_pronoun(text: str, end: int) -> str:
    """The gender of the first subject or owner pronoun after ``end`` within its sentence, or ""."""
    stop = _SENTENCE_END.search(text, end, min(len(text), end + SENTENCE_REACH))
    found = _PRONOUN.search(text, end, stop.start() if stop else min(len(text), end + SENTENCE_REACH))
    return _PRONOUN_GENDER[found.group(1).lower()] if found else ""


def bare_surname_gender(text: str, ends: Iterable[int]) -> str:
    """MALE/FEMALE when the sentences of a surname's bare writings (each ending at one of ``ends``) nearly
    all go on with that gender's pronoun; "" otherwise."""
    votes = Counter(g for g in (_first_pronoun(text, end) for end in ends) if g)
    for gender, other in ((MALE, FEMALE), (FEMALE, MALE)):
        if votes[gender] >= MIN_VOTES and votes[other] <= MAX_DISSENT * votes[gender]:
            return gender
    return ""
