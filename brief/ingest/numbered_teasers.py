"""A numbered list of other stories' headlines set inside a story, left out of its text.

Pages box their coverage of a subject into the story ("Harbour: all the coverage..." over "1. Ferry
fares to rise, says board", "2. Pier reopens"...). The extractor reads the box as the story's lines,
so the teasers reach the summaries and the briefing, and a teaser's "X, says Y" reads as Y's
position. A run of numbered lines counting up from one, each short and none a sentence (no full
stop: a headline's shape), whose words are links' texts on the page, is such a box; its heading goes
with it when it reads as one (it ends in an ellipsis or a colon). A numbered list of the story's own
points is sentences, or not links, and stays.
"""

from __future__ import annotations

import re

from brief.ingest.link_texts import line_key, link_keys
from brief.text.sentence_stops import FULL_STOP_AT_LINE_END

MIN_TEASERS = 3
"""Numbered lines a box of teasers holds at least: two numbered lines may be a story's own pair of points."""
TEASER_WORDS = 15
"""A teaser is a headline: longer numbered lines are the story's own points."""
BOX_HEADING_WORDS = 8
"""A box's heading ("Harbour: all the coverage...") is short."""

_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+\S")
_SENTENCE_END = FULL_STOP_AT_LINE_END  # a full stop, not an ellipsis cutting a teaser short
_BOX_HEADING = re.compile(r"(?:\.\.\.|…|:)$")


def _teaser(line: str) -> bool:
    return len(line.split()) <= TEASER_WORDS and not _SENTENCE_END.search(line)


def without_numbered_teasers(lines: list[str], html: str) -> list[str]:
    """``lines`` without the boxes of numbered teasers set into them (see above)."""
    drop: set[int] = set()
    links: set[str] | None = None  # the keys of the page's link texts, read once a run is met
    n = 0
    while n < len(lines):
        run = 0
        while n + run < len(lines):
            number = _NUMBERED.match(lines[n + run])
            if not number or int(number.group(1)) != run + 1 or not _teaser(lines[n + run]):
                break
            run += 1
        links = link_keys(html) if links is None and run >= MIN_TEASERS else links
        # each line's words after its number a link's whole text on the page
        if links is not None and run >= MIN_TEASERS and all(line_key(line.split(None, 1)[1]) in links for line in lines[n : n + run]):
            drop.update(range(n, n + run))
            heading = lines[n - 1] if n else ""
            if heading and len(heading.split()) <= BOX_HEADING_WORDS and _BOX_HEADING.search(heading):
                drop.add(n - 1)
        n += max(run, 1)
    return [line for i, line in enumerate(lines) if i not in drop] if drop else lines
