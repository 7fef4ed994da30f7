"""Where a quotation that ends a sentence began: the sentence of the same paragraph that opened it.

Why: a view named after the fact ("“Nobody knocked. Nobody sent a text. We found out three days later.” That is
how Hana Tipene describes it") gives the named person the sentence before; a quotation of several sentences is
theirs from its opening mark, not only its last sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.model import Sentence

_OPENINGS = ('"', "“", "‘", "'")
"""Marks a quotation opens with."""
_CLOSINGS = ('"', "”", "’", "'")
"""Marks a quotation closes with (a full stop or other mark may stand inside them)."""
MAX_RUN = 6
"""Sentences back a quotation is followed to its opening: a paragraph's worth."""


def quoted_run_start(text: str, sentences: Sequence[Sentence], last: int) -> int:
    """The start of the sentence that opened the quotation ``sentences[last]`` closes, within its paragraph;
    that sentence's own start when it opens the quotation itself, or none opens it so near."""
    ending = sentences[last].text.rstrip()
    if not ending.endswith(_CLOSINGS) or sentences[last].text.lstrip().startswith(_OPENINGS):
        return sentences[last].start
    j = last
    while j > 0 and last - j < MAX_RUN and "\n" not in text[sentences[j - 1].end : sentences[j].start]:
        j -= 1
        written = sentences[j].text
        if written.lstrip().startswith(_OPENINGS):
            return sentences[j].start
        if any(mark in written for mark in _OPENINGS + _CLOSINGS if mark != "'"):
            break  # a quotation closed or opened inside it: not one run of quoted sentences
    return sentences[last].start
