"""Links set after a company's ticker: "Microsoft (MSFT.O: Quote, Profile, Research)".

Why: wire pages print a ticker's links in the sentence, and the tagger read a capitalised link word as a body
("Profile"), which ranked among a story's actors. Capitalised words after a ticker and its colon, all set off by
commas up to the closing bracket, are the links' labels: no actors. A listing's exchange and ticker ("(NASDAQ:
MRDH)") are brief.actors.listings'.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

_TICKER_LINKS = re.compile(r"\([A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?:\s*(?P<links>[A-Z][a-z]+(?:,\s*[A-Z][a-z]+){1,5})\)")
"""A ticker ("MSFT.O"), a colon, then two or more capitalised words set off by commas, up to the bracket."""


def ticker_links_dropped(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without those inside a ticker's links (see the docstring)."""
    spans = [found.span("links") for found in _TICKER_LINKS.finditer(text)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(start <= m.start and m.end <= end for start, end in spans)]
