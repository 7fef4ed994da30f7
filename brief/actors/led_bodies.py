"""A name the tagger missed that the text shows to be a body's by who leads it: "Unite, led by general
secretary Sharon Graham, said": a union, though its one word ("Unite") is a verb too.

Why: one capitalised word before a cue is taken for a name only when the text knows it (a surname, a
club); a body whose name is a common word is then lost. An apposition saying the name is led, headed or
chaired by someone is said of bodies (a party, a union, a firm, a team), never of a person; so is a relative
clause opened by "which" (a person takes "who").
"""

from __future__ import annotations

import re

from brief.actors.body_signs import which_after

_LED_AFTER = re.compile(r"\s*[,(–—-]\s*(?:which\s+is\s+|now\s+)?(?:led|headed|chaired|run|fronted)\s+by\b")
"""The apposition after the name: ", led by", " (headed by", " – chaired by"."""


def led_body(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is set off by an apposition saying who leads it, or by a "which" clause
    before its own verb ("Silver Arrow, which promoted the tour, said"): a body's name."""
    return _LED_AFTER.match(text, end) is not None or which_after(text, end)
