"""A statement relayed by an outlet named after it: "Al Rawi called the reports "fake news," rebel-run Al Sahil TV
reported", "..., the semi-official Tasnim news agency reported".

Why: wire copy credits what a leader said to the outlet that carried it, in a clause after the statement. After a
cue that reads its content to the sentence's end ("called", "described", "warned"), the outlet's clause stayed in
what the leader said ("calls reports ... 'fake news,' rebel-run Al Sahil TV reported"). The outlet's own
attribution, whose content holds the leader's, marks where his words end: at the comma before the outlet.
"""

from __future__ import annotations

import dataclasses

from brief.actors.attribution import Attribution


def without_relay_tails(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions with each content cut before the clause of an outlet that relays it, whose source and
    cue stand inside that content and whose own content holds its speaker."""
    out: list[Attribution] = []
    for a in attributions:
        start, end = a.content
        relay = next((r for r in attributions if r is not a and r.source is not None and a.source is not None
                      and start < r.source[0] and r.cue[1] <= end and r.content[0] <= a.source[0] < r.content[1]), None)
        if relay is not None and relay.source is not None:
            outlet = relay.source[0]
            comma = text.rfind(",", start, outlet)
            if comma > start and not text[comma + 1 : outlet].strip(" \n\"”’"):
                out.append(dataclasses.replace(a, content=(start, comma + 2 if text[comma + 1 : comma + 2] in "\"”’" else comma)))
                continue
        out.append(a)
    return out
