"""A report of a report that says nothing: "The people's deputy Marta Kovalenko told reporters today, according to
the press office." The inner "told" carries only its hearers and its time; the outer "according to" then holds no
claim of its own, only the frame "X told reporters today", which was listed as X's position.

A wire-style page (a regional agency's, a ministry's press office's) often writes the frame as its own sentence, the
words themselves in the sentence before or after; neither attribution says anything there, so both go.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brief.actors.attribution import Attribution

MAX_EMPTY_WORDS = 4
"""An inner report's content of at most this many words, with no clause in it ("reporters today", "journalists on
Tuesday", "the briefing"): its hearers, time or occasion. A claim of four words has a verb ("taxes will rise")."""
_SPEECH = re.compile(r"(?:\w+\s+){0,2}(?:said|says|told|tells|stated|states|noted|added|remarked)", re.I)
"""Verbs whose short words after them are their hearers or occasion; not "announced the figures", whose object
stands for what was said."""
_CLAUSE = re.compile(r"(?i)[\"“”‘’]|\b(?:that|is|are|was|were|will|would|has|have|had|must|should|can|could|not|"
                     r"following|this|these|so)\b")
"""A quotation or a word that makes the short content a claim, not an occasion; or one that points to the words
("told press the following:", "said this"), which a quotation rule then gives their speaker."""
_EDGE_SLACK = 2
"""Characters between the inner content's end and the outer's (a stop, a space)."""
_FRAME_OPENING = 4
"""Characters of the outer content before the inner source ("The ", a bracket): the outer content is the frame
alone, not a claim that closes on a frame ("X did not cooperate, sources told POLITICO")."""


def _within(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _empty(text: str, inner: Attribution, outer: Attribution) -> bool:
    """Whether ``outer``'s content is ``inner``'s frame alone: inner's source, cue (an adverb between them at most:
    "X returned and said little" reports an act too) and occasion-only content."""
    if inner is outer or inner.source is None:
        return False
    if not all(_within(span, outer.content) for span in (inner.cue, inner.source, inner.content)):
        return False  # (first: the cheap test, run for every pair of the article's attributions)
    if not _SPEECH.fullmatch(text, *inner.cue):
        return False
    said = text[inner.content[0] : inner.content[1]]
    return (outer.content[1] - inner.content[1] <= _EDGE_SLACK and inner.source[0] - outer.content[0] <= _FRAME_OPENING
            and len(text[inner.source[1] : inner.cue[0]].split()) <= 1 and len(said.split()) <= MAX_EMPTY_WORDS
            and not _CLAUSE.search(said))


def without_empty_frames(text: str, found: Sequence[Attribution]) -> list[Attribution]:
    """The attributions less those whose content is another's empty frame (the module's docstring), and that other
    too: its "told | today" holds no words, and a later rule would stretch it over "according to ..."."""
    # only an inner report with a source and a cue of saying can be empty (the one regex, once per attribution)
    speaking = [b for b in found if b.source is not None and _SPEECH.fullmatch(text, *b.cue)]
    pairs = [(b, a) for a in found for b in speaking if _empty(text, b, a)]
    empty = {id(x) for pair in pairs for x in pair}
    return [a for a in found if id(a) not in empty]
