"""Signs beside a name that it is a person's, whatever the tagger typed it: an age ("Braun, 38,"), a "he"
or "she" of its own ("Shakira said she"), a death at an age ("Pele dies at 82"). Split from ``personhood`` (which decides with them)."""

from __future__ import annotations

import re

from brief.text.phrases import phrase_spans

# "Braun, 38 – who reps ...", "Swift, 29, said": an age set off after a name is a person's, whatever the
# tagger typed the name (a body has no age); not a score ("Hull City, 2 - 1").
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*(?:,|–|—|--?)\s*(?=[^\d\s])")


# "The 38-year-old Applewhite had been ...": an age written before a name, as news writes it of a person.
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")
AGE_REACH = 20
"""Characters before a name read for its age ("the 38-year-old ")."""


def aged(text: str, name: str) -> bool:
    """An age set off after one writing of the name ("Braun, 38,") or written before it ("the 38-year-old Braun")."""
    return any(_AGE_AFTER.match(text, end) or _AGE_BEFORE.search(text, max(0, start - AGE_REACH), start)
               for start, end in phrase_spans(text, name))


# "Shakira said she would", "Lula says he", "Drake told reporters he": a name that speaks of itself as "he"
# or "she" (a body says "it"); "Pele dies at 82", "X, a former mayor, has died aged 81": only a person dies at an age.
_SELF_AFTER = re.compile(r"\s+(?:said|says|insisted|insists|added|told\s+(?:the\s+)?[a-z]+)\s+(?:that\s+)?(?:he|she)\b")
_DIED_AGED = re.compile(r"(?:,[^,.;:]{1,80},)?\s+(?:has\s+|had\s+)?(?:died|dies|passed\s+away)\s+(?:(?:on\s+)?[A-Z][a-z]+\s+)?"
                        r"(?:at|aged)\s+(?:the\s+age\s+of\s+)?\d{1,3}\b")


def self_or_death(text: str, name: str) -> bool:
    """Whether the name speaks of itself as "he" or "she" or dies at an age right after one writing."""
    return any(_SELF_AFTER.match(text, end) or _DIED_AGED.match(text, end) for _, end in phrase_spans(text, name))
