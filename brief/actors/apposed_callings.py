"""A description set beside a name ("The forklift operator at the Karsby depot, Dara Quill, said") is that
one's, so it names no body of its own: "The operator said she ..." later is no organisation "Forklift Operator".

Why: a lower-case body word read back to an earlier description ("the transportation department" then "the
department said") made an organisation of it; "operator", "contractor" or "supplier" is a person's calling as
often, and when a name stands beside the description, the description is of whoever bears it.
"""

from __future__ import annotations

import re

_NAMED_BESIDE = re.compile(r"(?:\s+(?:at|of|for|in|on|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?,\s+"
                           r"[A-Z][\w'’-]+\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]+\s*[,(]")
"""A name of two capitalised words or more set off right after a description (and where the one described
works): "The crane operator at Dunvale harbour, Ewan Price, said"."""


def named_beside(text: str, end: int) -> bool:
    """Whether the description that ends at ``end`` has a name set beside it (see ``_NAMED_BESIDE``)."""
    return _NAMED_BESIDE.match(text, end) is not None
