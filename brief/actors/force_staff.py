"""The staff of a force named by their calling, not their body: "Deputies said the victim died at the scene",
"Troopers said the driver was speeding", "Detectives believe ...". US local news writes a sheriff's office's
or a police department's words so after naming the body once; the source holds no name, so the words went
under no actor. They are the latest force named of the kind that employs such staff (deputies a sheriff's,
troopers a state patrol's), within a few paragraphs.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention

FORCE_STAFF: dict[str, re.Pattern[str]] = {
    "deputies": re.compile(r"\bSheriff"),
    "troopers": re.compile(r"\b(?:Patrol|State Police|Troopers)\b"),
    "officers": re.compile(r"\b(?:Police|Sheriff|Patrol|Constabulary|PD)\b"),
    "detectives": re.compile(r"\b(?:Police|Sheriff|Constabulary|PD)\b"),
    "investigators": re.compile(r"\b(?:Police|Sheriff|Patrol|Constabulary|PD|Fire Marshal)\b"),
    "firefighters": re.compile(r"\bFire\b"),
}
"""Each calling and the words of the names of the bodies that employ it."""
_STAFF = re.compile(rf"(?:[Tt]he\s+)?({'|'.join(FORCE_STAFF)}|{'|'.join(w.capitalize() for w in FORCE_STAFF)})")
STAFF_REACH = 3000
"""Characters back within which the force was named (a few paragraphs, as a document's noun reaches)."""


def force_of_staff(text: str, attribution: Attribution, index: MentionIndex) -> Mention | None:
    """The force whose staff the source names by calling (see the module's docstring); None for any other
    source, or where no such force was named within ``STAFF_REACH``."""
    if attribution.source is None:
        return None
    start, end = attribution.source
    found = _STAFF.fullmatch(text[start:end].strip())
    if found is None:
        return None
    employs = FORCE_STAFF[found.group(1).lower()]
    forces = [m for m in index.before(start) if m.kind == "organization" and m.start >= start - STAFF_REACH
              and employs.search(m.name)]
    return forces[-1] if forces else None
