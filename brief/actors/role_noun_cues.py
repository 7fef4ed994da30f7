"""A role noun the cue tagger read into the cue: "The former Socceroos defender | was hoping to earn a new deal".

Why: a noun of a calling made from a verb ("defender", "promoter") scores as a cue word, so the tagger began the cue on
it and left the source "The former Socceroos", which then read as the team. The noun ends the subject (a person so
described, whom ``epithets`` and the role readers know); the cue is the verb after it. Only where the noun follows
the source with nothing between and the cue goes on past it, so "the coaches advocate" keeps a cue of its own.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.roles import is_role_word
from brief.actors.sport_callings import PLAYING_CALLINGS

_NOUN_THEN_VERB = re.compile(r"([a-z][\w-]*)\s+(?=[a-z])")
"""The cue's first word in lower case, then the rest of the cue."""


def without_role_nouns(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions, with each cue that opens on a role noun right after its source (see the module) begun
    after the noun, and the noun given to the source."""
    out = []
    for a in attributions:
        noun = _NOUN_THEN_VERB.match(text, *a.cue)
        if (noun is not None and a.source is not None and a.source[1] < a.cue[0]
                and not text[a.source[1] : a.cue[0]].strip() and noun.end() < a.cue[1]
                and (is_role_word(noun.group(1)) or noun.group(1) in PLAYING_CALLINGS)):
            a = dataclasses.replace(a, cue=(noun.end(), a.cue[1]), source=(a.source[0], noun.end(1)))
        out.append(a)
    return out
