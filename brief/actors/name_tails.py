"""Someone speaking for a body, run into its name by the tagger: "A Downing Street source said", "an
Apple spokesperson".

The tagger sometimes takes the noun after a name into it ("Downing Street source"), which then stood as
a body of its own beside "Downing Street". Only the nouns of those who speak for a body are cut: the
body's own nouns make a name of their own ("the Biden administration", "the Labour government").
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.mentions import Mention, normalise
from brief.actors.source_words import BODY_VOICES

_TAIL = re.compile(rf"\s+({BODY_VOICES}|representatives|insider|insiders|aide|aides)$")
"""Who speaks for the body named before them: "a Downing Street source", "a Pentagon official"."""


def tails_cut(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each ending at its last capitalised word when a speaker's noun follows it inside the
    tagger's span ("Downing Street source" -> "Downing Street")."""
    out = []
    for m in mentions:
        surface = text[m.start : m.end]
        tail = _TAIL.search(surface)
        if tail is None or not surface[: tail.start()].strip()[:1].isupper():
            out.append(m)
            continue
        end = m.start + tail.start()
        out.append(dataclasses.replace(m, end=end, surface=text[m.start : end], name=normalise(text[m.start : end])))
    return out
