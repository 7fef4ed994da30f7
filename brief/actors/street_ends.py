"""A street written with "St" at its end that the tagger typed a person: "busked on Peel St", "the famed Peel St".

Why a module of its own: the road words that make a name a street (``place_context.ROAD_WORDS``) leave out
"St", which opens a saint's name as often ("St Paul's", "St. Louis"), so a rule reading road words anywhere
would cut those. At a name's end, after a word of its own, "St" is only ever a street's: no personal name
ends with it.
"""

from __future__ import annotations

import dataclasses

from brief.actors.mentions import Mention

STREET_ENDS = frozenset({"St", "St."})
"""A street's abbreviation that is a saint's too, read as a street's only at a name's end."""


def street_ends(mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each "person" of two words or more that ends in "St" retyped a place."""
    return [dataclasses.replace(m, kind="place", role="") if m.kind == "person" and not m.demonym
            and len(m.name.split()) > 1 and m.surface.split()[-1] in STREET_ENDS else m for m in mentions]
