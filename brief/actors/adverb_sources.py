""" "“I ask you to consider my health,” Vale reportedly wrote": the name right before a cue that opens with an adverb
("reportedly", "allegedly") is its source when the source model found none.

Why: the cue model takes the adverb into the cue, and the source model, scoring the words left of it, found a
well-known name ("Brown reportedly wrote") but not one it had never seen ("Vale reportedly wrote", "Kowalczyk
reportedly said"), so the quotation went to no one, though "Vale wrote" was read. Only a run of capitalised words
that stands right before the adverb and right after the sentence's opening or a quotation's closing mark (and its
comma): a name in the subject's place, with nothing between it and the cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.actors.cues import PRONOUNS

if TYPE_CHECKING:
    from brief.actors.attribution.document import Doc

NAME_WORDS = 4
"""Most words of the name before the adverb ("Mary Ann de Vries" has four; "Roxy Vale" two)."""
_OPENERS = frozenset("the a an but and so yet then still now also".split())
"""Capitalised words that open a sentence without being a name ("But Vale reportedly said")."""


def adverb_source(doc: Doc, c0: int, c1: int, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """``src``, or the name right before an adverb-led cue when ``src`` is None (see the module's docstring)."""
    if src is not None or c1 - c0 < 2 or not doc.words[c0].endswith("ly") or doc.shapes[c0] != "x":
        return src
    a = c0
    while a > 0 and c0 - a < NAME_WORDS and doc.shapes[a - 1] in ("Xx", "X") and doc.sent[a - 1] == doc.sent[c0]:
        a -= 1
    if a == c0 or doc.words[a] in PRONOUNS or doc.words[a] in _OPENERS:
        return src
    opens = a == doc.sent_bounds[doc.sent[c0]][0]
    after_quote = a > 0 and (doc.qclose[a - 1] or doc.raw[a - 1] == "," and a > 1 and doc.qclose[a - 2])
    return (a, c0) if opens or after_quote else src
