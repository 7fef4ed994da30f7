"""A quotation's frame whose content ran on to the mark that opens the speaker's next quotation.

'"A," X said Saturday. "B. C.' — with a word after the cue ("Saturday", "on Tuesday"), the content
of the frame was read as the quotation A, the frame's tail and the opening mark of B. Ending on
that mark, it took the first token of B, so the reader of a quotation that goes on after its frame
(``speakers.continued_quotes``) found B's sentence taken and B was no one's; a quotation carried on
over paragraphs ('"D."') was then read without the paragraph before it. The content is the
quotation A, to its closing mark.
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc


def before_next_quotation(doc: Doc, ca: int, cb: int, cue: tuple[int, int]) -> int:
    """The content's end: the close of the quotation it opens with, before the cue, when the content
    opens with a quotation, ends on an opening mark, and holds no other quoted words between; else ``cb``."""
    if cb - ca < 3 or not doc.qopen[ca] or not doc.qopen[cb - 1]:
        return cb
    close = next((k for k in range(ca + 1, cb - 1) if doc.qclose[k]), None)
    if close is None or close >= cue[0] or any(doc.qopen[close + 1 : cb - 1]):
        return cb  # the quotation goes on past the cue, or another is quoted in the frame's tail
    return close + 1
