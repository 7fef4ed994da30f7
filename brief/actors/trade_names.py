"""Which body a trade noun ("the airline", "the studio") means, by what the text says of each body's trade.

Why: "Alaska Airlines grounded its Boeing jets ... Boeing said ... The airline said" went to the body named last
(the planemaker); and "Hollow Pine, the studio behind ... the actors' union ... a spokesperson for the studio" to
the union. A body whose name carries the trade, or that the text set off as one of it, is the one meant.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

TRADE_SET_OFF = 40
"""Characters after a body's name within which a description set off by a comma names its trade."""


def traded_as(text: str, m: Mention, noun: str) -> bool:
    """ "Alaska Airlines", "Hollow Pine, the studio behind ...": a body whose name ends in the trade's plural, or
    that the text set off as one of the trade, for the trade noun ``noun``."""
    last = m.name.lower().split()[-1]
    if last in (noun + "s", noun + "es"):
        return True
    set_off = re.compile(rf",\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b", re.I)
    return set_off.match(text, m.end, m.end + TRADE_SET_OFF) is not None
