"""A speaker's name with a quoted work's title in the apposition before the cue: 'Ada Quill, author of "The Long
Road," alleges that ...', 'Ben Ode, director of "Night Harbour", said ...'.

Why: the title's quotation marks read to the source tagger as a quotation, so it found no source at all for the
cue right after the closing mark, and the writer of the book lost its claims. An apposition of a few lower-case
words ("author of", "the director of") ending in a quoted title that opens in capitals, set off by commas right
after a name of two capitalised words or more that opens its clause, and closed right before the cue, is the
name's: the name is the source.
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc

MAX_TITLE_TOKENS = 20
"""Tokens of a quoted title ("Tom Cruise: An Unauthorized Biography" is seven); longer is a quotation."""
MAX_LEAD_WORDS = 4
"""Lower-case words of the apposition before the title ("author of", "the producer of the film")."""
MIN_NAME_WORDS = 2
"""Capitalised words of the name: one alone may be a place or a word opening the sentence."""
MAX_NAME_TOKENS = 6
"""Tokens of the name with its initials ("Ada N. Quill", "Mary Ann de Vries")."""
_CLAUSE_OPENERS = frozenset({",", "-", "—", "–", ":", ";", "("})
"""Marks a name may follow when it opens its clause ("NEW YORK - Ada Quill, author of ...")."""


def titled_apposition(doc: Doc, c0: int, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The name and its apposition closed by a quoted title, when the tagger found no source for the cue at
    ``c0`` (the content is then read after the cue, not in the title); else ``src``."""
    if src is not None or c0 < 2 or doc.sent[c0 - 1] != doc.sent[c0]:
        return src
    close = _closing_mark(doc, c0)
    if close is None:
        return src
    opening = close - 1
    while opening > 0 and close - opening <= MAX_TITLE_TOKENS and doc.inq[opening] and doc.sent[opening] == doc.sent[c0]:
        opening -= 1
    if not doc.qopen[opening] or opening + 1 >= close or not doc.shapes[opening + 1].startswith(("X", "d")):
        return src
    comma = opening - 1
    while comma > 0 and opening - comma <= MAX_LEAD_WORDS and doc.shapes[comma] == "x":
        comma -= 1
    if comma == opening - 1 or doc.raw[comma] != "," or doc.sent[comma] != doc.sent[c0]:
        return src
    name = _name_before(doc, comma)
    if name is None:
        return src
    return (name[0], c0 - 1 if doc.raw[c0 - 1] == "," else c0)  # the apposition too: the content is after the cue


def _closing_mark(doc: Doc, c0: int) -> int | None:
    """The closing quotation mark of the title right before the cue: '..., " alleges' or '...," alleges'."""
    if doc.raw[c0 - 1] == "," and doc.qclose[c0 - 2]:
        return c0 - 2
    if doc.qclose[c0 - 1] and doc.raw[c0 - 2] == ",":
        return c0 - 1
    return None


def _name_before(doc: Doc, comma: int) -> tuple[int, int] | None:
    """The span of a name of two capitalised words or more that opens its clause and ends at ``comma``."""
    k = comma
    while k > 0 and comma - k < MAX_NAME_TOKENS and doc.sent[k - 1] == doc.sent[comma] and (
            doc.shapes[k - 1] == "Xx" or (doc.shapes[k - 1] == "X" and len(doc.raw[k - 1]) == 1) or doc.raw[k - 1] == "."):
        k -= 1
    opens = k == 0 or doc.sent[k - 1] != doc.sent[comma] or doc.raw[k - 1] in _CLAUSE_OPENERS
    if not opens or sum(doc.shapes[j] == "Xx" for j in range(k, comma)) < MIN_NAME_WORDS or doc.raw[k] == ".":
        return None
    return (k, comma)
