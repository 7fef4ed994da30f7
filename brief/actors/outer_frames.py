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
import re

from brief.actors.attribution import Attribution
from brief.actors.cue_verbs import head_verb
from brief.actors.cues import CUE_GROUP, lemma

_TRAILING = " ,;—–-"
"""Marks and spaces between a statement's last word and the frame after it."""
_WHEN_TAIL = re.compile(r"\s*(?:(?:on|last|this|late|early)\s+[A-Za-z]+(?:\s+(?:night|morning|evening))?|yesterday|today|"
                        r"tonight)?\s*[.\"”’']{0,2}\s*")
"""What may follow a closing frame to the content's end: a day ("announced on Monday"), a full stop, a quote mark."""
_DESCRIBED_SOURCE = re.compile(r",(?:\s+(?!(?:but|and|or|while|as|which|who|when|so|yet|though|although|because)\b)"
                               r"[\w'’-]+){0,4}\s*$", re.I)
"""The comma before a frame's source and up to four words describing it ("..., the country's largest teaching |
union announced")."""


def without_outer_frames(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """``attributions`` with each content cut before a frame that closes it and reports it: after a comma, the
    frame's source then its cue ("..., the RIA news agency reported") or "according to" and its source, at the
    content's end (a day may follow: "..., the union announced on Monday"); its own content holds the statement's
    speaker and cue, or is only that day (the model's reading of a frame it found no clause after)."""
    out = []
    for a in attributions:
        start = a.content[0]
        # (only a frame of the same sentence can close it: the others are passed over here, not in a call each,
        # which was a long article's hundred attributions squared)
        cut = None if a.quote else next((c for b in attributions if b.sentence == a.sentence and b is not a
                                         and (c := _closing_comma(text, a, b)) is not None), None)
        if cut is None:
            out.append(a)
            continue
        while cut > start and text[cut - 1] in _TRAILING:
            cut -= 1
        out.append(dataclasses.replace(a, content=(start, cut)) if cut > start else a)
    return out


def _closing_comma(text: str, a: Attribution, b: Attribution) -> int | None:
    """Where ``a``'s content meets ``b``, a frame at its end that reports it whole (the comma before the frame's
    source), or None."""
    start, end = a.content
    if b.source is None or b.sentence != a.sentence or a.quote or not (start < b.cue[0] < end):
        return None
    first = min(b.cue[0], b.source[0])
    if b.source[0] > b.cue[0] and not text.startswith("according", b.cue[0]):
        return None  # "..., said X": a cue before its source closes a quotation, the quote rules' shape
    head = head_verb(text[b.cue[0] : b.cue[1]])
    if head is None or CUE_GROUP.get(lemma(head)) != "speech" and lemma(head) != "accord":
        return None  # "..., but Chaffetz declined": a deed after the statement, no frame of it
    described = _DESCRIBED_SOURCE.search(text, start, first)
    if described is None or not _WHEN_TAIL.fullmatch(text, max(b.cue[1], b.source[1]), end):
        return None  # the frame is not what ends the content, after a comma
    opening = a.source[0] if a.source is not None else a.cue[0]
    covers = b.content[0] <= opening and b.content[1] >= a.cue[1]
    return described.start() if covers or b.content[0] >= b.cue[1] else None
