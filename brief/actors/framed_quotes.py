"""A framed passage's words without a frame that interrupts them: '"A," the magnate told Channel 9. "B."' shows the
two quotations, not "the magnate told Channel 9".

Why a module of its own: a source the resolver could not place at its cue ("the magnate", "the firm's chief") is
given to an actor later (``self_described.described_later``, ``speakers.introduced_later``, ``office_holders``), and
its words are then read as a span of text, frame and all; ``clause_spans.content_text`` cuts the frame only for words
resolved at their cue. A cue of the model's that stands between a closing quote mark and the next opening one is a
frame, never part of what was said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from brief.actors.furniture_words import dateline_end
from brief.actors.speakers import Continued

_OPENING = "“\""
"""Marks that open a quotation (single marks are left alone: they are also apostrophes)."""
_CLOSED_THEN_FRAME = re.compile(r"[”\"]\s+([^“”\"]+?)\s*(?=[“\"])")
"""A closing mark, then frame words with no quote mark, up to the next opening mark."""

Framed = TypeVar("Framed", bound=Continued)


def frame_cut(text: str, span: tuple[int, int], cues: Sequence[tuple[int, int]]) -> str | None:
    """The quotations of ``span`` joined with an ellipsis where a cue's frame stands between them, or None when the
    span is no quotation so interrupted."""
    start, end = span
    words = text[start:end].strip()
    if not words or words[0] not in _OPENING:
        return None
    offset = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    frame = _CLOSED_THEN_FRAME.search(words)
    if frame is None or not any(offset + frame.start(1) <= c0 < offset + frame.end(1) for c0, _ in cues):
        return None
    left = words[: frame.start()].rstrip(" ,")
    right = words[frame.end() + 1 :]
    return f"{left} … {right}" if left[1:] and right else None


def shown_framed(text: str, framed: Iterable[tuple[Framed, str, bool]],
                 cues: Sequence[tuple[int, int]]) -> Iterator[tuple[Framed, str, bool, str]]:
    """Each framed item with its words as shown: the quotations without the frame between them (then quoted), or
    the span's text past any dateline."""
    for item, cue, quote in framed:
        cut = frame_cut(text, item.span, cues)
        if cut is not None:
            yield item, cue, True, cut
        else:
            yield item, cue, quote, text[dateline_end(text, *item.span) : item.span[1]].strip()
