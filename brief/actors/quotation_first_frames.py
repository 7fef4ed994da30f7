"""A quotation that opens its paragraph, then its writer and the verb, then more of the frame: '“Firms should get
ready now,” analysts at Halvard Partners wrote last week in a note — citing surveys that show ...'.

Why: the frame's verb is followed by where and when the words were written and a participle of its own, so the
content rule read on past the verb and took the participle's clause ("that show ...") for what was written, and
the quotation that the frame closes went to no one. A frame that stands right after a quotation closing with a
comma, with nothing but its source between the two, closes that quotation: the quotation is what was written.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution

_CLOSED = re.compile(r"[,?!][”\"]\s+$")
"""A quotation closed by a comma (or "?", "!") and its mark, then the space before the source."""
QUOTE_MIN_WORDS = 4
"""Fewest words of a quotation read so: a quoted word or two is a title or a term, not what was written."""
SOURCE_MAX_WORDS = 8
"""Most words of the source between the quotation and the verb ("analysts at the Halvard Partners group")."""


def quotation_first_frames(text: str, found: Sequence[Attribution]) -> list[Attribution]:
    """``found`` with each attribution framed right after a paragraph-opening quotation given that quotation
    (see the module's docstring)."""
    out = list(found)
    for k, a in enumerate(found):
        if a.source is None or a.quote or a.content[0] < a.cue[1] or text[a.source[1] : a.cue[0]].strip():
            continue
        if len(text[a.source[0] : a.source[1]].split()) > SOURCE_MAX_WORDS:
            continue
        quoted = _opening_quotation(text, a.source[0])
        if quoted is not None:
            out[k] = dataclasses.replace(a, content=quoted, quote=True)
    return out


def _opening_quotation(text: str, source_start: int) -> tuple[int, int] | None:
    """The quotation (marks included) that opens its paragraph and closes right before ``source_start``."""
    closing = _CLOSED.search(text, max(0, source_start - 6), source_start)
    if closing is None:
        return None
    end = closing.start() + 2
    paragraph = text.rfind("\n", 0, end) + 1
    opening = paragraph + len(text[paragraph:end]) - len(text[paragraph:end].lstrip())
    if text[opening : opening + 1] not in ("“", '"') or len(text[opening:end].split()) < QUOTE_MIN_WORDS:
        return None
    if text.count(text[opening], opening + 1, end - 1) or "”" in text[opening + 1 : end - 1]:
        return None  # a second quotation between: "“A,” she said. “B,” X wrote" is not one quotation
    return opening, end
