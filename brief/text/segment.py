"""Sentence segmentation with character offsets (interim regex version; being replaced)."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"[^.!?]*(?:[.!?]+[\"'”’)]*|$)")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences in ``text[start:end]``, stripped of outer whitespace."""
    end = len(text) if end is None else end
    spans = []
    for m in _BOUNDARY.finditer(text, start, end):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans
