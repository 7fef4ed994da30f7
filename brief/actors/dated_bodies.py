"""A movement named after the date it was founded or rose up on: "the June 12 Movement", "the March 23
Movement", "the April 6 Youth Movement".

Why: the tagger reads the month as a date and opens the body's name at the day's number or after it
("12 Movement", "Youth Movement"), so the actor was a cut name. Where the date opens a name that ends with
a body's head word ("Movement", "Front", "Alliance"), the month and the day are part of that name; not a date
written as when ("on March 3 the Farmers Alliance said"), which a preposition opens.
"""

from __future__ import annotations

import re

from brief.actors.gazetteer import MONTHS_DAYS

BODY_HEADS = frozenset("movement front alliance coalition brigade brigades party".split())
"""Head words of a political or armed body's name that a founding date may open ("the 6 April Youth Movement")."""
_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")
_WHEN_BEFORE = frozenset("on since until till by from before after in during of".split())
"""Words before a date that make it when something happened, not a name's opening."""
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def with_dated_bodies(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans, each body's name that a month and a day open widened over them."""
    out: list[tuple[int, int, str]] = []
    for a, b, label in spans:
        if label in ("ORG", "MISC") and words[b - 1].lower() in BODY_HEADS:
            k = a if _DAY.fullmatch(words[a]) and b - a >= 2 else a - 1 if a > 0 and _DAY.fullmatch(words[a - 1]) else -1
            month = k - 1
            if (k > 0 and words[month][:1].isupper() and words[month].lower() in MONTHS_DAYS - _WEEKDAYS
                    and (month == 0 or words[month - 1].lower() not in _WHEN_BEFORE)
                    and not (out and out[-1][1] > month)):
                out.append((month, b, "ORG"))
                continue
        out.append((a, b, label))
    return out
