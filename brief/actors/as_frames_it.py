"""What was said after a fronted "As X explained it to me," frame: the main clause, not the frame's "it".

"As Varga explained it to me, Dock Ledger is designed to ...": "it" stands for the clause that follows the
comma; the model read the words after the cue ("it to me, Dock Ledger is ...") as the content, and a later cut
left "it to me". The content starts after the frame's comma.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_FRONTED_AS = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?As\s", re.I)
"""The "As" that opens the sentence's frame ("As X explained it", "But as X put it")."""
_IT_OBJECT = re.compile(r"it(?:\s+to\s+(?:me|us|him|her|them|reporters|[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,3}))?\s*,\s*")
"""The frame's "it" with whom it was told to, and the comma that closes the frame."""


def past_frame_it(text: str, out: list[Attribution], sentence_spans: list[tuple[int, int]]) -> list[Attribution]:
    """Each attribution with a fronted "As X <cue> it[ to me]," content moved past the frame's comma."""
    fixed = []
    for a in out:
        framed = (not a.quote and 0 <= a.sentence < len(sentence_spans) and a.content[0] >= a.cue[1]
                  and _FRONTED_AS.match(text, sentence_spans[a.sentence][0], a.cue[0]) is not None)
        it = _IT_OBJECT.match(text, a.content[0], a.content[1]) if framed else None
        if it is not None and it.end() < a.content[1]:
            a = dataclasses.replace(a, content=(it.end(), a.content[1]))
        elif framed and _IT_OBJECT.fullmatch(text + ",", a.content[0], a.content[1] + 1) and text[a.content[1]: a.content[1] + 1] == ",":
            end = sentence_spans[a.sentence][1]  # the model stopped at the frame's comma: the clause runs to the end
            while end > a.content[1] and (text[end - 1].isspace() or text[end - 1] in ".!?"):
                end -= 1
            start = a.content[1] + 1
            while start < end and text[start].isspace():
                start += 1
            a = dataclasses.replace(a, content=(start, end)) if start < end else a
        fixed.append(a)
    return fixed
