"""The standfirst a page sets in a heading of its own between its headline and its story.

Templates of the 2000s head a story with its headline in an <h1> and its first paragraph, a sentence or
two, in an <h2> under it ("<h2>The Princess passed away at the hospital, announced the Bureau. She was
84.</h2>"), then the story's paragraphs. trafilatura keeps the headline for the title and drops the
<h2> with the page's headings, so the story loses its opening statement, often the only sentence that
names its subject and its source. It is found by its place and its form, not by class names: the
heading nearest above the story's first paragraph of prose, close to it, that reads as prose (a full
sentence of some length, ending with its full stop, where a headline ends with none) and is not in the
text already. No metadata is needed (brief.ingest.standfirst reads the standfirst a page describes
itself by).
"""

from __future__ import annotations

import re

from brief.ingest.story_headline import headings_above, story_start

MIN_WORDS = 8
"""Fewer words: a kicker or a label, no statement to read (as brief.ingest.standfirst.MIN_WORDS)."""
MAX_WORDS = 80
"""More: a block of the page set in a heading's style, not a standfirst (two sentences run 15-40 words)."""
REACH_CHARS = 1_500
"""Characters of markup between the heading's end and the story's first paragraph: a closing <div> and a
few spacers (~200 on the saved 2008 pages); farther, the heading heads something else (a sidebar)."""
_BYLINE = re.compile(r"^\s*by\s", re.I)
_FULL_STOP = re.compile(r"(?<![.…])\.[\"'”’)]*$")
"""A sentence's full stop at the end; a headline may end with a question mark ("Will the slip reopen?")."""


def heading_standfirst(html: str, lines: list[str]) -> str:
    """The standfirst set in the heading right above the story's first paragraph of prose (``lines``:
    the extracted text's paragraphs), or "" when that heading is a headline, a byline or a label, stands
    farther than REACH_CHARS, or its text is already among ``lines``."""
    start, _ = story_start(html, lines)
    if start < 0:
        return ""
    nearest = max(headings_above(html, start), default=None)
    if nearest is None or start - nearest[0] > REACH_CHARS:
        return ""
    text = nearest[2]
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS or not _FULL_STOP.search(text) or _BYLINE.search(text):
        return ""
    body = " ".join(" ".join(lines).split())
    return "" if " ".join(text.split())[:60] in body else text
