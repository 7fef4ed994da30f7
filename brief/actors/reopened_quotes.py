"""A quotation the speaker opens again after their frame and carries on to the paragraph's end.

News writes a long quotation as '"A," X said. "B. C.' and, when it goes on, opens the next
paragraph with a quote mark and closes only at the last ('"D."'). The frame's content stops at the
second opening mark, so the sentences B and C belonged to no one (the next paragraph was read as
the speaker going on, and the paragraph between was lost). The second quotation, opened right
after the frame's sentence ends and never closed in its paragraph, with no cue of its own, is the
same speaker's: the content runs to the paragraph's end, where the reader of quotations left open
(``framing.quote_goes_on``) carries it on.
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc

_SENTENCE_ENDS = frozenset(".!?")


def reopened_quote_end(doc: Doc, cb: int, mask: list[bool]) -> int:
    """The end of the content that ends at token ``cb``: its paragraph's end when a quotation opens
    there (on the content's last token, or the token after it) right after a sentence's end, and
    stays open to the paragraph's end with no cue inside; else ``cb``."""
    n = len(doc.words)
    if cb <= 1:
        return cb
    if doc.qopen[cb - 1]:
        mark = cb - 1
    elif cb < n and doc.qopen[cb] and doc.para[cb] == doc.para[cb - 1]:
        mark = cb
    else:
        return cb
    if doc.raw[mark - 1] not in _SENTENCE_ENDS:
        return cb  # 'said he "would not" go': a phrase quoted inside a sentence
    end = doc.para_bounds[doc.para[mark]][1]
    if end - mark < 2 or any(doc.qclose[mark + 1 : end]) or any(mask[mark:end]):
        return cb  # a quotation closed in its paragraph, or a cue of its own: the other readers' case
    return end
