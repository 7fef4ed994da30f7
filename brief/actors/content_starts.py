"""Where reported content starts when the cue model took the frame's words after the cue with it.

- When and where it was said, then a colon and a quotation: "Dunmore said last night: 'British people have
  made it clear ...'", "Bell said on Tuesday: “We will not ...”", "said in a statement: ...". The model ran
  the content from the words after the cue, so the position read "last night: ..." and was no quotation;
  what was said is the quotation after the colon.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.content_ends import finite_word

_FRAME_THEN_QUOTE = re.compile(r"(?P<frame>[^“”\"\n:;]{0,60}?)\s*:\s*(?P<mark>[“\"])")
"""Words with no quotation mark, a colon, and an opening mark right after it."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
MAX_FRAME_WORDS = 8
"""Words of when and where before the colon ("at a press conference in Abuja on Monday" is 8); a longer
stretch is a clause of its own (set by hand)."""


def quotation_after_when(text: str, attribution: Attribution) -> Attribution:
    """The content from the opening mark, as a quotation, when the model's content after the cue opens with a
    short stretch of no verb (when, where, to whom: "last night", "on Tuesday", "in a statement") closed
    by a colon before a quotation. Unchanged otherwise."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    found = _FRAME_THEN_QUOTE.match(text, start, end)
    if found is None:
        return attribution
    words = _WORD.findall(found.group("frame"))
    if len(words) > MAX_FRAME_WORDS or any(finite_word(w) for w in words):
        return attribution  # "said the plan failed: ..." has a clause before the colon
    mark = found.start("mark")
    closing = "”" if text[mark] == "“" else '"'
    whole = text.find(closing, mark + 1, end) in (end - 1, end - 2)  # the quotation closes the content
    return dataclasses.replace(attribution, content=(mark, end), quote=whole)
