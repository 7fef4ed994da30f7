"""A film or a show named by what its makers did to it, or by what only a film does: no actor.

Film and television pages name works bare, after the verbs of those who made them ("Nolan, who
directed Oppenheimer", "the studio that produced Barbie") and as the subject of what only a film does
("Oppenheimer topped the box office"); the tagger types such a title a person or an organisation. A
judge or an officer "directed Smith to pay" or "directed police that": there the name is followed by
what it was told, and is a person.
"""

from __future__ import annotations

import re

_MADE_BEFORE = re.compile(r"\b(?:(?:co-?)?direct(?:ed|s)|(?:co-?)?produc(?:ed|es)|(?:co-?)?(?:wrote|writes)\s+and\s+"
                          r"direct(?:ed|s))\s+(?:the\s+)?$", re.I)
"""A maker's verb right before the title: "who directed Oppenheimer", "produced the Irishman"."""

_TOLD_AFTER = re.compile(r"^(?:['’]s?\b|,?\s+(?:to|that|into|toward|towards|at|from|on|in)\b)")
"""What follows a person who is directed or produced: "directed Smith to pay", "produced Lee's album",
"directed officers at the scene"."""

_BOX_OFFICE_AFTER = re.compile(r"^\s+(?:(?:has|had)\s+)?(?:topped|tops|led|leads|dominated|dominates|ruled|rules)\s+"
                               r"the\s+(?:(?:weekend|global|worldwide|US|UK|domestic|international)\s+)?box[\s-]office\b",
                               re.I)
"""What only a film does: "Oppenheimer topped the box office" (a singer tops the charts, not the box office)."""


_CHART_DEBUT_AFTER = re.compile(r"^\s+(?:(?:has|had)\s+)?(?:debuted|debuts|bowed|bows|entered|enters)\s+(?:at\s+(?:No\.?|number)\s*"
                                r"\d+|atop\s+the|at\s+the\s+top\s+of\s+the)\b", re.I)
"""Where only a record or a book enters a chart: "Cowboy Carter has debuted at No. 1 on the Billboard 200" (its
singer "tops the charts", is "No. 1"; the album enters them at a place)."""


def made_work(before: str, after: str) -> bool:
    """ "who directed Oppenheimer", "Barbie topped the box office", "X debuted at No. 1": a work, not an actor."""
    return bool(_MADE_BEFORE.search(before) and not _TOLD_AFTER.match(after) or _BOX_OFFICE_AFTER.match(after)
                or _CHART_DEBUT_AFTER.match(after))
