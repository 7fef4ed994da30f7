"""A quotation left open at its paragraph's end whose frame stands in a later paragraph: “The bridge will not be
rebuilt this year. It will not be rebuilt next year. (new paragraph) “We ask for patience,” Hale concluded.

Why: a quotation that runs over paragraphs leaves its mark open at each paragraph's end and opens the next with a
new mark (the convention of English print), and the writer may name its speaker only in the frame of its last
paragraph. A quoted paragraph with no cue of its own was given to the speaker before it (``continued_quotes``),
though the frame after it names who goes on speaking: the paragraphs are that frame's speaker's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention
from brief.actors.whole_quotes import QUOTED_PARAGRAPHS, paragraph_end

_OPENS = re.compile(r"\s*(?P<mark>[“\"])")
"""A paragraph's opening quote mark (after the blank lines and spaces before it)."""


def later_frame(text: str, start: int, resolved: Sequence[tuple[Attribution, Mention]]) -> Mention | None:
    """The speaker framed in the paragraphs that go on with the quotation opening at ``start``, where it is left
    open at its paragraph's end: the first quotation with a cue in those paragraphs (each opening with the same
    mark, the run left open at each end but the last); None when there is none or another cue stands there."""
    opened = _OPENS.match(text, start)
    if opened is None:
        return None
    mark = opened.group("mark")
    end = paragraph_end(text, start)
    for _ in range(QUOTED_PARAGRAPHS):
        if not _left_open(text[opened.start("mark") : end], mark):
            return None
        opened = _OPENS.match(text, end)
        if opened is None or opened.group("mark") != mark:
            return None
        start, end = opened.start("mark"), paragraph_end(text, opened.end())
        framed = [(a, m) for a, m in resolved if start <= a.cue[0] < end]
        if framed:
            attribution, mention = min(framed, key=lambda r: r[0].cue[0])
            return mention if attribution.quote else None
    return None


def _left_open(paragraph: str, mark: str) -> bool:
    """Whether the quotation that opens the paragraph with ``mark`` is still open at its end."""
    if mark == "“":
        return paragraph.count("“") > paragraph.count("”")
    return paragraph.count('"') % 2 == 1
