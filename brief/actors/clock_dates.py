"""A weekday's short form in a date and a time zone after a time of day are no actors: "Thu 17 Jan 08", "2am (AEST)".

Why: comment threads and wire pages stamp each post or departure with a short date or a time and its zone
("Posted by X on 1:19pm Thu 17 Jan 08", "leaves at 8.35am (AEST) on Tuesday"); the tagger, which read full
weekday names as dates, took the short forms and the zones for bodies' names, and listed them among the page's
actors. A short weekday counts as a date only with a day's number or a month after it ("the Sun", a paper, has
none), and a zone only right after a time of day (an institute written "IST" is no time).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

WEEKDAY_SHORT_FORMS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
"""Short forms of the weekdays (the full names are dropped as dates where mentions are read)."""
_DATE_AFTER = re.compile(r"\.?,?[^\S\n]+(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
                         r"Dec)[a-z]*\b)")
"""A day's number or a month after a short weekday: "Thu 17 Jan 08", "Sat, Feb 2"."""
TIME_ZONES = frozenset("EST EDT CST CDT MST MDT PST PDT ET CT PT GMT BST UTC CET CEST IST JST KST HKT SGT AEST AEDT ACST "
                       "ACDT AWST NZST NZDT WET WEST EET EEST MSK".split())
"""Time zones written after a time of day."""
_TIME_BEFORE = re.compile(r"\d(?:[^\S\n]*(?:[ap]\.?m\.?|[AP]\.?M\.?|hrs|h))?[^\S\n]*\(?\Z")
"""A time of day right before a zone, the zone maybe in brackets: "2am (AEST)", "23.10 (AEST)", "5 p.m. EST"."""
TIME_REACH = 12
"""Characters before a zone read for its time of day."""


def _clock_or_date(text: str, m: Mention) -> bool:
    if m.name.lower() in WEEKDAY_SHORT_FORMS:
        return _DATE_AFTER.match(text, m.end) is not None
    if m.name in TIME_ZONES:
        return _TIME_BEFORE.search(text, max(0, m.start - TIME_REACH), m.start) is not None
    return False


def clock_dates_dropped(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions without short weekdays written in a date and time zones written after a time of day."""
    return [m for m in mentions if not _clock_or_date(text, m)]
