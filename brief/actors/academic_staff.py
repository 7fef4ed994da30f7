"""Researchers or scientists at a university speak for themselves, not for it: "researchers at the University of
Leeds suggest ...", "scientists from Kessel College found ...".

Why: the body whose team or lab did a piece of work, or whose researchers a company employs, is read as its author
("a paper from a team at UMass Amherst found", "researchers at OpenAI revealed"), but a university does not publish
its academics' findings as its own: what researchers at one suggest, found or wrote is theirs (the university's
own voice is its spokesperson's or its statement's).
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

_ACADEMICS_AT = re.compile(r"\b(?:researchers|scientists|academics|scholars)\s+(?:at|from|of)\s+(?:the\s+)?$", re.I)
"""Academics and "at", "from" or "of" right before the body's name."""
_UNIVERSITY = re.compile(r"\b(?:University|College|Universit[àäé]\w*)\b|\bUniv\.")
"""A name that says the body is a university or college."""
REACH = 40
"""Characters before the name read for the academics."""


def academics_of_university(text: str, m: Mention) -> bool:
    """Whether the mention is a university or college named after "researchers at" (or the like)."""
    return bool(_UNIVERSITY.search(m.name) or _UNIVERSITY.search(m.surface)) and _ACADEMICS_AT.search(text, max(0, m.start - REACH), m.start) is not None
