"""The age a text gives a person: set off after a mention ("Quinn (45)", "Quinn, aged 45,") or written ahead of it.

Moved from ``referring`` (session 64) to keep that module under 500 lines; behaviour unchanged.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

_AGE_SET_OFF = re.compile(r"\s*(?:,|\()\s*(?:aged\s+)?(\d{1,3})\s*[,)]")
_AGE_AHEAD = re.compile(r"\b(\d{1,3})-year-old\s+$")
AGE_AHEAD_REACH = 20
"""Characters before a name read for an age written ahead of it ("the 38-year-old ")."""


def stated_age(text: str, name: str, mentions: list[Mention]) -> int | None:
    """The age the text gives the person named ``name`` at one of their mentions (by surname: the
    age is given once, "Ada Quinn, 45,", then "Quinn" is written), set off after it ("Quinn (45)",
    "Quinn, aged 45,") or written ahead of it ("45-year-old Ada Quinn"); None when it gives none."""
    for m in mentions:
        if m.name.split()[-1] != name.split()[-1]:
            continue
        found = _AGE_SET_OFF.match(text, m.end) or _AGE_AHEAD.search(text, max(0, m.start - AGE_AHEAD_REACH), m.start)
        if found is not None:
            return int(found.group(1))
    return None
