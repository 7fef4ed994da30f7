"""Links set after a company's ticker: "Microsoft (MSFT.O: Quote, Profile, Research)".

Why: wire pages print a ticker's links in the sentence, and the tagger read a capitalised link word as a body
("Profile"), which ranked among a story's actors. Capitalised words after a ticker and its colon, all set off by
commas up to the closing bracket, are the links' labels: no actors. A listing's exchange and ticker ("(NASDAQ:
MRDH)") are brief.actors.listings'. The name right before the ticker is a listed company's, whatever the tagger
or the gazetteer made of it ("Opera (OPERA.OL: Quote, Profile, Research)" is no place).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.mentions import Mention

_TICKER_LINKS = re.compile(r"\([A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?:\s*(?P<links>[A-Z][a-z]+(?:,\s*[A-Z][a-z]+){1,5})\)")
"""A ticker ("MSFT.O"), a colon, then two or more capitalised words set off by commas, up to the bracket."""


def ticker_links_dropped(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without those inside a ticker's links (see the docstring)."""
    found = list(_TICKER_LINKS.finditer(text))
    if not found:
        return mentions
    spans = [f.span("links") for f in found]
    opened = {f.start() for f in found}
    return [dataclasses.replace(m, kind="organization") if m.kind == "place" and _ticker_after(text, m.end, opened) else m
            for m in mentions if not any(start <= m.start and m.end <= end for start, end in spans)]


def _ticker_after(text: str, end: int, opened: set[int]) -> bool:
    """Whether a ticker's bracket opens right after a name ending at ``end`` (a space between)."""
    return end + 1 in opened and text[end] == " " or end in opened
