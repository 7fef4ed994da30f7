"""An office typed a body and named right before its holder ("the Commissioner for Information and Orientation,
Mr Tunde Fashola-Bello,", "the Commissioner of Police, CP Yusuf Abdullahi,"): the holder's title, no actor.

Why a module of its own: Nigerian, Ghanaian and Kenyan papers name an official by office, comma, courtesy and
name; the tagger reads the office as an organisation, and a later "the statement read" or "the Commissioner said"
went to that body, apart from the person who holds it. The person's role already reads the office.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

_OFFICE = re.compile(r"(?:Commissioner|Minister|Secretary|Director|Chairman|Chairperson|Chairwoman|Governor|"
                     r"Speaker|Comptroller|Controller|Administrator|Registrar|Inspector|Permanent Secretary)"
                     r"(?:[- ]General)?\s+(?:of|for)\s+\S")
"""An office's head and "of" or "for" opening the body's name ("Commissioner for Information")."""
_HOLDER_AFTER = re.compile(r",\s+(?:[A-Z][A-Za-z]{0,5}\.?\s+){0,2}")
"""The comma after the office and up to two courtesies or ranks before the holder's name ("Mr", "CP", "Dr.")."""
HOLDER_REACH = 20
"""Characters from the office's end to its holder's name: a comma, a space and two short courtesies."""


def apposed_offices(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without an office typed a body whose holder, a person, is named right after it."""
    starts = sorted(m.start for m in mentions if m.kind == "person")
    out = []
    for m in mentions:
        if m.kind == "organization" and _OFFICE.match(text, m.start) and any(
                m.end < start <= m.end + HOLDER_REACH and _HOLDER_AFTER.fullmatch(text, m.end, start) for start in starts):
            continue  # "the Commissioner of Police, CP Yusuf Abdullahi": his office
        out.append(m)
    return out
