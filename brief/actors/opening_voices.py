"""Whose voice an unnamed official is, when the words they frame open with a body: "Meanwhile, the Election
Commission of India has directed district officials to ensure free polling, an official said".

Why: a bare "an official" or "a spokesperson" names no body, and was read as the voice of a body that
spoke before (or none, or the latest named: a place inside the words). A frame closing its sentence
reports a body's own deed, and the official is one of that body's, as "the company said" after "Quillbase
has raised ..." is Quillbase (``body_reference.opening_body``).
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.body_reference import is_body
from brief.actors.furniture_words import dateline_end
from brief.actors.mentions import Mention

_UNNAMED_VOICE = re.compile(r"(?:(?:an?|one)\s+)?(?:senior\s+)?(?:officials?|spokes(?:person|man|woman)|representative)")
"""An indefinite voice of no body ("an official", "officials", "a spokesperson", "a senior official"): not "the
official" again (the one who spoke), nor "a ministry official" (its body named)."""
_OPENING = re.compile(r"[\s\"“‘']*(?:(?:Meanwhile|However|Separately|Earlier|Also|Additionally|Moreover),\s+)?(?:the\s+)?",
                      re.I)
"""What may stand before the words' subject: quotation marks, a connective ("Meanwhile,"), "the"."""
_UNDERGOES = re.compile(r"\s+(?:(?:has|have|had)\s+been\b|(?:was|were|is|are)\s+[a-z]+(?:ed|en)\b)")
"""A passive after the body ("Apple has been fined by ..."): a deed done to the body, by someone whose official
may speak."""


def opening_body_voice(text: str, words: list[str], attribution: Attribution, before: list[Mention]) -> Mention | None:
    """The body the words open with as their subject, when an unnamed official (``_UNNAMED_VOICE``) frames
    them at the sentence's close; None otherwise."""
    if attribution.source is None or not _UNNAMED_VOICE.fullmatch(" ".join(words)):
        return None
    start, end = attribution.content
    if end > attribution.source[0]:
        return None  # the frame opens the sentence: "An official said the Commission ..."
    start = dateline_end(text, start, end)
    opening = next((m for m in before if start <= m.start < end), None)
    if (opening is None or not is_body(opening) or not _OPENING.fullmatch(text, start, opening.start)
            or _UNDERGOES.match(text, opening.end) or text.startswith(("'", "’"), opening.end)):
        return None
    return opening
