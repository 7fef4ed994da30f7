"""A statement that ran on over the frame that reports it: "Kremlin spokesman Dmitry Peskov said Moscow hoped the
sides would show restraint, the RIA news agency reported", where Peskov's content read "... restraint, the RIA news
agency reported".

Why: the content tagger stops a statement before the next cue in its sentence, and here the next cue is the one
inside it ("hoped"), so the statement went on to the sentence's end, over the agency's frame. The frame's own content
holds the statement's cue (the agency reports that Peskov said it); a content never holds the cue of a frame that
holds it in turn.
"""

from __future__ import annotations

import dataclasses

from brief.actors.attribution import Attribution

_TRAILING = " ,;—–-"
"""Marks and spaces between a statement's last word and the frame after it."""


def without_outer_frames(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """``attributions`` with each content cut before the source (or the cue) of a frame after it that reports it."""
    out = []
    for a in attributions:
        start, end = a.content
        for b in attributions:
            if b is a or b.sentence != a.sentence or not (start <= b.cue[0] < end) or b.cue[0] < a.cue[1]:
                continue
            if not (b.content[0] <= a.cue[0] < b.content[1]):
                continue  # a cue inside the statement that does not frame it ("Moscow hoped")
            cut = min(b.cue[0], b.source[0]) if b.source is not None else b.cue[0]
            while cut > start and text[cut - 1] in _TRAILING:
                cut -= 1
            if cut > start:
                end = min(end, cut)
        out.append(a if end == a.content[1] else dataclasses.replace(a, content=(start, end)))
    return out
