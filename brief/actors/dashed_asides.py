"""A cue that closes an aside set off in dashes: "Revenue has grown quickly — it will reach 100
million dollars by 2030, according to Deloitte — and sponsors are lining up".

Why: the content ran from the sentence's start, so the source was given the clause before the aside
as well ("Revenue has grown quickly"), which the writer states in their own voice; the cue's frame
closes with the dash that closes the aside, so what the source says is the aside alone.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

ASIDE_DASH = re.compile(r"\s[—–]\s|\s-{1,2}\s|[—–]")
"""A dash of an aside: an em or en dash, or a hyphen (or two) with a space on each side."""
_CLOSING = re.compile(r"\s*(?:[—–]|-{1,2}\s)")
"""The dash right after the cue's frame that closes the aside."""


def aside_content(text: str, attribution: Attribution) -> Attribution:
    """The content cut to the aside it lies in when the frame after it ends at a closing dash and an
    odd number of dashes stand in the content (the last one opened the aside); else unchanged."""
    start, end = attribution.content
    if attribution.quote or attribution.source is None or end > attribution.cue[0]:
        return attribution
    frame_end = max(attribution.cue[1], attribution.source[1])
    run_on = attribution.source[0] >= attribution.cue[1] and ASIDE_DASH.search(text, *attribution.source) is not None
    if _CLOSING.match(text, frame_end) is None and not run_on:  # (the tagger may run the source on past the dash)
        return attribution  # no dash closes the frame: "..., according to X." ends its sentence
    dashes = list(ASIDE_DASH.finditer(text, start, end))
    if len(dashes) % 2 == 0:
        return attribution
    opened = dashes[-1].end()
    while opened < end and text[opened].isspace():
        opened += 1
    return dataclasses.replace(attribution, content=(opened, end)) if opened < end else attribution
