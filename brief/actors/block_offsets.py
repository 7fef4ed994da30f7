"""A long article read in blocks, and the attributions found in one block moved to the article's offsets."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.model import Sentence


def shifted(offset: int, a: Attribution) -> Attribution:
    """An attribution found in a block, in the article's offsets."""
    if not offset:
        return a

    def move(span: tuple[int, int]) -> tuple[int, int]:
        return span[0] + offset, span[1] + offset

    return dataclasses.replace(a, cue=move(a.cue), source=move(a.source) if a.source else None, content=move(a.content))


BLOCK_CHARACTERS = 100_000
"""An article longer than this (a book, a transcript; news runs to ~10,000) is read in blocks of
about this size, at paragraph breaks, so memory and time stay proportional to its length."""


def blocks_of(text: str, sentences: Sequence[Sentence]) -> list[tuple[tuple[int, int], Sequence[Sentence]]]:
    """Consecutive runs of sentences and the text spans that hold them (together, all the text)."""
    out: list[tuple[tuple[int, int], Sequence[Sentence]]] = []
    start, first = 0, 0
    for k in range(1, len(sentences)):
        size = sentences[k].start - start
        paragraph = "\n" in text[sentences[k - 1].end : sentences[k].start]
        if size > BLOCK_CHARACTERS and paragraph or size > 2 * BLOCK_CHARACTERS:
            out.append(((start, sentences[k].start), sentences[first:k]))
            start, first = sentences[k].start, k
    out.append(((start, len(text)), sentences[first:]))
    return out
