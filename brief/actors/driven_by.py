"""The driver a police report names by the vehicle: "a vehicle driven by Keyosha Jackson was southbound
when the driver said she lost control". Crash reports in local papers and police logs name the driver
so, then write "the driver said"; as a description with no name, "the driver" went to no one (a role in
an event more often brings in someone new, ``referring.CALLINGS``). The one the text says drove is the
driver meant.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

DRIVER_WORDS = frozenset({"driver", "motorist"})
"""Heads of a description that stands for the one the text said drove."""
_DRIVEN_BY = re.compile(r"\b(?:driven|operated)\s+by\s+$", re.I)
"""Words right before the driver's name ("a pickup driven by ")."""
DRIVEN_REACH = 14
"""Characters back from a name read for "driven by "."""


def named_driver(text: str, head: str, people: list[Mention]) -> Mention | None:
    """The latest of ``people`` written right after "driven by", for a description headed by a word
    for a driver; None for any other head or when no one is said to have driven."""
    if head not in DRIVER_WORDS:
        return None
    return next((m for m in reversed(people) if _DRIVEN_BY.search(text, max(0, m.start - DRIVEN_REACH), m.start)), None)
