"""Attributions found in one block of a long article, moved to the article's offsets."""

from __future__ import annotations

import dataclasses

from brief.actors.attribution import Attribution


def shifted(offset: int, a: Attribution) -> Attribution:
    """An attribution found in a block, in the article's offsets."""
    if not offset:
        return a

    def move(span: tuple[int, int]) -> tuple[int, int]:
        return span[0] + offset, span[1] + offset

    return dataclasses.replace(a, cue=move(a.cue), source=move(a.source) if a.source else None, content=move(a.content))
