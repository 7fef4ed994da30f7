"""A common noun the tagger ran into a name: "A Downing Street source said", "an Apple spokesperson".

The tagger learned names followed by capitalised words and sometimes takes the noun after a name into
it ("Downing Street source"), which then stood as a body of its own beside "Downing Street". A name
ends with a capitalised word or a particle ("Bill de Blasio" is written inside the name); a lower-case
dictionary noun at its end is the noun the name modifies.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.mentions import Mention, normalise
from brief.actors.phrasing import is_noun

_TAIL = re.compile(r"\s+([a-z][a-z-]*)$")


def tails_cut(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each ending at its last capitalised word when a lower-case noun follows it inside the
    tagger's span ("Downing Street source" -> "Downing Street")."""
    out = []
    for m in mentions:
        surface = text[m.start : m.end]
        tail = _TAIL.search(surface)
        if tail is None or not is_noun(tail.group(1)) or not surface[: tail.start()].strip()[:1].isupper():
            out.append(m)
            continue
        end = m.start + tail.start()
        out.append(dataclasses.replace(m, end=end, surface=text[m.start : end], name=normalise(text[m.start : end])))
    return out
