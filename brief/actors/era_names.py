"""A name before "regime", "era" or "reign": a person's, whose time in charge the noun names.

"The new X" reads a product or a company's launch ("the new Quorvex Pro"), but "the new Victor Brannan
regime", "the Brannan era" and "the Brannan reign" name a leader's tenure: a manager's, a chairman's or a
ruler's. A name written so is no product, whatever "the new" before it says.
"""

from __future__ import annotations

import re

ERA_NOUNS = ("regime", "era", "reign", "tenure", "administration", "presidency", "premiership", "dynasty")
"""Nouns for a leader's time in charge, which a person's name (not a product's) stands before."""

# the rest of the name may follow first: "Avram" of "the new Avram Grant regime" is the same leader's given name
_ERA_AFTER = re.compile(rf"(?: [A-Z][\w'’-]+){{0,2}}(?:['’]s)? (?:{'|'.join(ERA_NOUNS)})\b")


def era_after(text: str, end: int) -> bool:
    """Whether the name that ends at ``end`` is followed, after at most two more capitalised words of the
    name, by a noun of a leader's time in charge ("X regime", "Avram" of "Avram Grant regime")."""
    return bool(_ERA_AFTER.match(text, end))
