"""Other stories' teasers that end with a pointer to their full text ("… Full Story", "» read full story").

A page of the 2000s lists other stories under its story as a headline and a summary on one line, each
closed by a link to the story ("Harbour ferry held Engineers found a fault in the steering. Full Story"),
or a headline alone with its pointer ("Ferry held in port » read full story"). trafilatura keeps such
lines with the story's own, and the summaries read as its sentences. They are told by the pointer that
ends them, when at least ``MIN_POINTERS`` lines end so (a box of them: a story's own last line may
point once to a fuller version elsewhere).
"""

from __future__ import annotations

import re

MIN_POINTERS = 2
"""Lines closed by a pointer a box needs; one may be the story's own pointer to a longer text."""

_POINTER = re.compile(r"(?:[»>]\s*)?\b(?:read\s+(?:the\s+)?)?full\s+story\s*[»>]*\s*$", re.I)


def without_pointed_teasers(lines: list[str]) -> list[str]:
    """The lines but other stories' teasers, each closed by a pointer to its full text."""
    pointed = [bool(_POINTER.search(line)) for line in lines]
    if sum(pointed) < MIN_POINTERS:
        return lines
    return [line for line, drop in zip(lines, pointed) if not drop]
