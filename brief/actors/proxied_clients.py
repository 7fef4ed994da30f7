"""Whose words a proxy's are when it speaks for a list: "The lawyer for Quint and Tallis said ...".

Why: a proxy that speaks for one person or body gives that one the words ("A spokesman for Oster said":
Oster's stance, see ``brief.actors.proxies``); a proxy for two or more speaks for each of them alike, so
each holds the words, not only the name the tagger kept (the last). ``joint_speakers`` asks this of a
subject list whose opening ends in "for" or "of".
"""

from __future__ import annotations

import re

_PROXY_FOR = re.compile(r"\b(?:lawyers?|attorneys?|solicitors?|barristers?|counsel|agents?|publicists?|"
                        r"spokesperson|spokesman|spokeswoman|spokespeople|representatives?)\s+(?:for|of)$", re.I)
"""The proxy's noun right before the list ("lawyer for", "spokeswoman for"): the list is whom it speaks for.
Not "a friend of" or "the mother of": one who only knows the list speaks for themself."""


def speaks_for_list(opening: str) -> bool:
    """Whether the words before a list of names end in a proxy's noun and its "for"/"of" (see above)."""
    return _PROXY_FOR.search(opening.strip()) is not None
