"""Which body a trade noun ("the airline", "the studio") means, by what the text says of each body's trade.

Why: "Hollow Pine, the studio behind ... the actors' union ... a spokesperson for the studio" went to the union,
the body named last. A body the text set off as one of the trade is the one meant. Not (measured, session 41) a body
whose name carries the trade ("Alaska Airlines ... Boeing said ... The airline said"): a story about one airline
names others in passing, and its "the airline" is still the one the story follows.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

TRADE_SET_OFF = 40
"""Characters after a body's name within which a description set off by a comma names its trade."""


def traded_as(text: str, m: Mention, noun: str) -> bool:
    """ "Hollow Pine, the studio behind ...": a body the text set off as one of the trade ``noun``."""
    set_off = re.compile(rf",\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b", re.I)
    return set_off.match(text, m.end, m.end + TRADE_SET_OFF) is not None
