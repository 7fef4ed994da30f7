"""A statement relayed by an outlet named after it: "Al Rawi called the reports "fake news," rebel-run Al Sahil TV
reported", "..., the semi-official Tasnim news agency reported".

Why: wire copy credits what a leader said to the outlet that carried it, in a clause after the statement. After a
cue that reads its content to the sentence's end ("called", "described", "warned"), the outlet's clause stayed in
what the leader said ("calls reports ... 'fake news,' rebel-run Al Sahil TV reported"). The outlet's own
attribution, whose content holds the leader's, marks where his words end: at the comma before the outlet.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_REPORTED = re.compile(r"(?:reported|reports|said|says|quoted|quotes)", re.I)
"""The verb an outlet relays with ("Al Sahil TV reported"): not a verb of the outlet's own stance ("denied")."""
_CLOSING = re.compile(r"(?:\s+(?:on|late|early|last)?\s*[A-Za-z]+){0,3}?\s*[.”\"’]*\s*")
"""What may follow the outlet's cue to the content's end: a time ("on Sunday") and the sentence's stop; a clause
going on after it (", the officials said, the utility switched ...") makes the cue an aside inside the statement."""


def without_relay_tails(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions with each content cut before the clause of an outlet that relays it, whose source and
    cue stand inside that content and whose own content holds its speaker."""
    out: list[Attribution] = []
    for a in attributions:
        start, end = a.content
        relay = next((r for r in attributions if r is not a and r.source is not None and a.source is not None
                      and start < r.source[0] and r.cue[1] <= end and r.content[0] <= a.source[0] < r.content[1]
                      and _REPORTED.fullmatch(text, r.cue[0], r.cue[1]) and _CLOSING.fullmatch(text, r.cue[1], end)), None)
        if relay is not None and relay.source is not None:
            outlet = relay.source[0]
            comma = text.rfind(",", start, outlet)
            if comma > start and not text[comma + 1 : outlet].strip(" \n\"”’"):
                out.append(dataclasses.replace(a, content=(start, comma + 2 if text[comma + 1 : comma + 2] in "\"”’" else comma)))
                continue
        out.append(a)
    return out
