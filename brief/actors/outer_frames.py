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
TAIL_CHARS = 2
"""Characters a content may run past its closing frame (a full stop, a closing quote)."""


def without_outer_frames(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """``attributions`` with each content cut before a frame that closes it and reports it: after a comma, the
    frame's source then its cue ("..., the RIA news agency reported") or "according to" and its source, at the
    content's end, its own content holding the statement's speaker and cue."""
    out = []
    for a in attributions:
        start, end = a.content
        frame = next((b for b in attributions if b is not a and _closes(text, a, b)), None)
        if frame is None or frame.source is None:
            out.append(a)
            continue
        cut = min(frame.cue[0], frame.source[0])
        while cut > start and text[cut - 1] in _TRAILING:
            cut -= 1
        out.append(dataclasses.replace(a, content=(start, cut)) if cut > start else a)
    return out


def _closes(text: str, a: Attribution, b: Attribution) -> bool:
    """Whether ``b`` is a frame at the end of ``a``'s content that reports ``a`` whole."""
    start, end = a.content
    if b.source is None or b.sentence != a.sentence or a.quote or not (start < b.cue[0] < end):
        return False
    first = min(b.cue[0], b.source[0])
    if b.source[0] > b.cue[0] and not text.startswith("according", b.cue[0]):
        return False  # "..., said X": a cue before its source closes a quotation, the quote rules' shape
    if max(b.cue[1], b.source[1]) < end - TAIL_CHARS or text[start:first].rstrip()[-1:] != ",":
        return False  # the frame is not what ends the content, after a comma
    opening = a.source[0] if a.source is not None else a.cue[0]
    return b.content[0] <= opening and b.content[1] >= a.cue[1]
