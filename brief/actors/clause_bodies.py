"""Bodies named where no "the company" goes back to them: inside a relative clause that describes another
("Caesars Entertainment, which owns the Colosseum at Caesars Palace, said ... A company spokesperson
declined": Caesars speaks, not the venue it owns), and events whose own name says so ("the American
Music Awards ... The company says": an awards night is no company).

Why a module of its own: ``body_reference`` is near full, and both tests read only the text around a name.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

_RELATIVE_OPEN = re.compile(r",\s+(?:which|that|whose)\b[^,.;:!?\n“”\"()—–]*$")
"""A relative clause opened after a comma and still open at the name ("X, which owns the Colosseum"): no stop,
comma, colon, quote, bracket or dash between its pronoun and the name."""
CLAUSE_REACH = 120
"""Characters before a name read for the relative clause it may stand in (a clause of some twenty words)."""
EVENT_ENDINGS = frozenset("awards award prize prizes festival summit expo olympics championship championships "
                          "cup tournament marathon".split())
"""Last words of an event's name ("American Music Awards", "World Cup"): an event says nothing, so it is never
the body a later "the company" or "the group" refers back to. Not the words that end a body's name as often
("Paintbucket Games", "World Economic Forum", "Vanity Fair", "Big Ten Conference", "Southern Baptist
Convention"), and never when the noun is the event's own ("the festival said")."""


def named_in_clause(text: str, m: Mention) -> bool:
    """Whether a name stands inside a relative clause set off after another word ("X, which owns M, said"):
    the clause describes what it follows, the body in it is no subject the story goes on with."""
    return _RELATIVE_OPEN.search(text, max(0, m.start - CLAUSE_REACH), m.start) is not None


def names_event(m: Mention, noun: str) -> bool:
    """Whether a name ends as an event's does ("the American Music Awards", "the World Cup") and the noun that
    refers back is no event's ("the company", not "the festival")."""
    words = m.name.split()
    return len(words) > 1 and words[-1].lower() in EVENT_ENDINGS and words[-1].lower() != noun
