"""A public body described, not named ("the national disaster agency said", "the state weather service
said"): it is not a company the story named before it.

Why: news on a disaster or an outbreak names a firm ("mining company Orvix Minerals") and then quotes a
public body only by what it is ("The national disaster agency said 43 people were rescued"); a firm's name
ends with no word for a body, so it fits any description, and the agency's figures landed on the firm.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention
from brief.actors.source_words import TRADE_NOUNS

_PUBLIC_DESCRIPTION = re.compile(
    r"(?:the|a|an|this)\s+(?:country's\s+|nation's\s+|state's\s+)?"
    r"(?:national|state|federal|government|provincial|regional|municipal|public|official)"
    r"(?:[\s-]+[a-z]+){0,2}?\s+(?:agency|service|authority|bureau|administration)\b",
    re.I,
)
"""A description whose first word after the determiner makes its body a public one."""
COMPANY_REACH = 30
"""Characters before a name read for the trade that brought it in ("mining company Orvix Minerals")."""
_COMPANY_BEFORE = re.compile(rf"\b(?:company|firm|corporation|{'|'.join(sorted(TRADE_NOUNS))})\s+$", re.I)


def public_bodies(text: str, before: list[Mention], start: int | None) -> list[Mention]:
    """The mentions a description at ``start`` may refer back to: for a public body described ("the
    national disaster agency"), none the text brought in as a company ("mining company Orvix Minerals")."""
    if start is None or not _PUBLIC_DESCRIPTION.match(text, start):
        return before
    return [m for m in before if not _introduced_as_company(text, m)]


def _introduced_as_company(text: str, m: Mention) -> bool:
    """ "mining company Orvix Minerals", "the firm Halden": a name its trade's noun comes right before."""
    return bool(_COMPANY_BEFORE.search(text, max(0, m.start - COMPANY_REACH), m.start))
