"""A paragraph cut into lines at its bold names, put back together.

Older templates write a story's paragraphs as bare text between ``<br>``s, with the people in bold
("the team is hopeful that <b>Vesa Toskala</b> will be in net …"). trafilatura gives such a loose
inline element a line of its own, so the paragraph came out as "… hopeful that ⏎ Vesa Toskala ⏎ will
be in net …": its pieces read as headings and furniture, the name as a line alone, and the sentence
after it as a fragment ("will be in net against the Anaheim Ducks."), which the briefing chose.

The break shows in the spacing trafilatura keeps from the source: the text before the element ends on
a space with no sentence's end before it ("hopeful that "), or the text after it starts with a space
and a lower-case word (" will be") or with the sentence's punctuation (", who was …", ". “If …"). A
paragraph's own end is trimmed; a table's row ends on its bar, a label on its colon.
"""

from __future__ import annotations

import re

INLINE_MAX_CHARS = 60
"""The longest text of a loose inline element read as one (a name, a title): longer is a paragraph."""
_CONTINUATION = r"(?= [a-z]|[,;]\s|\.\s|['’]s\b)"
"""How the text after the element goes on with its sentence: a space and a lower-case word, or the
sentence's comma, semicolon or full stop, or a possessive ("… Vesa Toskala ⏎ will be", "⏎ , who was")."""
# The element inside the paragraph: the text before it ends on a space, with no sentence's end, bar,
# colon or closing quotation before that space, and the text after it goes on with the sentence.
_INSIDE = re.compile(rf"(?<=[^\s.!?|:\"”’'…]) \n([^\n]{{1,{INLINE_MAX_CHARS}}})\n{_CONTINUATION}")
# The element opening the paragraph: a name in capitals, with no sentence's end, and the sentence after it.
_OPENING = re.compile(rf"(?<=\n)([A-Z][^\n.!?:|]{{0,{INLINE_MAX_CHARS}}}[^\s.!?:|])\n{_CONTINUATION}")


def join_inline_breaks(text: str) -> str:
    """The extracted ``text`` with the line breaks trafilatura put around loose inline elements taken out."""
    if "\n" not in text:
        return text
    text = _INSIDE.sub(r" \1", text)
    return _OPENING.sub(r"\1", text)
