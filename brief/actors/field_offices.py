"""A body's local office named by its place in a source: "The FBI's Louisville field office said", "the FBI field
office in Louisville said", where the source resolved to the city (tagged a body) and the FBI was lost.

Why: the resolver takes the last name in the source, and here that is where the office sits; an office, a branch or
a bureau of a body speaks for the body that owns it, as "the Red Cross's Kenya branch" does.
"""

from __future__ import annotations

import re

from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention

_UNITS = r"(?:field\s+office|regional\s+office|office|bureau|branch|division|chapter|station)"
_OFFICE_AFTER = re.compile(rf"\s+{_UNITS}\s*$")
"""After the place to the source's end: the unit it names ("Louisville | field office")."""
_OFFICE_BEFORE = re.compile(rf"(?:['’]s)?\s+{_UNITS}\s+(?:in|at)\s+$")
"""Between the body and the place: the unit and where it is ("FBI | field office in | Louisville")."""
_OWNER_BEFORE = re.compile(r"['’]s\s+$")
"""Between the body and the place: the body's possessive ("FBI's | Louisville field office")."""


def office_owner(text: str, index: MentionIndex, found: Mention, phrase: tuple[int, int]) -> Mention | None:
    """The body whose local office the source names by its place ``found``, or None."""
    owners = [m for m in index.within((phrase[0], found.start)) if m.kind == "organization" and m.end <= found.start]
    if not owners:
        return None
    owner = owners[-1]
    between = text[owner.end : found.start]
    if _OWNER_BEFORE.fullmatch(between) and _OFFICE_AFTER.match(text[found.end : phrase[1]]):
        return owner
    return owner if _OFFICE_BEFORE.fullmatch(between) else None
